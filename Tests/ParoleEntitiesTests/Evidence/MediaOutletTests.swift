import Parole
import Testing

/// An unknown name after a verb of saying or a press noun and `au`, `à la` is an outlet.
@Suite("Media outlets")
struct MediaOutletTests {
    @Test("A name opened by another language's article is an outlet, not a person")
    func foreignArticle() throws {
        let text = """
            L'incendie a détruit trois entrepôts dans la nuit, rapporte Het Noorderblad. \
            Le ministre s'est exprimé hier soir sur Al Mayadine depuis Beyrouth.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Het Noorderblad/ORG"))
        #expect(entities.contains("Al Mayadine/ORG"))
    }

    @Test("The same article inside a person's name after a first name keeps a person")
    func foreignArticleInPersonName() throws {
        #expect(
            try entityList("Karim El Mansouri a été réélu dimanche à la tête du conseil.") == ["Karim El Mansouri/PER"])
    }

    @Test("The addressee of a verb of saying, after `au`")
    func speechVerb() throws {
        #expect(
            try entityList("Des riverains ont affirmé au Courrier que le chantier les empêchait de dormir.")
                == ["Courrier/ORG"])
    }

    @Test("A journalist's paper, an adjective between noun and `au`")
    func pressNoun() throws {
        let entities = try entityList(
            "« Le dossier est vide », estime Claire Vandamme, journaliste judiciaire au Quotidien.")
        #expect(entities.contains("Quotidien/ORG"))
    }

    @Test("A date between commas between the verb and `à la`")
    func insertBetween() throws {
        #expect(
            try entityList("Le porte-parole avait déclaré, le 3 mars dernier, à la Gazette que l'enquête avançait.")
                == ["Gazette/ORG"])
    }

    @Test("A name the text writes after a bare à is a town, whatever a newsroom noun says of it")
    func townAfterA() throws {
        let text = """
            Des centaines de pêcheurs se sont réunis à Montbazac jeudi. \
            Selon les informations de Montbazac, la criée rouvrira lundi.
            """
        #expect(try entityList(text) == ["Montbazac/LOC", "Montbazac/LOC"])
    }

    @Test("A known place stays one; a verb that makes no incise names no outlet")
    func placesStay() throws {
        let entities = try entityList(
            "Le ministre a déclaré au Caire que les négociations reprendraient. Sa visite prévue au Fenua a été reportée."
        )
        #expect(entities == ["Caire/LOC", "Fenua/LOC"])
    }

    @Test("A known place named with its article, or a venue's head, stays a place")
    func articlePlacesStay() throws {
        let text = """
            Le maire a déclaré au Havre que le port serait agrandi. \
            L'avocat a expliqué au Palais que son client était innocent.
            """
        #expect(try entityList(text) == ["Havre/LOC", "Palais/LOC"])
    }

    @Test("The `de` complement of a channel noun: `au micro de`, `dans les colonnes du`")
    func channelNoun() throws {
        let text = """
            « Nous avons manqué de réalisme », a reconnu le capitaine au micro de Radiokan après la rencontre.
            """
        #expect(try entityList(text).contains("Radiokan/ORG"))
    }

    @Test("A newsroom's reports, its journalists and its studio sets name the outlet")
    func newsroomNouns() throws {
        let text = """
            Selon les informations de Kervalon, le contrat a été signé jeudi. Nos confrères du Matinal \
            ont publié la lettre. Le candidat a multiplié les passages sur les plateaux de Telvox.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Kervalon/ORG"))
        #expect(entities.contains("Matinal/ORG"))
        #expect(entities.contains("Telvox/ORG"))
    }

    @Test("Once the document names an outlet, a headline's mention of it taken for a place is the outlet")
    func outletAcrossDocument() throws {
        let text = """
            Le maire au Kerbolet : « Le budget sera tenu »

            Le maire a affirmé au Kerbolet que le budget serait tenu.
            """
        #expect(try entityList(text) == ["Kerbolet/ORG", "Kerbolet/ORG"])
    }

    @Test("After a bare `à`, a press noun or a title's capitalised article makes an outlet; a verb alone does not")
    func bareA() throws {
        let text = """
            Le maire a ajouté, dans une déclaration à Calebasse ce lundi, que le projet avançait. L'information a été confirmée à La Vigie par \
            le parquet. Le ministre a annoncé à Tafraout que le barrage serait achevé.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Calebasse/ORG"))
        #expect(entities.contains("La Vigie/ORG"))
        #expect(!entities.contains("Tafraout/ORG"))
    }

    @Test("A title written with its capitalised article names the same outlet after a lowercase article")
    func titleWithoutArticle() throws {
        let text = """
            Le ministre a reproché au quotidien Le Vigilant un article sur la réforme. \
            Il a ensuite ironisé sur le Vigilant devant les députés.
            """
        #expect(try entityList(text).filter { $0.contains("Vigilant") } == ["Le Vigilant/ORG", "Vigilant/ORG"])
    }

    @Test("Outlets only the table finds: a number glued to the title, a German or two-word title")
    func tableOutlets() throws {
        let text = """
            Le directeur du port a confié à le360 que les travaux reprendraient en mai. \
            Dans un entretien accordé à Jeune Afrique, le ministre a démenti toute rupture. \
            Le conseiller fédéral a livré sa version des faits à Schweiz am Wochenende dimanche. \
            Dans une lettre parvenue à TelQuel, le président du club conteste la sanction.
            """
        let entities = try entityList(text)
        #expect(entities.contains("le360/ORG"))
        #expect(entities.contains("Jeune Afrique/ORG"))
        #expect(entities.contains("Schweiz am Wochenende/ORG"))
        #expect(entities.contains("TelQuel/ORG"))
    }

    @Test("A surname that a lowercase brand shares stays a person: the table holds no lowercase brand")
    func surnameStaysPerson() throws {
        let entities = try entityList("Le juge Watson a tranché lundi. Selon M. Watson, la loi est claire.")
        #expect(entities.contains("Watson/PER"))
        #expect(!entities.contains("Watson/ORG"))
    }

    @Test("The Swiss agency written in lowercase, as its credits spell it, is an organisation")
    func lowercaseAgency() throws {
        let entities = try entityList("Le directeur du festival, joint par l’ats, a confirmé la date du concert.")
        #expect(entities == ["ats/ORG"])
    }

    @Test("A lowercase number and unit of time are an outlet where a source stands, a length elsewhere")
    func numberedTitles() throws {
        let text = """
            Le conseiller d’État a déclaré à 24 heures qu’il ne se représenterait pas. \
            Contactée par 20 minutes, la commune n’a pas répondu. \
            Il a répondu aux questions de 24 heures et du Temps sur la réforme. \
            Les pompiers sont arrivés après 20 minutes. \
            La grève a duré 24 heures et la Croix-Rouge est restée sur place.
            """
        let entities = try entityList(text)
        #expect(entities.filter { $0 == "24 heures/ORG" }.count == 2)
        #expect(entities.filter { $0 == "20 minutes/ORG" }.count == 1)
    }
}
