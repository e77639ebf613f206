import Foundation
import Parole
import ParoleDatabase
import PostgresNIO

/// A quotation database on a PostgreSQL server, with the tables and columns of the
/// SQLite ``QuoteDatabase`` (see Docs/quotes-database.md).
///
/// Each document is stored in one transaction: its row is inserted or, when its key
/// is already there, updated in place (`INSERT … ON CONFLICT`), and its quotes replace
/// the earlier ones. Speakers, aliases and quote groups have unique keys, written with
/// `ON CONFLICT`, so that writers in separate processes or on separate machines can
/// store at once and nothing is duplicated; a transaction that the server aborts
/// because of another writer (a deadlock) runs again. Merging speakers across the
/// whole database takes an advisory lock that document transactions share, so that
/// it sees no half-stored document.
///
/// ```swift
/// let store = try PostgresQuoteStore(url: PostgresURL("postgresql://parole@db.example:5432/quotes"))
/// let summary = try QuoteIndexer(database: store).index(DocumentReader(paths: ["corpus/"]))
/// ```
package final class PostgresQuoteStore: QuoteStore {
    let session: PostgresSession
    private let readOnly: Bool

    /// Connects to the server at `url` and brings its tables up to date, creating them
    /// when the database is empty.
    package init(url: PostgresURL) throws {
        session = try PostgresSession(url)
        readOnly = false
        try PostgresSchema.migrate(session)
    }

    /// Connects for searching only: nothing is created, migrated or written.
    package init(readingAt url: PostgresURL) throws {
        session = try PostgresSession(url)
        readOnly = true
        try PostgresSchema.checkReadable(session)
    }

    /// The server and database, without the password.
    package var url: PostgresURL { session.url }

    /// Stores the quotes of an analysed document, replacing an earlier version of it.
    @discardableResult
    package func store(_ document: Document) throws -> Int {
        guard !readOnly else { throw SchemaError.readOnly }
        let key = QuoteDatabase.key(for: document)
        let rows = QuoteRows(document, key: key, analyzedAt: ISO8601DateFormatter().string(from: Date()))
        return try session.transaction {
            try session.execute("SELECT pg_advisory_xact_lock_shared($1)", [.integer(PostgresSchema.lock)])
            let record = rows.document
            let documentID =
                try session.integer(
                    """
                    INSERT INTO document (key, date, text, analyzed_at, doc_id, url, title, outlet, author, meta)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                    ON CONFLICT (key) DO UPDATE SET date = EXCLUDED.date, text = EXCLUDED.text,
                        analyzed_at = EXCLUDED.analyzed_at, doc_id = EXCLUDED.doc_id, url = EXCLUDED.url,
                        title = EXCLUDED.title, outlet = EXCLUDED.outlet, author = EXCLUDED.author, meta = EXCLUDED.meta
                    RETURNING id
                    """,
                    [
                        .text(record.key), .text(record.date), .text(record.text), .text(record.analyzedAt),
                        .text(record.docId), .text(record.url), .text(record.title), .text(record.outlet),
                        .text(record.author), .text(record.meta),
                    ]) ?? 0
            try session.execute("DELETE FROM quote WHERE document_id = $1", [.integer(documentID)])
            // Speakers in one order in every writer, so that two writers lock them in the same order.
            var speakerIDs: [String: Int] = [:]
            let speakers = rows.quotes.compactMap(\.speaker)
            for speaker in speakers.sorted(by: { ($0.name, $0.label ?? "") < ($1.name, $1.label ?? "") }) {
                let known = (speaker.label ?? "") + "\u{1}" + speaker.name
                if speakerIDs[known] == nil {
                    speakerIDs[known] = try PostgresSpeakerMerging.provisionalSpeaker(
                        name: speaker.name, label: speaker.label, aliases: speaker.aliases, session)
                }
            }
            try insertQuotes(rows.quotes, document: documentID, speakers: speakerIDs)
            try PostgresSpeakerMerging.assignGroups(session, document: documentID)
            return rows.quotes.count
        }
    }

    /// The columns of `quote` that a document's rows fill.
    private static let quoteColumns = [
        "document_id", "speaker_id", "speaker_text", "text", "kind", "cue", "cue_text", "start", "\"end\"", "sentence",
        "document_date", "position", "parent", "speaker_name", "speaker_label", "speaker_kind", "speaker_gender",
        "speaker_role", "speaker_key", "quote_date", "text_key",
    ]

    /// Inserts quotes a few hundred rows per statement.
    private func insertQuotes(_ quotes: [QuoteRows.Quote], document: Int, speakers: [String: Int]) throws {
        let columns = Self.quoteColumns
        for chunk in stride(from: 0, to: quotes.count, by: 500) {
            let slice = quotes[chunk..<min(quotes.count, chunk + 500)]
            var values: [SQLValue] = []
            var tuples: [String] = []
            for quote in slice {
                let record = quote.record
                let speakerID = quote.speaker.flatMap { speakers[($0.label ?? "") + "\u{1}" + $0.name] }
                let base = values.count
                tuples.append("(" + (1...columns.count).map { "$\(base + $0)" }.joined(separator: ", ") + ")")
                values += [
                    .integer(document), .integer(speakerID), .text(record.speakerText), .text(record.text),
                    .text(record.kind), .text(record.cue), .text(record.cueText), .integer(record.start),
                    .integer(record.end), .text(record.sentence), .text(record.documentDate), .integer(record.position),
                    .integer(record.parent), .text(record.speakerName), .text(record.speakerLabel),
                    .text(record.speakerKind), .text(record.speakerGender), .text(record.speakerRole),
                    .text(record.speakerKey), .text(record.quoteDate), .text(record.textKey),
                ]
            }
            try session.execute(
                "INSERT INTO quote (" + columns.joined(separator: ", ") + ") VALUES " + tuples.joined(separator: ", "),
                values)
        }
    }

    /// Merges speakers across documents (as ``QuoteDatabase/mergeSpeakers()`` does).
    package func mergeSpeakers() throws {
        guard !readOnly else { throw SchemaError.readOnly }
        try session.transaction {
            try session.execute("SELECT pg_advisory_xact_lock($1)", [.integer(PostgresSchema.lock)])
            try PostgresSpeakerMerging.apply(session)
        }
    }

    /// Replaces the alias rules by `aliases` and merges speakers again.
    package func setAliases(_ aliases: SpeakerAliases) throws {
        guard !readOnly else { throw SchemaError.readOnly }
        try session.transaction {
            try session.execute("SELECT pg_advisory_xact_lock($1)", [.integer(PostgresSchema.lock)])
            try session.execute("DELETE FROM speaker_rule")
            for (alias, canonical) in aliases.rules.sorted(by: { $0.key < $1.key }) {
                try session.execute(
                    """
                    INSERT INTO speaker_rule (alias_key, alias, canonical) VALUES ($1, $2, $3)
                    ON CONFLICT (alias_key) DO UPDATE SET alias = EXCLUDED.alias, canonical = EXCLUDED.canonical
                    """, [.text(Normalizer.foldingKey(alias)), .text(alias), .text(canonical)])
            }
            try PostgresSpeakerMerging.apply(session)
        }
    }

    /// How many documents, speakers and quotes the store holds.
    package func counts() throws -> (documents: Int, speakers: Int, quotes: Int) {
        let row = try session.rows(
            "SELECT (SELECT COUNT(*) FROM document), (SELECT COUNT(*) FROM speaker), (SELECT COUNT(*) FROM quote)")
        guard let first = row.first else { return (0, 0, 0) }
        let (documents, speakers, quotes) = try first.decode((Int, Int, Int).self)
        return (documents, speakers, quotes)
    }

    /// How many distinct quote groups the store holds.
    package func quoteGroupCount() throws -> Int {
        try session.integer("SELECT COUNT(DISTINCT quote_group) FROM quote") ?? 0
    }

    /// The quotes that match `query`, newest document date first, then in text order.
    package func search(_ query: QuoteQuery) throws -> [StoredQuote] {
        var filter = try PostgresFilter(query)
        var sql = StoredQuote.selectSQL
        sql += filter.whereClause
        sql +=
            " ORDER BY quote.document_date COLLATE \"C\" DESC NULLS LAST, document.key COLLATE \"C\", quote.start,"
            + " quote.\"end\", quote.kind COLLATE \"C\""
        if let limit = query.limit { sql += " LIMIT \(filter.bind(.integer(max(0, limit))))" }
        return try session.rows(sql, filter.values).map { row in
            let cells = row.makeRandomAccess()
            func text(_ name: String) throws -> String? { try cells[name].decode(String?.self) }
            func number(_ name: String) throws -> Int? { try cells[name].decode(Int?.self) }
            return StoredQuote(
                storedText: try text("text") ?? "", kind: try text("kind") ?? "", speaker: try text("speaker"),
                speakerText: try text("speaker_text"), speakerKind: try text("speaker_kind"),
                speakerGender: try text("speaker_gender"), speakerRole: try text("speaker_role"), cue: try text("cue"),
                document: try text("document") ?? "", date: try text("date"), quoteDate: try text("quote_date"),
                outlet: try text("outlet"), url: try text("url"), title: try text("title"), author: try text("author"),
                quoteGroup: try number("quote_group").map(Int64.init), position: try number("position"),
                parent: try number("parent"), start: try number("start") ?? 0, end: try number("end") ?? 0,
                sentence: try text("sentence") ?? "")
        }
    }

    /// Quotes and distinct speakers per group of `dimensions` (as ``QuoteDatabase/statistics(_:_:)``).
    package func statistics(_ dimensions: [QuoteStatistics.Dimension], _ query: QuoteQuery) throws -> QuoteStatistics {
        let filter = try PostgresFilter(query)
        let sql = PostgresFilter.statisticsSQL(dimensions, filter)
        let rows = try session.rows(sql, filter.values).map { row in
            let cells = row.makeRandomAccess()
            return QuoteStatistics.Row(
                group: try dimensions.indices.map { try cells[$0].decode(String?.self) ?? "" },
                quotes: try cells["quotes"].decode(Int.self), speakers: try cells["speakers"].decode(Int.self))
        }
        return QuoteStatistics(grouping: dimensions, rows: rows)
    }

    /// Speakers with their number of quotes, most quoted first.
    package func speakers(limit: Int?) throws -> [(name: String, quotes: Int)] {
        var sql = """
            SELECT speaker.name, COUNT(quote.id) AS n FROM speaker
            JOIN quote ON quote.speaker_id = speaker.id GROUP BY speaker.id, speaker.name
            ORDER BY n DESC, speaker.name COLLATE "C"
            """
        if let limit { sql += " LIMIT \(max(0, limit))" }
        return try session.rows(sql).map { try $0.decode((String, Int).self) }
    }

    /// Writes a SQLite copy of the whole store to `path` (every table, same ids), which
    /// ``QuoteDatabase`` then opens and searches. A file that exists must be a Parole
    /// database; its rows are replaced. Returns the counts copied.
    @discardableResult
    package func exportSQLite(to path: String) throws -> (documents: Int, speakers: Int, quotes: Int) {
        var copy = TableCopy()
        // One snapshot of every table, even while others write.
        try session.transaction {
            try session.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            for (name, columns) in TableCopy.tables {
                let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                copy.rows[name] = try session.rows("SELECT \(list) FROM \(name) ORDER BY 1, 2").map { row in
                    try row.map { cell -> TableCopy.Value in
                        guard cell.bytes != nil else { return .null }
                        switch cell.dataType {
                        case .int2, .int4, .int8: return .integer(Int64(try cell.decode(Int.self)))
                        default: return .text(try cell.decode(String.self))
                        }
                    }
                }
            }
        }
        let database = try QuoteDatabase(path: path)
        try database.replaceRows(with: copy)
        return try database.counts()
    }
}
