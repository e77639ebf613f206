import Foundation
import GRDB

/// The database schema, as migrations applied in order, and the checks that a
/// file is a Parole quotation database before anything is written to it.
enum Schema {
    /// The `application_id` of Parole quotation databases: `PRLE` in ASCII.
    static let applicationID: Int32 = 0x5052_4C45

    /// Throws unless the file at `path` is missing, empty, or a Parole database;
    /// reads it without changing it (another application's file stays as it is).
    static func checkOwner(_ path: String) throws {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 else {
            return
        }
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.read { db in
            guard try isParole(db) else { throw SchemaError.foreign(path) }
        }
        try queue.close()
    }

    /// Marks a new database as Parole's (a database checked by ``checkOwner(_:)``).
    static func prepare(_ writer: some DatabaseWriter) throws {
        try writer.writeWithoutTransaction { db in
            guard try isParole(db) else { throw SchemaError.foreign("the database") }
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        }
    }

    /// Throws unless `db` is a Parole database with every migration applied (for reading only).
    static func checkReadable(_ db: Database, path: String) throws {
        guard try isParole(db), try tableNames(db).contains("quote") else { throw SchemaError.foreign(path) }
        guard try migrator.hasCompletedMigrations(db) else { throw SchemaError.outdated }
    }

    /// Whether `db` is Parole's: its application id, or an empty file, or a database
    /// Parole made before it set an application id (its migrations table and tables).
    private static func isParole(_ db: Database) throws -> Bool {
        let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if id == applicationID { return true }
        guard id == 0 else { return false }
        let tables = try tableNames(db)
        if tables.isEmpty { return true }
        guard tables.isSuperset(of: ["grdb_migrations", "document", "speaker", "speaker_alias", "quote"]) else {
            return false
        }
        return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations").contains("v1")
    }

    private static func tableNames(_ db: Database) throws -> Set<String> {
        Set(
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"))
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "document") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("key", .text).notNull().unique()
                table.column("date", .text)
                table.column("text", .text).notNull()
                table.column("analyzed_at", .text).notNull()
            }
            try db.create(table: "speaker") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("name", .text).notNull().unique()
                table.column("name_key", .text).notNull().indexed()
                table.column("label", .text)
            }
            try db.create(table: "speaker_alias") { table in
                table.column("speaker_id", .integer).notNull().references("speaker", onDelete: .cascade)
                table.column("alias", .text).notNull()
                table.column("alias_key", .text).notNull().indexed()
                table.primaryKey(["speaker_id", "alias"])
            }
            try db.create(table: "quote") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("document_id", .integer).notNull().indexed().references("document", onDelete: .cascade)
                table.column("speaker_id", .integer).indexed().references("speaker", onDelete: .setNull)
                table.column("speaker_text", .text)
                table.column("text", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("cue", .text)
                table.column("cue_text", .text)
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.column("sentence", .text).notNull()
                table.column("document_date", .text)
            }
            // Full-text index on quote text, kept in sync with `quote` by triggers.
            try db.create(virtualTable: "quote_search", using: FTS5()) { table in
                table.synchronize(withTable: "quote")
                table.tokenizer = .unicode61(diacritics: .remove)
                table.column("text")
            }
        }
        migrator.registerMigration("v2", migrate: SchemaV2.migrate)
        return migrator
    }
}

/// Why a database cannot be used.
public enum SchemaError: Error, CustomStringConvertible {
    /// The file is another application's SQLite database (or not Parole's schema).
    case foreign(String)
    /// The file does not exist (a search never creates one).
    case missing(String)
    /// The database was made by a newer version of Parole, or is not fully set up; open it for writing first.
    case outdated
    /// The database was opened for reading only.
    case readOnly

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .foreign(let path):
            "\(path) is not a Parole quotation database (another application's file is never changed)"
        case .missing(let path): "\(path): no such database"
        case .outdated: "the database needs an update; store documents in it once to bring it up to date"
        case .readOnly: "the database was opened for reading only"
        }
    }
}
