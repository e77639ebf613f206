import Foundation
import ParoleCore
import Testing

@testable import ParoleText

/// Inputs that once took quadratic time in the tokenizer. `Scripts/linearity/check.py`
/// asserts linearity by counting instructions (no test here times anything); these tests
/// check the results on such inputs.
@Suite("Tokenizer: linear time")
struct TokenizerLinearityTests {
    @Test("A chain of elisions is one elided token each")
    func elisionChain() throws {
        #expect(try tokens("l'l'l'armée") == ["l'", "l'", "l'", "armée"])
        #expect(try tokens("aujourd'hui") == ["aujourd'hui"])
        #expect(try tokens("d'aujourd'hui") == ["d'", "aujourd'hui"])
    }

    @Test("Text longer than every exception is never looked up")
    func exceptionBound() throws {
        let rules = try TokenizerRules.french()
        #expect(rules.longestException > 0)
        #expect(rules.exceptions.allSatisfy { $0.utf16.count <= rules.longestException })
        var changed = rules
        changed.exceptions.insert(String(repeating: "a-", count: 200) + "a")
        #expect(changed.longestException == 401)
    }

    @Test("200 KB of consecutive elisions give one token per elision")
    func longElisionChain() throws {
        let count = 100_000
        let units = Array(String(repeating: "l'", count: count).utf16)
        let result = try Shared.tokenizer.tokenize(units)
        #expect(result.count == count)
    }

    @Test("200 KB of words glued by periods tokenize in one pass, every unit in a token")
    func longGluedChain() throws {
        let units = Array(String(repeating: "fin.Le", count: 35_000).utf16)
        let result = try Shared.tokenizer.tokenize(units)
        #expect(result.map(\.span.length).reduce(0, +) == units.count)
    }
}
