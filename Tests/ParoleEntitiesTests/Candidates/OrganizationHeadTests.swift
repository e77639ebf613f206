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
