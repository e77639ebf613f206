import GRDB

/// The database schema, as migrations applied in order.
enum Schema {
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
        return migrator
    }
}
