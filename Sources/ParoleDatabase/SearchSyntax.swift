import GRDB

/// The words of `--search` as an FTS5 pattern.
///
/// - A bare word must appear; a word with inner punctuation (`cessez-le-feu`,
///   `aujourd'hui`) matches as a phrase. `word*` matches words that start with `word`.
/// - `"exact phrase"` matches those words in that order.
/// - `a OR b` matches either; `a NOT b` matches `a` without `b`; `AND` may be
///   written; parentheses group (`(Gaza OR Rafah) NOT trêve`).
///
/// A pattern that FTS5 refuses (`NOT` with nothing before it, an unclosed
/// parenthesis) throws a ``SearchSyntaxError`` that says what to write.
enum SearchSyntax {
    static func pattern(_ text: String) throws(SearchSyntaxError) -> FTS5Pattern? {
        var parts: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
            } else if character == "\"" {
                guard let close = text[text.index(after: index)...].firstIndex(of: "\"") else {
                    throw SearchSyntaxError(search: text, reason: "a phrase opened with \" is not closed")
                }
                parts.append(quoted(text[text.index(after: index)..<close]))
                index = text.index(after: close)
            } else if character == "(" || character == ")" {
                parts.append(String(character))
                index = text.index(after: index)
            } else {
                var end = index
                while end < text.endIndex, !text[end].isWhitespace, !"\"()".contains(text[end]) {
                    end = text.index(after: end)
                }
                let word = text[index..<end]
                if word == "OR" || word == "NOT" || word == "AND" {
                    parts.append(String(word))
                } else if word.hasSuffix("*"), word.count > 1 {
                    parts.append(quoted(word.dropLast()) + "*")
                } else {
                    parts.append(quoted(word))
                }
                index = end
            }
        }
        guard !parts.isEmpty else { return nil }
        // FTS5 reads two operands side by side as AND only between phrases: write it out.
        var joined: [String] = []
        for part in parts {
            if let last = joined.last, !isOperator(last), last != "(", !isOperator(part), part != ")" {
                joined.append("AND")
            }
            joined.append(part)
        }
        parts = joined
        do {
            return try FTS5Pattern(rawPattern: parts.joined(separator: " "))
        } catch {
            let detail = (error as? DatabaseError)?.message ?? "\(error)"
            throw SearchSyntaxError(search: text, reason: detail)
        }
    }

    private static func isOperator(_ part: String) -> Bool { part == "OR" || part == "NOT" || part == "AND" }

    private static func quoted(_ words: Substring) -> String {
        "\"" + words.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A `--search` that is not a valid search.
public struct SearchSyntaxError: Error, CustomStringConvertible {
    /// The search as given.
    public var search: String
    /// What is wrong, as SQLite or the parser says it.
    public var reason: String

    /// A one-line explanation with the syntax that works.
    public var description: String {
        "--search \(search.debugDescription) is not a valid search (\(reason)); write words, \"exact phrases\", "
            + "a OR b, a NOT b (NOT needs words before it), (a OR b) c"
    }
}
