import Testing

@testable import ParoleDates

/// Number words come from ICU's spell-out rules, not from a typed list.
@Suite("Number words")
struct NumberWordTests {
    static let words: NumberWords = {
        do { return try NumberWords() } catch { fatalError("\(error)") }
    }()

    @Test(
        "Cardinals in both spellings",
        arguments: [
            (["quarante-cinq"], 45), (["vingt", "et", "un"], 21), (["vingt-et-une"], 21),
            (["quatre-vingt-dix-huit"], 98),
            (["quatre-vingts"], 80), (["une"], 1), (["deux", "mille"], 2000), (["dix-huit"], 18), (["septante"], 70),
        ])
    func cardinals(_ pieces: [String], _ value: Int) {
        #expect(Self.words.cardinal(pieces) == value)
    }

    @Test("Ordinals derived from the cardinals")
    func ordinals() {
        #expect(Self.words.ordinal("premier") == 1)
        #expect(Self.words.ordinal("deuxième") == 2)
        #expect(Self.words.ordinal("cinquième") == 5)
        #expect(Self.words.ordinal("neuvième") == 9)
        #expect(Self.words.ordinal("vingt-et-unième") == 21)
    }

    @Test("Words that are not numbers")
    func notNumbers() {
        #expect(!Self.words.isPiece("semaine"))
        #expect(!Self.words.isPiece("été"))
        #expect(Self.words.cardinal(["et"]) == nil)
    }
}
