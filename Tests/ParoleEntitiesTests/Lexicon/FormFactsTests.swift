import Parole
import Testing

@testable import ParoleEntities

/// The fast paths of the stage give what the string lookups they replace give.
@Suite("Form facts")
struct FormFactsTests {
    static let lexicons = try! EntityLexicons()

    /// Norms to test: every lexicon entry and common word, inflected, plus odd spellings.
    static func norms() -> [String] {
        let lexicons = Self.lexicons
        var words =
            Array(lexicons.commonWords.keys) + Array(lexicons.firstNames.keys) + Array(lexicons.roles.keys)
            + Array(lexicons.cues.keys) + Array(lexicons.demonyms) + Array(lexicons.notNames)
            + Array(lexicons.knownNames.keys) + Array(EntityWordSets.shipped.clubStaffNouns)
        words += words.flatMap { [$0 + "s", $0 + "ique", "al-" + $0, $0 + "'"] }
        words += [
            "", "'", "d'", "l'", "qu'", "jusqu'", "presqu'île", "é", "ée", "américaine", "cafe\u{301}",
            "e\u{301}te\u{301}",
            "ministère", "ça", "straße", "ǆ", "ǉubljana", "ab\u{0}c", "a\r\nb", "ⅻ", "ﬁnal", "œuvre", "ærø", "ıstanbul",
            "ελλάδα", "москва", "北京", "😀", "al-sissi", "ash-shabab", "as-", "ben-gourion", "32 000", "premier",
        ]
        return words
    }

    @Test("The byte index gives the facts of the string lookups, or nothing")
    func indexMatchesReference() {
        let lexicons = Self.lexicons
        var answered = 0
        let norms = Self.norms()
        for norm in norms {
            for key in [Normalizer.foldingKey(norm.trimmingSpaces()), norm] {
                let reference = lexicons.referenceFacts(key: key, norm: norm)
                guard let fast = lexicons.formIndex.facts(key: key, norm: norm) else { continue }
                answered += 1
                #expect(fast == reference, "\(key) / \(norm)")
            }
        }
        #expect(answered > norms.count)
    }

    @Test("A lowercase word tries the known names it may open, in their order")
    func lowercaseKnownNames() {
        let lexicons = Self.lexicons
        #expect(lexicons.lowercaseKnownNameLists.count == lexicons.knownNameLists.count)
        for (list, names) in lexicons.knownNameLists.enumerated() {
            let opening = names.filter { name in
                !name.capitalized[0]
                    || (name.keys.count >= 2 && name.label == .organization
                        && lexicons.demonyms.contains(name.keys[name.keys.count - 1]))
            }
            #expect(lexicons.lowercaseKnownNameLists[list].map(\.keys) == opening.map(\.keys))
        }
    }

    @Test("The title screen keeps every title")
    func honorificScreen() {
        let lexicons = Self.lexicons
        let spellings =
            Array(lexicons.honorifics.keys) + [
                "Mai\u{302}tre", "M", "Mm", "MM", "Monsieur", "Dr’", "Docteurs", "É", "Éric", "", "m.",
                "Maître", "Maîtres", "Mgr", "Mᵍʳ", "Sœur", "Père", "Pr", "Révérend", "Mè", "Me\u{300}", "Ǆ",
            ]
        for spelling in spellings {
            let units = Array(spelling.utf16)
            let expected = lexicons.honorifics[String(decoding: units.map { $0 == 0x2019 ? 0x27 : $0 }, as: UTF16.self)]
            let found = units.withUnsafeBufferPointer { lexicons.honorific($0) }
            #expect(found == expected, "\(spelling)")
        }
    }
}
