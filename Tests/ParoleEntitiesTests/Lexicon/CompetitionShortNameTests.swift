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
}
