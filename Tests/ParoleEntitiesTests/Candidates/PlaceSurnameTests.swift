import Parole
import Testing

/// A surname spelt like a known place or body ends the person's name its first name opens.
@Suite("Surnames spelt like known names")
struct PlaceSurnameTests {
    @Test("A known town right after a first name is the surname")
    func townAfterFirstName() throws {
        #expect(
            try entityList("La conseillère Marie-Laure Nancy a voté contre le projet.") == ["Marie-Laure Nancy/PER"])
        #expect(try hasEntity("Selon le maire, Jacques Toulouse a quitté la séance.", "Jacques Toulouse", "PER"))
    }

    @Test("One more name may stand between the first name and the surname")
    func middleName() throws {
        #expect(try hasEntity("Le député Yves Mbarga Rennes a démissionné.", "Yves Mbarga Rennes", "PER"))
    }

    @Test("A first name inside a body's name leaves the place to that name")
    func bodyName() throws {
        #expect(
            try hasEntity(
                "Les chercheurs de l'Université Jean-Moulin Lyon 3 ont publié une étude.",
                "Université Jean-Moulin Lyon 3", "ORG"))
    }
}
