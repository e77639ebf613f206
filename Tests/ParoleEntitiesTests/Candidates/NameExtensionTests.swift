import Parole
import Testing

/// Names that go on past where the other rules stop: a purpose before an acronym, a
/// model number, an English tail, a numbered university, a particle after a first name.
@Suite("Longer names")
struct NameExtensionTests {
    @Test("A body's purpose before its acronym is part of its name")
    func purposes() throws {
        let text = "Selon le Conseil danois pour les réfugiés (DRC), la moitié des fonds manque."
        let entities = try entityList(text)
        #expect(entities.contains("Conseil danois pour les réfugiés/ORG"))
        #expect(entities.contains("DRC/ORG"))
    }

    @Test("A purpose before an acronym takes in its complements and the places in them")
    func longPurposes() throws {
        let text = """
            Le pays a signé le Traité de l'OMS sur la protection des espèces migratrices (CMS) en mai. \
            Les bateaux de la Compagnie de transport sur le lac de Genève et le Rhône (LGR) reprennent \
            du service.
            """
        let entities = try entityList(text)
        #expect(entities.contains { $0.hasPrefix("Traité de l'OMS sur la protection des espèces migratrices/") })
        #expect(entities.contains("Compagnie de transport sur le lac de Genève et le Rhône/ORG"))
        #expect(!entities.contains("lac de Genève/LOC"))
    }

    @Test("An acronym that spells the last name of the purpose is that name's")
    func innerAcronyms() throws {
        let text = "Le maire a écrit au Comité de soutien pour le Parti radical (PR) de Sion."
        #expect(!(try entityList(text)).contains { $0.hasPrefix("Comité de soutien pour") })
    }

    @Test("A body named by its head and a complement keeps a purpose opened by contre")
    func purposesAgainst() throws {
        let text = "Selon la présidente de l'Association de parents contre les violences scolaires, rien ne change."
        #expect(try hasEntity(text, "Association de parents contre les violences scolaires", "ORG"))
    }

    @Test("A body's ideal after pour is part of its name, a place is not")
    func ideals() throws {
        let text = """
            Le député de l'Alliance citoyenne pour le Renouveau a quitté la salle. \
            La Banque mondiale pour le Sénégal a débloqué un prêt.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Alliance citoyenne pour le Renouveau/ORG"))
        #expect(entities.contains("Banque mondiale/ORG"))
        #expect(entities.contains("Sénégal/LOC"))
    }

    @Test("A product keeps its model number, not a year or a score")
    func modelNumbers() throws {
        #expect(try hasEntity("La fusée Vega 2 a décollé de Kourou.", "Vega 2", "MISC"))
        #expect(try !entityList("La fusée Vega a décollé en 2024 de Kourou.").contains { $0.hasSuffix("2024/MISC") })
    }

    @Test("English company and venue tails after a known company")
    func englishTails() throws {
        #expect(
            try hasEntity("Le satellite a été conçu par Thales Orbital Space à Cannes.", "Thales Orbital Space", "ORG"))
        #expect(
            try hasEntity("L'exposition partira à l'Art Gallery of Ontario en mai.", "Art Gallery of Ontario", "ORG"))
        #expect(try hasEntity("Le fonds américain Harbor Ventures a investi.", "Harbor Ventures", "ORG"))
    }

    @Test("A university with its city and number")
    func numberedUniversities() throws {
        let text = "Deux chercheurs de l'Université Claude-Bernard Lyon 1 ont fondé la société."
        #expect(try hasEntity(text, "Université Claude-Bernard Lyon 1", "ORG"))
    }

    @Test("Two first names joined by a hyphen, and du after a first name")
    func personalNames() throws {
        #expect(
            try hasEntity(
                "L'universitaire Pieter-Jan de Vries estime que l'exposition est réussie.", "Pieter-Jan de Vries", "PER"
            ))
        #expect(
            try hasEntity(
                "Le président du CNES, Bertrand du Mesnil-Aubry, a salué le lancement.", "Bertrand du Mesnil-Aubry",
                "PER"))
    }

    @Test("A first name before a capitalised word is a person, before an adjective a body")
    func firstNameHeads() throws {
        #expect(try hasEntity("Un patrouilleur de la Marine nationale est intervenu.", "Marine nationale", "ORG"))
        #expect(try hasEntity("Marine Le Pen a réagi dans la soirée.", "Marine Le Pen", "PER"))
    }

    @Test("A school, a court or a list numbered after its name takes the number in")
    func numberedBodies() throws {
        let text = """
            Les enseignants du CEG 7 sont en grève depuis lundi. \
            Les candidats de Bordeaux 21 ont déposé leur liste en préfecture.
            """
        let entities = try entityList(text)
        #expect(entities == ["CEG 7/ORG", "Bordeaux 21/ORG"])
    }

    @Test("A number that counts or dates the noun after it stays out of the name")
    func countingNumbers() throws {
        let text = "Résultat du scrutin : CGT 5 sièges, CFDT 3 sièges. Il habite rue de la Gare 12."
        let entities = try entityList(text)
        #expect(entities.contains("CGT/ORG"))
        #expect(entities.contains("CFDT/ORG"))
        #expect(entities.contains("rue de la Gare/LOC"))
    }

    @Test("A figure of a price list, a market report or an address stays out of the name")
    func listedFigures() throws {
        let text = """
            Cours du blé livrable : Lyon 29 25, Marseille 30 50. \
            Ventes à la criée de Nantes 7 , 000 caisses. \
            Écrire à la Compagnie Armoricaine 21 , rue Crébillon. \
            Frets pour Brême ou Anvers 2 sh la tonne.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Anvers/LOC"))
        #expect(entities.contains("Lyon/LOC"))
        #expect(entities.contains("Marseille/LOC"))
        #expect(entities.contains("Nantes/LOC"))
        #expect(!entities.contains { $0.hasPrefix("Compagnie Armoricaine 21") })
    }
}
