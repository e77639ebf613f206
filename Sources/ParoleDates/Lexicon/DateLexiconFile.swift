import Foundation
import ParoleCore

/// One `dates-*` lexicon file read with its line numbers, so that every row
/// schema can reject a bad row as `file:line: reason`.
///
/// Lines starting with `#` are comments; blank lines are skipped; fields are
/// separated by tabs and trimmed of spaces.
struct DateLexiconFile: Sendable {
    /// One entry: its 1-based line number and its fields (at least one).
    struct Row: Sendable {
        /// The line number in the file.
        let line: Int
        /// The tab-separated fields, trimmed.
        let fields: [String]
    }

    /// The file's name without extension, such as `dates-words`.
    let name: String
    /// The path used in error messages.
    let path: String
    /// The entries in file order.
    let rows: [Row]

    /// Parses `contents` as the lexicon `name` (at `path`, for messages).
    init(name: String, path: String, contents: String) {
        var rows: [Row] = []
        var number = 0
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = DateLexiconFile.trimmed(line)
            guard !trimmed.isEmpty, trimmed.first != "#" else { continue }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map {
                String(DateLexiconFile.trimmed($0))
            }
            rows.append(Row(line: number, fields: fields))
        }
        self.name = name
        self.path = path
        self.rows = rows
    }

    /// `text` without the spaces, tabs and carriage returns at its ends.
    private static func trimmed(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, first == " " || first == "\t" || first == "\r" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return text
    }

    /// Reads `lexicons/name.txt` from the data files (``LexiconStore``: built in, or a folder).
    static func named(_ name: String) throws -> DateLexiconFile {
        let store = LexiconStore.shared
        let path = "lexicons/\(name).txt"
        let location = store.location(of: path)
        guard let contents = String(validating: try store.contents(of: path), as: UTF8.self) else {
            throw LexiconError.notUTF8(location)
        }
        return DateLexiconFile(name: name, path: location, contents: contents)
    }

    /// The error for `row`: `path:line: reason`.
    func error(_ row: Row, _ reason: String) -> LexiconError {
        .malformed(path, row.line, reason)
    }

    /// Every row, checked to have between `minimum` and `maximum` non-empty fields and
    /// no key (given by `key`) seen before in this file.
    func rows(
        fields minimum: Int, _ maximum: Int, key: (Row) -> String = { $0.fields.joined(separator: "\t") }
    ) throws -> [Row] {
        var seen: [String: Int] = [:]
        for row in rows {
            guard (minimum...maximum).contains(row.fields.count), !row.fields.contains(where: \.isEmpty) else {
                throw error(row, "expected \(minimum)–\(maximum) tab-separated fields, found \(row.fields.count)")
            }
            let identity = key(row)
            if let first = seen[identity] { throw error(row, "duplicate of line \(first)") }
            seen[identity] = row.line
        }
        return rows
    }
}
