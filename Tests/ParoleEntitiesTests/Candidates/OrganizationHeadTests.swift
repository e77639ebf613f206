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
