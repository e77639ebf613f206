import Parole
import Testing

/// A hyphenated compound that only the default reads as a person names no one.
@Suite("Hyphenated guesses")
struct HyphenatedGuessTests {
    @Test("Compounds of places or a route taken for people by default are dropped")
    func compoundsDropped() throws {
        let text = """
            La zone de secours Hesbaye-Condroz (pour Huy-Waremme) regroupe douze communes. \
            Les usagers réclament la réouverture de la route Kimbé-Tanga.
            """
        #expect(try entityList(text).isEmpty)
    }

    @Test("A double-barrelled surname seen with its first name stays a person")
    func surnameStays() throws {
        let text = "La sénatrice Marie Dupont-Lajoie a réagi. Dupont-Lajoie dénonce un recul."
        #expect(try entityList(text) == ["Marie Dupont-Lajoie/PER", "Dupont-Lajoie/PER"])
    }
}
