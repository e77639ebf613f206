import GRDB
import Parole

/// The `WHERE` clause of a ``QuoteQuery``, over `quote`, `document` and `speaker`.
struct QuoteFilter {
    /// The SQL expression of a quote's speaker gender: the quote's own, else its speaker's.
    static let gender = "COALESCE(quote.speaker_gender, speaker.gender)"
    /// The SQL expression of when a quote was said.
    static let date = "COALESCE(quote.quote_date, quote.document_date)"

    private(set) var conditions: [String] = []
    private(set) var arguments: StatementArguments = []

    init(_ query: QuoteQuery) throws {
        if let text = query.text, let pattern = try SearchSyntax.pattern(text) {
            add("quote.id IN (SELECT rowid FROM quote_search WHERE quote_search MATCH ?)", [pattern.rawPattern])
        }
        if let speaker = query.speaker {
            // `%` and `_` in a name are letters, not wildcards.
            let key = "%" + QuoteDatabase.escapedForLike(Normalizer.foldingKey(speaker)) + "%"
            add(
                "(speaker.name_key LIKE ? ESCAPE '\\' OR quote.speaker_text LIKE ? ESCAPE '\\'"
                    + " OR speaker.id IN (SELECT speaker_id FROM speaker_alias WHERE alias_key LIKE ? ESCAPE '\\'))",
                [key, "%" + QuoteDatabase.escapedForLike(speaker) + "%", key])
        }
        if let from = query.from { add("substr(\(Self.date), 1, \(from.utf8.count)) >= ?", [from]) }
        if let to = query.to { add("substr(\(Self.date), 1, \(to.utf8.count)) <= ?", [to]) }
        if let outlet = query.outlet { add("lower(document.outlet) = lower(?)", [outlet]) }
        if let kind = query.kind { add("quote.kind = ?", [kind]) }
        if let gender = query.gender {
            if gender == "unknown" {
                add("\(Self.gender) IS NULL", [])
            } else {
                add("\(Self.gender) = ?", [gender])
            }
        }
    }

    /// ` WHERE …`, or nothing without conditions.
    var whereClause: String { conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ") }

    private mutating func add(_ condition: String, _ values: [(any DatabaseValueConvertible)?]) {
        conditions.append(condition)
        _ = arguments.append(contentsOf: StatementArguments(values))
    }
}
