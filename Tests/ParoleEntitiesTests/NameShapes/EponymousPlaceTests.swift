import Parole
import Testing

/// Places and bodies named after a person, written as one hyphenated word.
@Suite("Places named after a person")
struct EponymousPlaceTests {
    @Test("A hyphenated first name and surname after a venue noun is the venue")
    func venue() throws {
        let text = "Le tournoi régional se disputera samedi à l’aréna Maurice-Tessier, rénovée l’an dernier."
        #expect(try hasEntity(text, "Maurice-Tessier", "LOC"))
    }

    @Test("After a hospital noun it is the hospital, a body")
    func hospital() throws {
        let text = "Le blessé a été conduit à l’hôpital Lucien-Brossard, où il a été opéré dans la nuit."
        #expect(try hasEntity(text, "Lucien-Brossard", "ORG"))
    }

    @Test("After a place preposition it is the place")
    func constituency() throws {
        let text = "La candidate libérale a été élue dans Paul-Ferland avec une avance confortable."
        #expect(try hasEntity(text, "Paul-Ferland", "LOC"))
    }

    @Test("A compound first name stays a person")
    func compoundFirstName() throws {
        let text = "Le boulanger a confié la boutique à son fils Jean-Baptiste pendant l’été."
        #expect(try !hasEntity(text, "Jean-Baptiste", "LOC"))
    }
}
