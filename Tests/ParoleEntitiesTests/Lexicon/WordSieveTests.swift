import Testing

@testable import ParoleEntities

/// A word sieve answers what the set it sieves answers.
@Suite("Word sieve")
struct WordSieveTests {
    static let sieve = WordSieve(["film", "roman", "documentaire", "œuvre", "intitulée"])

    @Test("Each word is found, with its accents and ligatures")
    func wordsFound() {
        for word in ["film", "roman", "documentaire", "œuvre", "intitulée"] {
            #expect(Self.sieve.contains(word), "\(word)")
        }
    }

    @Test("Forms that share a word's length and first byte, or neither, are not")
    func othersRejected() {
        // `fils` and `rouge` share the length and first letter of `film` and `roman`.
        for form in ["fils", "rouge", "intitulé", "intitulées", "oeuvre", "Film", "", "d", "documentaires"] {
            #expect(!Self.sieve.contains(form), "\(form)")
        }
    }

    @Test("Forms longer than the length cap are sieved by the cap's row")
    func longForms() {
        let long = String(repeating: "a", count: 80)
        let sieve = WordSieve([long])
        #expect(sieve.contains(long))
        #expect(!sieve.contains(String(repeating: "a", count: 70)))
    }
}
