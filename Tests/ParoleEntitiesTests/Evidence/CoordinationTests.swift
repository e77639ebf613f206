import Parole
import Testing

/// Lists share a label; parentheses after a name say what the name inside is.
@Suite("Lists and parentheses")
struct CoordinationTests {
    @Test("Guesses in a list take the label of its best-known member")
    func lists() throws {
        let entities = try entityList(
            "Des films venus de Corse, de Vanterre, des Marvelles ou de Tistrac seront projetés.")
        #expect(entities == ["Corse/LOC", "Vanterre/LOC", "Marvelles/LOC", "Tistrac/LOC"])
    }

    @Test("An apposition after a comma is no list")
    func apposition() throws {
        let entities = try entityList("Un chercheur de l'ONU, Ole Hansvik, précise les chiffres.")
        #expect(entities == ["ONU/ORG", "Ole Hansvik/PER"])
    }

    @Test("A party after a person, a region after a place")
    func parentheses() throws {
        let text = "Le bourgmestre, Marc Delvigne (Les Engagés), l'a confirmé. L'usine de Brescourt (Vaucluse) ferme."
        let entities = try entityList(text)
        #expect(entities.contains("Marc Delvigne/PER"))
        #expect(entities.contains("Les Engagés/ORG"))
        #expect(entities.contains("Brescourt/LOC"))
        #expect(entities.contains("Vaucluse/LOC"))
    }
}
