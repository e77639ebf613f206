import Foundation
import GRDB
import Parole

/// A quotation database in SQLite: who said what, when.
///
/// Tables: `document` (id, key, date, text, and the metadata `url`, `title`,
/// `outlet`, `author`, `meta`), `speaker` (one row per person or organisation,
/// merged across documents, with `speaker_alias` rows for the other names
/// documents use), `quote` (text, kind, speaker and how the text names it, gender,
/// role, cue, document, statement date, parent, quote group, offsets, sentence),
/// `quote_group` (one row per distinct quote), `speaker_rule` (the user's alias
/// file) and `quote_search`, an FTS5 index on quote text. See Docs/quotes-database.md.
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
    let connection: any DatabaseWriter
    let readOnly: Bool

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
    /// the same document. Returns the number of quotes stored. Its speakers are linked
    /// at once; ``mergeSpeakers()`` then merges names across documents.
    @discardableResult
    public func store(_ document: Document) throws -> Int {
        try store(document, afterEachQuote: nil)
    }

    /// ``store(_:)`` with a hook called after each quote is written (tests use it to
    /// interrupt a write halfway).
    func store(_ document: Document, afterEachQuote: ((Int) throws -> Void)?) throws -> Int {
        guard !readOnly else { throw SchemaError.readOnly }
        let key = Self.key(for: document)
        let rows = QuoteRows(document, key: key, analyzedAt: ISO8601DateFormatter().string(from: Date()))
        return try connection.write { db in
            try DocumentRecord.filter(Column("key") == key).deleteAll(db)
            var record = rows.document
            try record.insert(db)
            guard let documentID = record.id else { return 0 }
            var speakerIDs: [String: Int64] = [:]
            for (index, row) in rows.quotes.enumerated() {
                var speakerID: Int64?
                if let speaker = row.speaker {
                    let known = (speaker.label ?? "") + "\u{1}" + speaker.name
                    if let id = speakerIDs[known] {
                        speakerID = id
                    } else {
                        let id = try SpeakerMerging.provisionalSpeaker(
                            name: speaker.name, label: speaker.label, aliases: speaker.aliases, db)
                        speakerIDs[known] = id
                        speakerID = id
                    }
                }
                var quote = row.record
                quote.documentId = documentID
                quote.speakerId = speakerID
                try quote.insert(db)
                try afterEachQuote?(index)
            }
            try SpeakerMerging.assignGroups(db, document: documentID)
            return rows.quotes.count
        }
    }

    /// Merges speakers across documents by name compatibility and the alias rules
    /// (see ``SpeakerNames``), removes speakers that no quote refers to any more,
    /// sets each speaker's gender and regroups copies of quotes. ``QuoteIndexer``
    /// calls it after each run.
    public func mergeSpeakers() throws {
        guard !readOnly else { throw SchemaError.readOnly }
        try connection.write { db in try SpeakerMerging.apply(db) }
    }

    /// Removes speakers that no quote refers to any more (after documents were replaced),
    /// merging speakers as ``mergeSpeakers()`` does.
    public func removeUnusedSpeakers() throws { try mergeSpeakers() }

    /// Replaces the alias rules by `aliases` and merges speakers again.
    public func setAliases(_ aliases: SpeakerAliases) throws {
        guard !readOnly else { throw SchemaError.readOnly }
        try connection.write { db in
            try db.execute(sql: "DELETE FROM speaker_rule")
            for (alias, canonical) in aliases.rules.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO speaker_rule (alias_key, alias, canonical) VALUES (?, ?, ?)",
                    arguments: [Normalizer.foldingKey(alias), alias, canonical])
            }
            try SpeakerMerging.apply(db)
        }
    }

    /// How many documents, speakers and quotes the database holds.
    public func counts() throws -> (documents: Int, speakers: Int, quotes: Int) {
        try connection.read { db in
            (try DocumentRecord.fetchCount(db), try SpeakerRecord.fetchCount(db), try QuoteRecord.fetchCount(db))
        }
    }

    /// How many distinct quote groups the database holds (copies of one quote count once).
    public func quoteGroupCount() throws -> Int {
        try connection.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT quote_group) FROM quote") ?? 0
        }
    }

    /// The quotes that match `query`, newest document date first, then in text order.
    /// Throws a ``SearchSyntaxError`` when the search is not valid FTS5.
    public func search(_ query: QuoteQuery) throws -> [StoredQuote] {
        let filter = try QuoteFilter(query)
        var sql = StoredQuote.selectSQL
        sql += filter.whereClause
        // Two quotes may start together (a reported clause and the fragment it opens with):
        // their end and kind settle the order, the same in SQLite and PostgreSQL.
        sql += " ORDER BY quote.document_date DESC, document.key, quote.start, quote.\"end\", quote.kind"
        if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
        return try connection.read { db in
            try Row.fetchAll(db, sql: sql, arguments: filter.arguments).map { row in
                StoredQuote(
                    text: row["text"], kind: row["kind"], speaker: row["speaker"], speakerText: row["speaker_text"],
                    speakerKind: row["speaker_kind"], speakerGender: row["speaker_gender"],
                    speakerRole: row["speaker_role"], cue: row["cue"], document: row["document"], date: row["date"],
                    quoteDate: row["quote_date"], outlet: row["outlet"], url: row["url"], title: row["title"],
                    author: row["author"], quoteGroup: row["quote_group"], position: row["position"],
                    parent: row["parent"], start: row["start"], end: row["end"], sentence: row["sentence"])
            }
        }
    }

    /// Quotes and distinct speakers per group of `dimensions`, over the quotes that
    /// match `query` (see ``QuoteStatistics``).
    public func statistics(_ dimensions: [QuoteStatistics.Dimension], _ query: QuoteQuery = QuoteQuery()) throws
        -> QuoteStatistics
    {
        let filter = try QuoteFilter(query)
        let sql = QuoteStatistics.sql(dimensions, filter)
        return try connection.read { db in
            let rows = try Row.fetchAll(db, sql: sql, arguments: filter.arguments).map { row in
                QuoteStatistics.Row(
                    values: dimensions.indices.map { row[$0] as String? ?? "" }, quotes: row["quotes"],
                    speakers: row["speakers"])
            }
            return QuoteStatistics(dimensions: dimensions, rows: rows)
        }
    }

    /// The metadata of the document stored under `key`, or `nil`.
    public func document(_ key: String) throws -> StoredDocument? {
        try connection.read { db in
            try Row.fetchOne(
                db, sql: "SELECT key, doc_id, date, url, title, outlet, author, meta FROM document WHERE key = ?",
                arguments: [key]
            ).map { row in
                StoredDocument(
                    key: row["key"], id: row["doc_id"], date: row["date"], url: row["url"], title: row["title"],
                    outlet: row["outlet"], author: row["author"], meta: row["meta"])
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
}
