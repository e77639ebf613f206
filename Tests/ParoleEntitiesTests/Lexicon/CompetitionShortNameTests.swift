import Parole
import Testing

/// Football competitions that sports news names by their short form alone.
@Suite("Competition short names")
struct CompetitionShortNameTests {
    @Test("The CAN is an event, not an organisation")
    func africaCup() throws {
        let entities = try entityList(
            "Les Éléphants ont quitté Abidjan lundi pour préparer la CAN, a indiqué leur sélectionneur.")
        #expect(entities.contains("CAN/MISC"))
        #expect(!entities.contains("CAN/ORG"))
        #expect(try hasEntity("Le tirage des éliminatoires de la CAN 2027 aura lieu au Caire.", "CAN 2027", "MISC"))
    }

    @Test("The short form of a league is an event")
    func leagueShortForms() throws {
        #expect(try hasEntity("Le milieu de terrain a disputé 120 matchs de L1 avec le club breton.", "L1", "MISC"))
        #expect(try hasEntity("Relégué en L2 au printemps, le club nantais vise la remontée.", "L2", "MISC"))
    }

    @Test("The CHAN is an event: a coach who won it")
    func africanNationsChampionship() throws {
        let entities = try entityList("Le sélectionneur a remporté le CHAN avec des joueurs des clubs locaux.")
        #expect(entities == ["CHAN/MISC"])
    }

    @Test("A summit named by its acronym is an event")
    func summitAcronyms() throws {
        #expect(try hasEntity("Depuis le G20, la ministre a multiplié les entretiens.", "G20", "MISC"))
        #expect(try hasEntity("Les chefs d'État préparent le sommet du G7 à Hiroshima.", "G7", "MISC"))
        #expect(try hasEntity("Le Sénégal a plaidé pour la dette lors de la TICAD à Yokohama.", "TICAD", "MISC"))
    }
}
