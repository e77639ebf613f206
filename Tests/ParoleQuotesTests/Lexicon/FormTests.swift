import Parole
import ParoleCore
import Testing

@testable import ParoleQuotes

/// The fast paths that read word forms give what the string tests they replace give.
@Suite("Word forms")
struct FormTests {
    static let lexicons = try! QuoteLexicons()

    /// Norms to test: every lexicon norm, inflected and cut, plus odd spellings.
    static func norms() -> [String] {
        var words = lexicons.norms
        words += words.flatMap { [$0 + "s", $0 + "ment", $0 + "ées", String($0.dropLast()), "-" + $0] }
        words += [
            "", ",", ";", ":", "(", ")", "-", "--", "—", "–", "―", ".", "..", "...", "…", "?", "!", "?!", "!?", "!!",
            "??",
            "?\u{301}", ".\u{301}", ",\u{301}", "e\u{301}", "impliqu\u{E9}", "implique\u{301}",
            "de\u{301}clare\u{301}e",
            "vivement", "ment", "gouvernement", "établies", "conduites", "prévoyaient", "prévoient", "reconnaître",
            "connaitre", "croire", "histoire", "notaire", "dire", "secrétaire", "conseillère", "adjointe", "chargée",
            "ab\u{0}c", "a\r\nb", "ﬁnal", "œuvre", "ελλάδα", "москва", "北京", "😀", "32 000", "«", "»", "\u{A0}",
        ]
        return words
    }

    @Test("Spelling shapes read on bytes are those read on strings")
    func shapes() {
        for norm in Self.norms() {
            let reference = FormShape(comparingStrings: norm)
            #expect(FormShape(norm: norm).subtracting(.latin) == reference, "\(norm)")
            #expect(FormShape.marks(of: norm) == reference.intersection(.punctuation), "\(norm)")
        }
    }

    @Test("Lexicon entries found by bytes are those found by string")
    func entries() {
        for norm in Self.norms() {
            #expect(Self.lexicons.entry(for: norm) == Self.lexicons.entry(comparingStrings: norm), "\(norm)")
        }
    }

    @Test("Keywords are the words they spell")
    func keywords() {
        for keyword in Keyword.allCases {
            #expect(Self.lexicons.entry(for: keyword.rawValue).keyword == keyword)
        }
    }
}

/// The string table interns as a dictionary of byte arrays would.
@Suite("UTF-8 string table")
struct UTF8StringTableTests {
    @Test("Interning and lookups agree with a dictionary")
    func matchesDictionary() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {  // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        // Short strings from a small alphabet collide often; long ones share prefixes.
        let alphabet: [UInt8] = [0, 0x61, 0x62, 0x65, 0xC3, 0xA9]
        var strings: [[UInt8]] = [
            [], [0], [0, 0], Array(repeating: 0x61, count: 300), Array(repeating: 0x61, count: 301),
        ]
        for _ in 0..<3000 {
            let length = next(4) == 0 ? 9 + next(20) : next(9)
            strings.append((0..<length).map { _ in alphabet[next(alphabet.count)] })
        }
        var table = UTF8StringTable(expected: 4)
        var reference: [[UInt8]: Int32] = [:]
        for string in strings {
            let result = string.withUnsafeBufferPointer { table.intern($0) }
            if let known = reference[string] {
                #expect(result.index == known && !result.isNew)
            } else {
                #expect(result.index == Int32(reference.count) && result.isNew)
                reference[string] = result.index
            }
        }
        #expect(table.count == reference.count)
        for _ in 0..<3000 {
            let string = (0..<next(12)).map { _ in alphabet[next(alphabet.count)] } + [0x7A]
            let found = string.withUnsafeBufferPointer { table.index(of: $0) }
            #expect(found == reference[string].map { Int($0) })
        }
        #expect(table.index(of: "zz") == nil)
        table.intern("zz")
        #expect(table.index(of: "zz") == reference.count)
    }
}

/// Sets of token ranges answer as the ranges they unite.
@Suite("Token ranges")
struct TokenRangesTests {
    @Test("Membership in the union of ranges")
    func union() {
        let ranges = [5..<9, 0..<2, 8..<12, 20..<21, 30..<30, 12..<14, 1..<3]
        let set = TokenRanges(ranges)
        for token in -1..<35 {
            #expect(set.contains(token) == ranges.contains { $0.contains(token) }, "\(token)")
        }
    }
}
