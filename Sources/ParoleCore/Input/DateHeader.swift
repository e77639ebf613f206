/// The metadata header of corpus text files: optional white space, the word
/// `date`, white space, and `YYYY-MM` or `YYYY-MM-DD` (or an ISO 8601 date-time,
/// `2024-01-05T10:00:00Z`), then white space.
///
/// ```text
/// date 2024-02-07
/// Les efforts diplomatiques…
/// ```
package enum DateHeader {
    /// The header's date text and the UTF-16 offset where the body starts, or
    /// `nil` when `text` has no header.
    package static func parse(_ text: String) -> (date: String, bodyStart: String.Index)? {
        var index = text.startIndex
        let end = text.endIndex
        while index < end, text[index].isWhitespace { index = text.index(after: index) }
        guard text[index...].hasPrefix("date") else { return nil }
        index = text.index(index, offsetBy: 4)
        let spaceStart = index
        while index < end, text[index].isWhitespace { index = text.index(after: index) }
        guard index > spaceStart else { return nil }
        let dateStart = index
        guard let afterMonth = digits(4, "-", 2, in: text, from: index) else { return nil }
        index = afterMonth
        if let afterDay = digits(0, "-", 2, in: text, from: index) {
            index = afterDay
            // An ISO 8601 time after the day (`2024-01-05T10:00:00Z`) is part of the date.
            if index < end, text[index] == "T" {
                while index < end, !text[index].isWhitespace { index = text.index(after: index) }
            }
        }
        let date = String(text[dateStart..<index])
        while index < end, text[index].isWhitespace { index = text.index(after: index) }
        return (date, index)
    }

    /// Matches `count` ASCII digits, `separator`, then `then` digits; returns the index after them.
    private static func digits(
        _ count: Int, _ separator: Character, _ then: Int, in text: String, from start: String.Index
    ) -> String.Index? {
        var index = start
        func take(_ n: Int) -> Bool {
            for _ in 0..<n {
                guard index < text.endIndex, let ascii = text[index].asciiValue, (48...57).contains(ascii) else {
                    return false
                }
                index = text.index(after: index)
            }
            return true
        }
        guard take(count), index < text.endIndex, text[index] == separator else { return nil }
        index = text.index(after: index)
        guard take(then) else { return nil }
        return index
    }
}
