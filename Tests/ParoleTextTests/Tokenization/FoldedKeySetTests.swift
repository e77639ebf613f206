import ParoleCore
import Testing

@testable import ParoleText

/// The tokenizer's byte lookups of elisions and exceptions give what the string lookups
/// they replace give.
@Suite("Tokenizer: folded key sets")
struct FoldedKeySetTests {
    @Test("A span is in the set exactly when its key is")
    func matchesStringLookup() throws {
        let rules = try TokenizerRules.french()
        let sets = [(rules.elisions, rules.elisionKeys), (rules.exceptions, rules.exceptionKeys)]
        let odd = [
            "L", "l", "QU", "Qu’", "jusqu", "Jusqu", "lorsqu", "AUJOURD'HUI", "aujourd’hui", "Aujourd‘hui",
            "rendez-vous", "RENDEZ-VOUS", "c\u{327}a", "ça", "Ça", "œil", "ŒIL", "straße", "ǆ", "ﬁn", "", "l\u{301}",
            "presqu", "quelqu", "d", "n", "É", "é",
        ]
        for (words, keys) in sets {
            for spelling in Array(words) + words.map { $0.uppercased() } + odd {
                let units = Array(spelling.utf16)
                let found = units.withUnsafeBufferPointer { keys.contains($0) }
                #expect(found == words.contains(TokenizerRules.key(spelling)), "\(spelling)")
            }
        }
    }

    @Test("Changed lists are looked up as changed")
    func followsChanges() throws {
        var rules = try TokenizerRules.french()
        #expect(!Array("Presqu".utf16).withUnsafeBufferPointer { rules.elisionKeys.contains($0) })
        #expect(!Array("Grand’Rue".utf16).withUnsafeBufferPointer { rules.exceptionKeys.contains($0) })
        rules.elisions.insert("presqu")
        rules.exceptions.insert("grand'rue")
        #expect(Array("Presqu".utf16).withUnsafeBufferPointer { rules.elisionKeys.contains($0) })
        #expect(Array("Grand’Rue".utf16).withUnsafeBufferPointer { rules.exceptionKeys.contains($0) })
    }
}
