import Parole
import Testing

/// A noun that the French lexicon inflects for both genders (`coiffeur`, `coiffeuse`)
/// names a person, who speaks in person: the speaker is the whole phrase, not the place or
/// the person in its complement. Epicene nouns (`le livre`, `la politique`) name none.
@Suite("Nouns of persons read from their genders")
struct GenderedPersonNounTests {
    @Test("A noun with both genders in the lexicon keeps its complement rather than giving way to it")
    func bothGenders() throws {
        let text = """
            Les pannes reprennent. « Les coupures durent des heures », raconte une coiffeuse du quartier de Bépanda. \
            Selon un chauffeur de taxi de la gare de Lyon, les clients se font rares.
            """
        #expect(try quote(text, startingWith: "Les coupures")?.speaker == "une coiffeuse du quartier de Bépanda")
        #expect(try quote(text, startingWith: "les clients")?.speaker == "un chauffeur de taxi de la gare de Lyon")
    }

    @Test("Epicene nouns name no person: the author or body in the complement speaks")
    func epicene() throws {
        let text = """
            D'après le livre de Jean Dupont, le roi était malade. \
            Selon la politique du gouvernement, les impôts baisseront en 2027.
            """
        #expect(try quote(text, startingWith: "le roi")?.speaker == "Jean Dupont")
        #expect(try quote(text, startingWith: "les impôts")?.speaker != "la politique du gouvernement")
    }

    @Test("A noun of persons is the speaker's kind, with the gender its article shows")
    func kindAndGender() throws {
        let document = try analyzeQuotes("« Il a toujours tenu parole », confie une coiffeuse de Lyon.")
        let speaker = try #require(document.quotes.first?.speaker)
        #expect(speaker.kind == .description)
        #expect(speaker.gender == .feminine)
    }

    @Test("An adjective before a noun and a document noun are no persons: the author still speaks")
    func notAPerson() throws {
        let text = """
            « Les coupures durent des heures », raconte une vendeuse du marché de Bépanda. \
            Selon les derniers chiffres fournis par le ministère de la Santé, 67 patients étaient hospitalisés.
            """
        #expect(try quote(text, startingWith: "Les coupures")?.speaker == "une vendeuse du marché de Bépanda")
        #expect(try quote(text, startingWith: "67 patients")?.speaker == "ministère de la Santé")
    }
}
