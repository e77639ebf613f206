import GRDB

/// The words of `--search` as an FTS5 pattern.
///
/// - A bare word must appear; a word with inner punctuation (`cessez-le-feu`,
///   `aujourd'hui`) matches as a phrase. `word*` matches words that start with `word`.
/// - `"exact phrase"` matches those words in that order.
/// - `a OR b` matches either; `a NOT b` (or `a -b`) matches `a` without `b`; `AND` may be
///   written; parentheses group (`(Gaza OR Rafah) NOT trêve`).
///
/// A pattern that FTS5 refuses (`NOT` with nothing before it, an unclosed
/// parenthesis) throws a ``SearchSyntaxError`` that says what to write.
/// ``parts(_:)`` gives the parsed search to other stores (PostgreSQL).
package enum SearchSyntax {
    /// One piece of a search, with every implicit `AND` written out.
    package enum Part: Hashable, Sendable {
        /// Words that must appear in this order (one word, or a phrase).
        case words(String)
        /// A word that matching words start with (`négo*`).
        case prefix(String)
        /// `AND`, `OR`, `NOT` (binary: `a NOT b` is `a` without `b`).
        case and, or, not
        /// A parenthesis.
        case open, close
    }

    static func pattern(_ text: String) throws(SearchSyntaxError) -> FTS5Pattern? {
        let parts = try parts(text)
        guard !parts.isEmpty else { return nil }
        let raw = parts.map { part -> String in
            switch part {
            case .words(let words): quoted(words)
            case .prefix(let word): quoted(word) + "*"
            case .and: "AND"
            case .or: "OR"
            case .not: "NOT"
            case .open: "("
            case .close: ")"
            }
        }
        do {
            return try FTS5Pattern(rawPattern: raw.joined(separator: " "))
        } catch {
            let detail = (error as? DatabaseError)?.message ?? "\(error)"
            throw SearchSyntaxError(search: text, reason: detail)
        }
    }

    /// The search as parts, checked as FTS5 checks it: a search that the SQLite store
    /// refuses throws here too, so every store accepts the same searches.
    package static func checkedParts(_ text: String) throws(SearchSyntaxError) -> [Part] {
        _ = try pattern(text)
        return try parts(text)
    }

    /// The search as parts, with `AND` written between two operands side by side.
    static func parts(_ text: String) throws(SearchSyntaxError) -> [Part] {
        var parts: [Part] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
            } else if character == "\"" {
                guard let close = text[text.index(after: index)...].firstIndex(of: "\"") else {
                    throw SearchSyntaxError(search: text, reason: "a phrase opened with \" is not closed")
                }
                parts.append(.words(String(text[text.index(after: index)..<close])))
                index = text.index(after: close)
            } else if character == "(" || character == ")" {
                parts.append(character == "(" ? .open : .close)
                index = text.index(after: index)
            } else {
                var end = index
                while end < text.endIndex, !text[end].isWhitespace, !"\"()".contains(text[end]) {
                    end = text.index(after: end)
                }
                var word = text[index..<end]
                index = end
                if word == "OR" {
                    parts.append(.or)
                } else if word == "NOT" {
                    parts.append(.not)
                } else if word == "AND" {
                    parts.append(.and)
                } else {
                    // `-word` excludes the word, as `NOT word` does.
                    if word.count > 1, word.first == "-" {
                        parts.append(.not)
                        word = word.dropFirst()
                    }
                    if word.hasSuffix("*"), word.count > 1 {
                        parts.append(.prefix(String(word.dropLast())))
                    } else {
                        parts.append(.words(String(word)))
                    }
                }
            }
        }
        // FTS5 reads two operands side by side as AND only between phrases: write it out.
        var joined: [Part] = []
        for part in parts {
            if let last = joined.last, !isOperator(last), last != .open, !isOperator(part), part != .close {
                joined.append(.and)
            }
            joined.append(part)
        }
        return joined
    }

    private static func isOperator(_ part: Part) -> Bool { part == .or || part == .not || part == .and }

    private static func quoted(_ words: String) -> String {
        "\"" + words.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A `--search` that is not a valid search.
public struct SearchSyntaxError: Error, CustomStringConvertible {
    /// Creates the error of a search.
    package init(search: String, reason: String) {
        self.search = search
        self.reason = reason
    }

    /// The search as given.
    public var search: String
    /// What is wrong, as SQLite or the parser says it.
    public var reason: String

    /// A one-line explanation with the syntax that works.
    public var description: String {
        "--search \(search.debugDescription) is not a valid search (\(reason)); write words, \"exact phrases\", "
            + "a OR b, a NOT b or a -b (NOT needs words before it), (a OR b) c"
    }
}
