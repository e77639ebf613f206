import Parole
import Testing

/// Organisation heads, acronyms, cue nouns and known organisations.
@Suite("Organisation heads")
struct OrganizationHeadTests {
    @Test("A head takes in adjectives and de complements")
    func headExtension() throws {
        let text = """
            Le porte-parole du Conseil national de sécurité des États-Unis a parlé. \
            Une chercheuse de l'Université de Rennes et du Muséum national d'histoire naturelle a signé l'étude.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Conseil national de sécurité des États-Unis/ORG"))
        #expect(entities.contains("Université de Rennes/ORG"))
        #expect(entities.contains("Muséum national d'histoire naturelle/ORG"))
    }

    @Test("A second complement after et de may be a capitalised common noun")
    func coordinatedCapitalisedNoun() throws {
        let museum = try entityList("Le Musée des Beaux-Arts et de l'Archéologie de Besançon rouvre ses portes.")
        #expect(museum.contains("Musée des Beaux-Arts et de l'Archéologie de Besançon/ORG"))
        // So after an elided `et d'`, and the body's place after it stays in the name.
        let company = try entityList(
            "La Société de Transport d'Énergie et d'Hydrocarbures du Niger a signé un contrat.")
        #expect(company.contains("Société de Transport d'Énergie et d'Hydrocarbures du Niger/ORG"))
        // A capital `E` written without its accent is still the common noun: `Energie`.
        let agency = try entityList("L'Agence de Gestion de l'Eau et de l'Energie du Mali recrute des ingénieurs.")
        #expect(agency.contains("Agence de Gestion de l'Eau et de l'Energie du Mali/ORG"))
        // Another name after `et de` is one of a list, not the body's: two places stay apart.
        let ministers = try entityList(
            "Les ministres des Affaires étrangères du Kazakhstan et de l'Ouzbékistan se sont réunis.")
        #expect(ministers.contains("Kazakhstan/LOC"))
        #expect(ministers.contains("Ouzbékistan/LOC"))
    }

    @Test("A list of de complements joined by commas and closed by et de is one name")
    func complementList() throws {
        let office = try entityList("L'Office de la culture, de la jeunesse et des sports organise un concours.")
        #expect(office.contains("Office de la culture, de la jeunesse et des sports/ORG"))
        let health = try entityList(
            "La Direction de la santé, des affaires sociales et de l’intégration a publié un rapport.")
        #expect(health.contains("Direction de la santé, des affaires sociales et de l’intégration/ORG"))
        // A comma that opens no such list ends the name.
        let bank = try entityList("La Banque de France, de son côté, a maintenu ses prévisions.")
        #expect(bank.contains("Banque de France/ORG"))
    }

    @Test("A body named by its head and its purpose keeps the purpose, without an acronym too")
    func purposeWithoutAcronym() throws {
        let justice = try entityList(
            "Le verdict a été critiqué par la Fondation pour la défense des victimes, une association de juristes.")
        #expect(justice.contains("Fondation pour la défense des victimes/ORG"))
        #expect(!justice.contains("Fondation/ORG"))
        let snow = try entityList("L'Institut pour l'étude des glaciers et des avalanches a relevé trois mètres.")
        #expect(snow.contains("Institut pour l'étude des glaciers et des avalanches/ORG"))
        // Only after an organisation's head: a person's name does not take a purpose.
        let person = try entityList("Marie Dubois pour la défense a plaidé l'acquittement mardi.")
        #expect(!person.contains { $0.contains("pour la défense") })
    }

    @Test("Acronyms and well-known organisations are ORG")
    func acronyms() throws {
        let entities = try entityList("La CGT et la FNTR ont rencontré des responsables de l'ONU et de l'OTAN.")
        #expect(entities == ["CGT/ORG", "FNTR/ORG", "ONU/ORG", "OTAN/ORG"])
    }

    @Test("Cue nouns before a name give its label")
    func cueNouns() throws {
        let text = "Le groupe industriel Barvalis a racheté la société Ostrelle. Le festival Sonomare ouvre jeudi."
        let entities = try entityList(text)
        #expect(entities == ["Barvalis/ORG", "Ostrelle/ORG", "Sonomare/MISC"])
    }

    @Test("A club prefix makes an organisation")
    func clubs() throws {
        #expect(try hasEntity("Le FC Grandval a battu l'AS Morlaix samedi.", "FC Grandval", "ORG"))
        #expect(try hasEntity("Le FC Grandval a battu l'AS Morlaix samedi.", "AS Morlaix", "ORG"))
    }

    @Test("Governments named by their seat are ORG")
    func seats() throws {
        let entities = try entityList("La Maison Blanche a démenti, tout comme le Kremlin et Tsahal.")
        #expect(entities == ["Maison Blanche/ORG", "Kremlin/ORG", "Tsahal/ORG"])
    }

    @Test("A head takes in adjectives the full-form lexicon knows, even unlisted ones")
    func lexiconAdjectives() throws {
        let text = """
            Les Forces combattantes maliennes ont démenti mardi toute exaction près de Mopti.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Forces combattantes maliennes/ORG"))
    }
}
