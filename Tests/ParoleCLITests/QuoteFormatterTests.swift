import Testing

@testable import ParoleCLI

@Suite("Search output")
struct QuoteFormatterTests {
    @Test(
        "CSV cells that a spreadsheet would run as formulas are shown as text",
        arguments: [
            ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""), ("+33 1 23", "'+33 1 23"),
            ("-2 %", "'-2 %"), ("@SUM(A1)", "'@SUM(A1)"), ("Bonjour", "Bonjour"), ("a, b", "\"a, b\""),
        ])
    func formulaCells(value: String, expected: String) {
        #expect(QuoteFormatter.csvField(value) == expected)
    }

    @Test("Text lines escape control characters and keep one quote per line")
    func textLine() {
        #expect(TerminalText.neutralized("a\u{1B}[31mb") == "a\\u{1b}[31mb")
        #expect(TerminalText.neutralized("un\ndeux", keepingLineBreaks: false) == "un deux")
        #expect(TerminalText.neutralized("un\ndeux") == "un\ndeux")
        #expect(TerminalText.neutralized("\u{9B}") == "\\u{9b}")
    }
}
