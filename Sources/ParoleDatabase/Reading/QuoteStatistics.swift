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
        sql(values: dimensions.map(\.expression), whereClause: filter.whereClause, orderBy: nil)
    }

    /// The statistics query of any store: one value expression per dimension, the store's
    /// `WHERE` clause (empty or starting with ` WHERE`), and the terms to sort by (`nil`:
    /// the dimensions' output names). Copies of a quote count once per group, fragments
    /// not apart from their quote.
    package static func sql(values: [String], whereClause: String, orderBy: [String]?) -> String {
        let groups = values.indices.map { "d\($0)" }
        var sql =
            "SELECT "
            + (values.enumerated().map { "\($1) AS d\($0)" } + [
                "COUNT(DISTINCT quote.quote_group) AS quotes",
                "COUNT(DISTINCT CASE WHEN quote.speaker_id IS NOT NULL THEN 's' || quote.speaker_id"
                    + " WHEN quote.speaker_key IS NOT NULL AND quote.speaker_key != '' THEN 'd' || quote.document_id || ' ' || quote.speaker_key END) AS speakers",
            ]).joined(separator: ", ")
        sql +=
            " FROM quote JOIN document ON document.id = quote.document_id LEFT JOIN speaker ON speaker.id = quote.speaker_id"
        sql += whereClause + (whereClause.isEmpty ? " WHERE quote.parent IS NULL" : " AND quote.parent IS NULL")
        if !groups.isEmpty {
            sql +=
                " GROUP BY " + groups.joined(separator: ", ") + " ORDER BY "
                + (orderBy ?? groups).joined(separator: ", ")
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
