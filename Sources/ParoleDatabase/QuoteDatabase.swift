import Foundation
import GRDB
import Parole

/// A quotation database in SQLite: who said what, when.
///
/// Tables: `document` (id, key, date, text), `speaker` (one row per canonical
/// name, with `speaker_alias` rows for the other names documents use),
/// `quote` (text, kind, speaker, cue, document, date, offsets, sentence), and
/// `quote_search`, an FTS5 index on quote text.
///
/// Each document is stored in one transaction under a key that names where it
/// came from (see ``key(for:)``). Storing a document whose key is already
/// present replaces it, so analysing the same corpus twice does not duplicate
/// anything, and an interrupted run never leaves half a document.
///
/// Several processes may write to one database: a writer waits up to
/// ``busyTimeout`` seconds for another's transaction, and readers never wait
/// for writers (write-ahead log). A database that another application made is
/// refused, never altered (its `application_id` is not Parole's).
public final class QuoteDatabase: Sendable {
    private let connection: any DatabaseWriter
    private let readOnly: Bool

    /// How long a write waits for another process's transaction, in seconds.
    public static let busyTimeout: TimeInterval = 60

    /// Opens (creating if needed) the database at `path` for storing and searching.
    public init(path: String) throws {
        try Schema.checkOwner(path)
        let pool = try DatabasePool(path: path, configuration: Self.configuration(readOnly: false))
        connection = pool
        readOnly = false
        try Schema.prepare(pool)
        try Schema.migrator.migrate(pool)
    }

