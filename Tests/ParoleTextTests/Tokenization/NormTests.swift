import ParoleCore
import Testing

@Suite("Token norm")
struct NormTests {
    private func norms(_ text: String) throws -> [String] {
        try Shared.tokenizer.tokenize(text).map(\.norm)
    }

    @Test("Norm is NFKC case-folded")
    func caseFolding() throws {
        #expect(try norms("ÉTATS-UNIS Straße ﬁn") == ["états-unis", "strasse", "fin"])
    }

    @Test("Typographic apostrophes become straight ones")
    func apostrophes() throws {
        #expect(try norms("l’armée aujourd’hui") == ["l'", "armée", "aujourd'hui"])
    }

    @Test("No-break spaces inside numbers become spaces")
    func noBreakSpaces() throws {
        #expect(try norms("32\u{A0}000 et 1\u{202F}000") == ["32 000", "et", "1 000"])
    }

    @Test("Decomposed accents are composed")
    func composition() throws {
        #expect(try norms("e\u{301}te\u{301}") == ["été"])
    }

    @Test("Spans cover the original text exactly, characters outside the BMP included")
    func spans() throws {
        let text = "Bravo 👏🏽 à l’équipe !"
        let units = Array(text.utf16)
        let tokens = try Shared.tokenizer.tokenize(units)
        #expect(
            tokens.map { String(decoding: units[$0.span.range], as: UTF16.self) } == [
                "Bravo", "👏🏽", "à", "l’", "équipe", "!",
            ])
        #expect(tokens[1].kind == .symbol)
    }

    @Test("Decoding UTF-16 writes exactly the UTF-8 it needs, lone surrogates as U+FFFD")
    func decoding() {
        let units: [UInt16] = [0x61, 0xE9, 0x20AC, 0xD83D, 0xDE00, 0xD800, 0x62, 0xDC00]
        let text = units.withUnsafeBufferPointer { String(utf16Units: $0) }
        #expect(text == "aé€😀\u{FFFD}b\u{FFFD}")
        #expect(String(utf16Units: units[3...4]) == "😀")
    }
}
