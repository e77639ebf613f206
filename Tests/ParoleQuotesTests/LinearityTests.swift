import Foundation
import Parole
import Testing

@testable import ParoleQuotes

/// Text that never ends a sentence once made the quote rules quadratic (a JSON dump
/// saved as text: 83 s for 800 KB). Frames are cut at a fixed length and antecedents
/// sought within a fixed reach, so the work per token is bounded;
/// `Scripts/linearity/check.py` asserts it by counting instructions.
@Suite("Quotes: linear time")
struct LinearityTests {
    @Test("A sentence that never ends is cut into frames of bounded length")
    func framesAreBounded() throws {
        let text = String(repeating: "il dit \"oui\" puis ", count: 300)
        let document = try analyzeQuotes(text)
        #expect(document.sentences.count == 1)
        let scan = QuoteScan(text: QuoteText(document: document, lexicons: try QuoteLexicons()))
        #expect(scan.frames.count > 1)
        #expect(scan.frames.allSatisfy { $0.count <= QuoteScan.longestFrame })
        #expect(scan.frames.first?.lowerBound == 0 && scan.frames.last?.upperBound == document.tokens.count)
    }

    @Test("Quoted words in a sentence without end are all found")
    func straightQuotesWithoutEnd() throws {
        let text = (0..<500).map { "il dit \"oui \($0)\" puis " }.joined()
        let found = try quotes(text)
        #expect(found.count == 500)
    }

    @Test("A JSON dump saved as text and chains of reported speech are cut into bounded frames")
    func hostileFamilies() throws {
        let dump = (0..<1000).map { "{\"id\": \"d\($0)\", \"text\": \"Le ministre a dit oui\", \"n\": \($0)}, " }
            .joined()
        let declared = String(repeating: "Pierre Martin a déclaré que ", count: 1500)
        let according = String(repeating: "selon Pierre Martin, ", count: 2000)
        for text in [dump, declared, according] {
            let document = try analyzeQuotes(text + "fin.")
            let scan = QuoteScan(text: QuoteText(document: document, lexicons: try QuoteLexicons()))
            #expect(scan.frames.count > 1)
            #expect(scan.frames.allSatisfy { $0.count <= QuoteScan.longestFrame })
        }
    }
}
