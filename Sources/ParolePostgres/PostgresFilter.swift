import Parole
import ParoleDatabase

/// The `WHERE` clause of a ``QuoteQuery`` in PostgreSQL, with its bound values: the
/// same criteria as the SQLite store, and `--search` as a `tsquery` over the
/// `french` text-search configuration (see ``PostgresSearch``).
struct PostgresFilter {
    /// A quote's speaker gender: the quote's own, else its speaker's.
    static let gender = "COALESCE(quote.speaker_gender, speaker.gender)"
    /// When a quote was said.
    static let date = "COALESCE(quote.quote_date, quote.document_date)"

    private(set) var conditions: [String] = []
    private(set) var values: [SQLValue] = []

    init(_ query: QuoteQuery) throws {
        if let text = query.text, let search = try PostgresSearch.tsquery(text, firstParameter: values.count + 1) {
            values += search.values
            conditions.append("\(PostgresSchema.searchVector) @@ (\(search.sql))")
        }
        if let speaker = query.speaker {
            // `%` and `_` in a name are letters, not wildcards.
            let key = "%" + Self.escapedForLike(Normalizer.foldingKey(speaker)) + "%"
            let folded = bind(.text(key))
            let written = bind(.text("%" + Self.escapedForLike(speaker) + "%"))
            conditions.append(
                "(speaker.name_key LIKE \(folded) ESCAPE '\\' OR quote.speaker_text ILIKE \(written) ESCAPE '\\'"
                    + " OR speaker.id IN (SELECT speaker_id FROM speaker_alias WHERE alias_key LIKE \(folded) ESCAPE '\\'))"
            )
        }
        if let from = query.from {
            conditions.append("substr(\(Self.date), 1, \(from.utf8.count)) >= \(bind(.text(from)))")
        }
        if let to = query.to { conditions.append("substr(\(Self.date), 1, \(to.utf8.count)) <= \(bind(.text(to)))") }
        if let outlet = query.outlet { conditions.append("lower(document.outlet) = lower(\(bind(.text(outlet))))") }
        if let kind = query.kind { conditions.append("quote.kind = \(bind(.text(kind)))") }
        if let gender = query.gender {
            conditions.append(
                gender == "unknown" ? "\(Self.gender) IS NULL" : "\(Self.gender) = \(bind(.text(gender)))")
        }
    }

    /// Adds a bound value; returns its parameter (`$3`).
    mutating func bind(_ value: SQLValue) -> String {
        values.append(value)
        return "$\(values.count)"
    }

    /// ` WHERE …`, or nothing without conditions.
    var whereClause: String { conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ") }

    /// `text` with the `LIKE` wildcards `%` and `_` (and the escape `\`) escaped by `\`.
    static func escapedForLike(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// The SQL of each statistics dimension, as the SQLite store groups them.
    static func expression(_ dimension: QuoteStatistics.Dimension) -> String {
        switch dimension {
        case .gender: "COALESCE(\(gender), 'unknown')"
        case .outlet: "COALESCE(document.outlet, '')"
        case .month: "CASE WHEN \(date) ~ '^[0-9]{4}-[0-9]{2}' THEN substr(\(date), 1, 7) ELSE '' END"
        case .kind: "quote.kind"
        case .speakerKind: "COALESCE(quote.speaker_kind, '')"
        }
    }

    /// The statistics query: copies of a quote once per group, fragments not apart.
    static func statisticsSQL(_ dimensions: [QuoteStatistics.Dimension], _ filter: PostgresFilter) -> String {
        // Byte order, as SQLite sorts (an output name cannot take COLLATE in ORDER BY).
        QuoteStatistics.sql(
            values: dimensions.map(expression), whereClause: filter.whereClause,
            orderBy: dimensions.map { "(\(expression($0))) COLLATE \"C\"" })
    }
}
