import Parole
import Testing

/// A competition's name takes in the sport or the teams it is open to
/// (`entities-competition-complements.txt`).
@Suite("Competition complements")
struct CompetitionComplementTests {
    @Test("A known competition takes in the teams it is open to")
    func fieldOfTeams() throws {
        let entities = try entityList(
            """
            Le club saoudien jouera le Mondial des clubs l'été prochain. \
            Chelsea a remporté la Coupe du Monde des clubs face à Flamengo.
            """)
        #expect(entities.contains("Mondial des clubs/MISC"))
        #expect(entities.contains("Coupe du Monde des clubs/MISC"))
    }

    @Test("A name of several words takes in its sport; a one-word name does not")
    func sports() throws {
        let entities = try entityList(
            """
            Le Portugal a gagné la Coupe du monde de beach soccer aux Seychelles. \
            Le Mondial de hockey sur glace s'ouvre à Prague.
            """)
        #expect(entities.contains("Coupe du monde de beach soccer/MISC"))
        #expect(entities.contains("Mondial/MISC"))
        #expect(!entities.contains { $0.hasPrefix("Mondial de hockey") })
    }

    @Test("An event head goes on with its field after a place, and a year joins it; not with its sport")
    func headAfterPlace() throws {
        let entities = try entityList(
            """
            La Côte d'Ivoire a organisé la Coupe d'Afrique des nations 2024 à Abidjan. \
            Sinner a conservé son titre à l'Open d'Australie de tennis.
            """)
        #expect(entities.contains("Coupe d'Afrique des nations 2024/MISC"))
        #expect(entities.contains("Open d'Australie/MISC"))
    }

    @Test("A league of champions is a competition; a league of football a body")
    func leagueOfChampions() throws {
        let entities = try entityList(
            """
            Le Raja a été éliminé de la Ligue asiatique des champions en avril. \
            La Ligue de football professionnel a fixé le calendrier.
            """)
        #expect(entities.contains("Ligue asiatique des champions/MISC"))
        #expect(entities.contains("Ligue de football professionnel/ORG"))
    }

    @Test("`du` opens no complement, and well-known names keep their span")
    func knownNamesKept() throws {
        let entities = try entityList(
            """
            Le Mondial du rire s'installe à Montreux. Les Jeux olympiques de Paris 2024 ont réuni \
            le Tour de France, la Ligue des champions et le Festival de Cannes dans les gros titres.
            """)
        #expect(entities.contains("Mondial/MISC"))
        #expect(entities.contains("Jeux olympiques de Paris 2024/MISC"))
        #expect(entities.contains("Ligue des champions/MISC"))
        #expect(entities.contains("Festival de Cannes/MISC"))
    }
}
