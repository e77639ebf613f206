import ParoleDatabase

/// `--search` as a PostgreSQL `tsquery` expression over the `french` configuration.
///
/// The search is parsed (and checked) as for the SQLite store (see `SearchSyntax`):
/// words and `"phrases"` become `phraseto_tsquery('french', …)` of their folded words
/// (case and accents removed, as the index is), `word*` a prefix (`to_tsquery(… ':*')`),
/// and `AND`, `OR`, `NOT` (or `-word`) and parentheses keep FTS5's precedence: `NOT`
/// binds tightest, then `AND`, then `OR`. PostgreSQL stems French words and drops
/// stop words, so `négociation` also finds `négociations`, and `le` alone finds nothing.
enum PostgresSearch {
    /// The `tsquery` SQL of `text` and the values of its parameters, numbered from
    /// `firstParameter`; `nil` for an empty search.
    static func tsquery(_ text: String, firstParameter: Int) throws -> (sql: String, values: [SQLValue])? {
        var parser = Parser(parts: try SearchSyntax.checkedParts(text), firstParameter: firstParameter)
        guard !parser.parts.isEmpty else { return nil }
        let sql = parser.orExpression()
        return (sql, parser.values)
    }

    private struct Parser {
        let parts: [SearchSyntax.Part]
        let firstParameter: Int
        var values: [SQLValue] = []
        var index = 0

        init(parts: [SearchSyntax.Part], firstParameter: Int) {
            self.parts = parts
            self.firstParameter = firstParameter
        }

        private mutating func bind(_ value: SQLValue) -> String {
            values.append(value)
            return "$\(firstParameter + values.count - 1)"
        }

        private var next: SearchSyntax.Part? { index < parts.count ? parts[index] : nil }

        mutating func orExpression() -> String {
            var result = andExpression()
            while next == .or {
                index += 1
                result = "(\(result) || \(andExpression()))"
            }
            return result
        }

        private mutating func andExpression() -> String {
            var result = notExpression()
            while next == .and {
                index += 1
                result = "(\(result) && \(notExpression()))"
            }
            return result
        }

        private mutating func notExpression() -> String {
            var result = primary()
            while next == .not {
                index += 1
                result = "(\(result) && !!\(primary()))"
            }
            return result
        }

        private mutating func primary() -> String {
            guard let part = next else { return "''::tsquery" }
            index += 1
            switch part {
            case .open:
                let inner = orExpression()
                if next == .close { index += 1 }
                return inner
            case .words(let words):
                return "phraseto_tsquery('french', \(bind(.text(TextKey.of(words)))))"
            case .prefix(let word):
                let folded = TextKey.of(word).split(separator: " ")
                guard !folded.isEmpty else { return "''::tsquery" }
                let query = folded.joined(separator: " <-> ") + ":*"
                return "to_tsquery('french', \(bind(.text(query))))"
            case .and, .or, .not, .close:
                // A misplaced operator; SearchSyntax.checkedParts refuses such searches first.
                return "''::tsquery"
            }
        }
    }
}
