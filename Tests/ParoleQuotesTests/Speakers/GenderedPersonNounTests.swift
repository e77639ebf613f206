import Parole
import Testing

/// A noun that the French lexicon inflects for both genders (`coiffeur`, `coiffeuse`) or
/// gives both (`camarade`) names a person, who speaks in person: the speaker is the
/// whole phrase, not the place or the person in its complement.
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

    @Test("A noun of both genders alike is a person too, not the name in its complement")
    func epicene() throws {
        let text = "« Il a toujours tenu parole », confie un camarade de Paul Dumas."
        #expect(try quote(text, startingWith: "Il a toujours")?.speaker == "un camarade de Paul Dumas")
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
