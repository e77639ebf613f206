import Foundation
import ParoleCore
import Testing

@testable import ParoleText

@Suite("Spelling table")
struct SpellingTableTests {
    /// Interns each space-separated spelling of `text` in order and returns, for each, the
    /// value found in the table (-1 when new; a new spelling is added with its position).
    private static func lookups(_ text: String, expected: Int = 4) -> [Int32] {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            var table = SpellingTable(units: buffer, expected: expected)
            var result: [Int32] = []
            var start = 0
            for end in 0...units.count where end == units.count || units[end] == 0x20 {
                var vacancy = SpellingTable.Vacancy()
                let found = table.find(start, end, &vacancy)
                if found < 0 { table.add(vacancy, normIndex: Int32(result.count)) }
                result.append(found)
                start = end + 1
            }
            return result
        }
    }

    @Test("A short Latin spelling is found again; case and apostrophes make other spellings")
    func shortSpellings() {
        let found = Self.lookups("le Le l’ l' le l’ cœur Cœur cœur L’")
        #expect(found == [-1, -1, -1, -1, 0, 2, -1, -1, 6, -1])
    }

    @Test("Long and non-Latin spellings are compared with their first occurrence")
    func hashedSpellings() {
        let found = Self.lookups("gouvernement gouvernemant gouvernement Ελλάδα 👏🏽 Ελλάδα 👏🏽 gouvernemant")
        #expect(found == [-1, -1, 0, -1, -1, 3, 4, 1])
    }

    @Test("A control character is not taken for the typographic character that shares its byte")
    func packedBytesStayDistinct() {
        // U+0085 and U+0080 have no byte of their own; … and ’ borrow 0x86 and 0x80.
        let found = Self.lookups("a\u{85} a… a\u{80} a’ a… a\u{85}")
        #expect(found == [-1, -1, -1, -1, 1, 0])
    }

    @Test("The table grows and keeps every spelling")
    func growth() {
        let words = (0..<5000).map { "mot\($0)" } + (0..<5000).map { "développement\($0)" }
        let found = Self.lookups((words + words).joined(separator: " "))
        #expect(found[..<words.count].allSatisfy { $0 == -1 })
        #expect(Array(found[words.count...]) == (0..<Int32(words.count)).map { $0 })
    }
}
