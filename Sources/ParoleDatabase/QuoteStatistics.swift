/// Who gets quoted: quotes and distinct speakers per group (gender, outlet, month, kind).
///
/// Copies of a quote (one `quote_group`) count once per group, and a fragment inside
/// a quote of the same speaker (a quote with a `parent`) is not counted apart from it.
/// Speakers are global speakers, plus each unresolved description of a document
/// (`un responsable américain` in one article) counted once for that document.
public struct QuoteStatistics: Sendable, Hashable {
    /// What rows are grouped by.
    public enum Dimension: String, Sendable, Hashable, CaseIterable {
        /// The speaker's gender: `male`, `female` or `unknown`.
        case gender
        /// The document's outlet (empty when unknown).
        case outlet
        /// The month the quote was said, `YYYY-MM` (empty when unknown).
        case month
        /// `direct`, `partial` or `indirect`.
        case kind
        /// How the speaker is named: `name`, `description`, `pronoun`, `organisation`, `source`.
        case speakerKind = "speaker_kind"

        /// The SQL expression of the group value.
        var expression: String {
            switch self {
            case .gender: "COALESCE(\(QuoteFilter.gender), 'unknown')"
            case .outlet: "COALESCE(document.outlet, '')"
            case .month:
                "CASE WHEN \(QuoteFilter.date) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(\(QuoteFilter.date), 1, 7) ELSE '' END"
            case .kind: "quote.kind"
            case .speakerKind: "COALESCE(quote.speaker_kind, '')"
            }
        }
    }

    /// One group.
    public struct Row: Sendable, Hashable {
        /// The group's value for each dimension, in order.
        public var values: [String]
        /// Distinct quotes (quote groups).
        public var quotes: Int
        /// Distinct speakers.
        public var speakers: Int
    }

    /// The dimensions, in the order asked.
    public var dimensions: [Dimension]
    /// The groups, sorted by their values.
    public var rows: [Row]

    static func sql(_ dimensions: [Dimension], _ filter: QuoteFilter) -> String {
        let values = dimensions.enumerated().map { "\($1.expression) AS d\($0)" }
        let groups = dimensions.indices.map { "d\($0)" }
        var sql =
            "SELECT "
            + (values + [
                "COUNT(DISTINCT quote.quote_group) AS quotes",
                "COUNT(DISTINCT CASE WHEN quote.speaker_id IS NOT NULL THEN 's' || quote.speaker_id"
                    + " WHEN quote.speaker_key IS NOT NULL AND quote.speaker_key != '' THEN 'd' || quote.document_id || ' ' || quote.speaker_key END) AS speakers",
            ]).joined(separator: ", ")
        sql +=
            " FROM quote JOIN document ON document.id = quote.document_id LEFT JOIN speaker ON speaker.id = quote.speaker_id"
        var clause = filter.whereClause
        clause += clause.isEmpty ? " WHERE quote.parent IS NULL" : " AND quote.parent IS NULL"
        sql += clause
        if !groups.isEmpty {
            sql += " GROUP BY " + groups.joined(separator: ", ") + " ORDER BY " + groups.joined(separator: ", ")
        }
        return sql
    }
}

extension QuoteStatistics {
    /// Creates statistics from a store's rows (other stores than SQLite use it).
    package init(grouping dimensions: [Dimension], rows: [Row]) {
        self.dimensions = dimensions
        self.rows = rows
    }
}

extension QuoteStatistics.Row {
    /// Creates a group's row.
    package init(group values: [String], quotes: Int, speakers: Int) {
        self.values = values
        self.quotes = quotes
        self.speakers = speakers
    }
}