    /// Opens the existing database at `path` for searching only: nothing is created,
    /// migrated or written, so a read-only file can be searched.
    public init(readingAt path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw SchemaError.missing(path) }
        let queue = try DatabaseQueue(path: path, configuration: Self.configuration(readOnly: true))
        connection = queue
        readOnly = true
        try queue.read { db in try Schema.checkReadable(db, path: path) }
    }

    /// An in-memory database, for tests and previews.
    public init() throws {
        let queue = try DatabaseQueue(configuration: Self.configuration(readOnly: false))
        connection = queue
        readOnly = false
        try Schema.prepare(queue)
        try Schema.migrator.migrate(queue)
    }

    private static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(busyTimeout)
        return configuration
    }

    /// The key a document is stored under: where it was read, so that two inputs
    /// never replace each other. A text file's key is its path; a JSONL record's is
    /// the file's path, `#` and the record's id; a text read from standard input
    /// is `-#` and a hash of its text. A document made in code is keyed by its id.
    public static func key(for document: Document) -> String {
        guard let source = document.metadata.source else { return document.id }
        let path = source == "-" ? source : (source as NSString).standardizingPath
        if document.metadata.line != nil { return path + "#" + document.id }
        if source == "-" { return "-#" + TextHash.hex(document.text) }
        return path
    }

    /// Stores the quotes of an analysed document, replacing an earlier version of
    /// the same document. Returns the number of quotes stored.
    @discardableResult
    public func store(_ document: Document) throws -> Int {
        try store(document, afterEachQuote: nil)
    }

    /// ``store(_:)`` with a hook called after each quote is written (tests use it to
    /// interrupt a write halfway).
    func store(_ document: Document, afterEachQuote: ((Int) throws -> Void)?) throws -> Int {
        guard !readOnly else { throw SchemaError.readOnly }
        let rows = QuoteRows(document)
        let key = Self.key(for: document)
        return try connection.write { db in
            try DocumentRecord.filter(Column("key") == key).deleteAll(db)
            var record = DocumentRecord(
                key: key, date: document.date?.description, text: document.text,
                analyzedAt: ISO8601DateFormatter().string(from: Date()))
            try record.insert(db)
            guard let documentID = record.id else { return 0 }
            var speakerIDs: [String: Int64] = [:]
            for (index, row) in rows.quotes.enumerated() {
                var speakerID: Int64?
                if let speaker = row.speaker {
                    if let known = speakerIDs[speaker.name] {
                        speakerID = known
                    } else {
                        let id = try Self.speakerID(speaker, db)
                        speakerIDs[speaker.name] = id
                        speakerID = id
                    }
                }
                var quote = row.record
                quote.documentId = documentID
                quote.speakerId = speakerID
                try quote.insert(db)
                try afterEachQuote?(index)
            }
            return rows.quotes.count
        }
    }

    /// Removes speakers that no quote refers to any more (after documents were replaced).
    public func removeUnusedSpeakers() throws {
        guard !readOnly else { throw SchemaError.readOnly }
        try connection.write { db in
            try db.execute(
                sql: "DELETE FROM speaker WHERE id NOT IN (SELECT speaker_id FROM quote WHERE speaker_id IS NOT NULL)")
        }
    }

    /// How many documents, speakers and quotes the database holds.
    public func counts() throws -> (documents: Int, speakers: Int, quotes: Int) {
        try connection.read { db in
            (try DocumentRecord.fetchCount(db), try SpeakerRecord.fetchCount(db), try QuoteRecord.fetchCount(db))
        }
    }

    /// The quotes that match `query`, newest document date first, then in text order.
    public func search(_ query: QuoteQuery) throws -> [StoredQuote] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let text = query.text, let pattern = Self.searchPattern(text) {
            conditions.append("quote.id IN (SELECT rowid FROM quote_search WHERE quote_search MATCH ?)")
            _ = arguments.append(contentsOf: [pattern.rawPattern])
        }
        if let speaker = query.speaker {
            // `%` and `_` in a name are letters, not wildcards.
            let key = "%" + Self.escapedForLike(Normalizer.foldingKey(speaker)) + "%"
            conditions.append(
                "(speaker.name_key LIKE ? ESCAPE '\\' OR quote.speaker_text LIKE ? ESCAPE '\\'"
                    + " OR speaker.id IN (SELECT speaker_id FROM speaker_alias WHERE alias_key LIKE ? ESCAPE '\\'))"
            )
            _ = arguments.append(contentsOf: [key, "%" + Self.escapedForLike(speaker) + "%", key])
        }
        var sql = """
            SELECT quote.text, quote.kind, speaker.name AS speaker, quote.speaker_text, quote.cue,
                   document.key AS document, quote.document_date AS date, quote.start, quote."end", quote.sentence
            FROM quote
            JOIN document ON document.id = quote.document_id
            LEFT JOIN speaker ON speaker.id = quote.speaker_id
            """
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY quote.document_date DESC, document.key, quote.start"
        if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
        return try connection.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                StoredQuote(
                    text: row["text"], kind: row["kind"], speaker: row["speaker"], speakerText: row["speaker_text"],
                    cue: row["cue"], document: row["document"], date: row["date"], start: row["start"],
                    end: row["end"], sentence: row["sentence"])
            }
        }
    }

    /// Speakers with their number of quotes, most quoted first.
    public func speakers(limit: Int? = nil) throws -> [(name: String, quotes: Int)] {
        var sql = """
            SELECT speaker.name, COUNT(quote.id) AS n FROM speaker
            JOIN quote ON quote.speaker_id = speaker.id GROUP BY speaker.id ORDER BY n DESC, speaker.name
            """
        if let limit { sql += " LIMIT \(max(0, limit))" }
        return try connection.read { db in
            try Row.fetchAll(db, sql: sql).map { ($0[0], $0[1]) }
        }
    }

    /// `text` with the `LIKE` wildcards `%` and `_` (and the escape `\`) escaped by `\`.
    static func escapedForLike(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// An FTS5 pattern requiring every word; words with inner punctuation are phrases.
    static func searchPattern(_ text: String) -> FTS5Pattern? {
        let words = text.split(whereSeparator: \.isWhitespace).map { word in
            "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        guard !words.isEmpty else { return nil }
        return try? FTS5Pattern(rawPattern: words.joined(separator: " AND "))
    }

    private static func speakerID(_ speaker: QuoteRows.Speaker, _ db: GRDB.Database) throws -> Int64 {
        let id: Int64
        if let existing = try SpeakerRecord.filter(Column("name") == speaker.name).fetchOne(db),
            let existingID = existing.id
        {
            id = existingID
        } else {
            var record = SpeakerRecord(
                name: speaker.name, nameKey: Normalizer.foldingKey(speaker.name), label: speaker.label)
            try record.insert(db)
            id = record.id!
        }
        for alias in speaker.aliases where alias != speaker.name {
            try SpeakerAliasRecord(speakerId: id, alias: alias, aliasKey: Normalizer.foldingKey(alias))
                .insert(db, onConflict: .ignore)
        }
        return id
    }
}
