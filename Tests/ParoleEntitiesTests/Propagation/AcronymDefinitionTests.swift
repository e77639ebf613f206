import Parole
import Testing

/// Long names defined by an acronym in parentheses.
@Suite("Acronym definitions")
struct AcronymDefinitionTests {
    @Test("The acronym says where a long name begins, across et and de")
    func longNames() throws {
        let text = """
            L'alerte a été donnée par le Service départemental d'incendie et de secours (SDIS). \
            Une écologue du Centre d'études forestières et alpines (CEFA) a témoigné.
            """
        let entities = try entityList(text)
        #expect(
            entities == [
                "Service départemental d'incendie et de secours/ORG", "SDIS/ORG",
                "Centre d'études forestières et alpines/ORG", "CEFA/ORG",
            ])
    }

    @Test("A name that no head begins, and a sentence's first word left out")
    func unknownHeads() throws {
        let text = """
            Selon la Conférence des directeurs cantonaux des forêts (CDCF), la situation est grave. \
            La Société d'habitation du Saguenay (SHS) a réagi.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Conférence des directeurs cantonaux des forêts/ORG"))
        #expect(entities.contains("Société d'habitation du Saguenay/ORG"))
        #expect(entities.contains("SHS/ORG"))
    }

    @Test("The name in parentheses after the acronym")
    func reversed() throws {
        let entities = try entityList("Le rapport de l'OFPE (Office fédéral de la protection des eaux) est attendu.")
        #expect(entities == ["OFPE/ORG", "Office fédéral de la protection des eaux/ORG"])
    }

    @Test("Link words may lend a letter; mixed-case acronyms count")
    func links() throws {
        let text = """
            La Communauté économique des États d'Afrique centrale (CEEAC) se réunit. \
            Il a travaillé avec la Bibliothèque nationale de Belgique (BnB).
            """
        let entities = try entityList(text)
        #expect(entities.contains("Communauté économique des États d'Afrique centrale/ORG"))
        #expect(entities.contains("CEEAC/ORG"))
        #expect(entities.contains("BnB/ORG"))
    }

    @Test("A person's party in parentheses defines no name")
    func personParty() throws {
        let entities = try entityList("Les députés Robert Pandrel (RPR) et Anne Vidal (PS) ont remis leur rapport.")
        #expect(entities.contains("Robert Pandrel/PER"))
        #expect(entities.contains("RPR/ORG"))
    }

    @Test("An acronym read as a word, a joined particle lends no letter")
    func wordAcronyms() throws {
        let text = "L'Union des métiers de la boulangerie (Umeb) proteste, comme Harakat Tahrir al-Sham (HTS)."
        let entities = try entityList(text)
        #expect(entities.contains("Union des métiers de la boulangerie/ORG"))
        #expect(entities.contains("Umeb/ORG"))
        #expect(entities.contains("Harakat Tahrir al-Sham/ORG"))
    }

    @Test("Letters that do not spell the words define nothing")
    func mismatch() throws {
        let entities = try entityList("Le maire a rencontré la Fondation Varenne (CGT) hier.")
        #expect(!entities.contains { $0.hasPrefix("maire") })
        #expect(entities.contains("CGT/ORG"))
    }

    @Test("A purpose's preposition and a comma before another field stay inside a defined name")
    func purposeAndListComma() throws {
        let text = """
            Le rapport de l'Observatoire national contre la Fraude et les Abus (ONFA) est sévère. \
            Une enquête du Service de la jeunesse, de la culture et du sport (SJCS) a été ouverte.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Observatoire national contre la Fraude et les Abus/ORG"))
        #expect(entities.contains("Service de la jeunesse, de la culture et du sport/ORG"))
        #expect(entities.contains("SJCS/ORG"))
    }

    @Test("A name cut before its complement takes it in when the document's acronym spells it")
    func documentAcronym() throws {
        let text = """
            Le président de l'Autorité nationale indépendante pour les médias a démissionné jeudi. \
            Selon l'ANIM, la décision est définitive.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Autorité nationale indépendante pour les médias/ORG"))
        #expect(entities.contains("ANIM/ORG"))
    }

    @Test("An acronym that does not spell the words after a name widens nothing")
    func documentAcronymMismatch() throws {
        let text = """
            La Banque Africaine de Développement pour les infrastructures a débloqué 20 millions. \
            La BAD a confirmé.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Banque Africaine de Développement/ORG"))
        #expect(!entities.contains { $0.contains("infrastructures") })
    }
}

/// Acronyms of common phrases are no names.
@Suite("Acronyms of common phrases")
struct CommonPhraseAcronymTests {
    @Test("An acronym a lowercase common phrase defines is no name anywhere in the article")
    func commonPhrase() throws {
        let text = """
            La direction a présenté un plan de sauvegarde de l'emploi (PSE) aux salariés. \
            Le PSE prévoit quarante départs, selon le délégué du personnel.
            """
        let entities = try entityList(text)
        #expect(!entities.contains { $0.hasPrefix("PSE/") })
    }

    @Test("A role defined by its acronym is no organisation")
    func role() throws {
        let text = "Le juge des enfants et de la famille (JEF) a entendu la mère. Le JEF rendra sa décision."
        #expect(!(try entityList(text)).contains { $0.hasPrefix("JEF/") })
    }

    @Test("A lowercase body defined by its acronym stays an organisation")
    func institution() throws {
        let text = "La gendarmerie maritime nationale (GMN) a secouru trois plaisanciers. La GMN enquête."
        let entities = try entityList(text)
        #expect(entities.contains("GMN/ORG"))
    }

    @Test("A diploma or an act defined by its acronym is a document, either way round")
    func document() throws {
        let entities = try entityList(
            "Les élèves de troisième passeront le Diplôme national de fin de collège (DNFC) le 28 juin. "
                + "Les familles munies d'un Cpa (Certificat de propriété agricole) ont été indemnisées.")
        #expect(
            entities == [
                "Diplôme national de fin de collège/MISC", "DNFC/MISC", "Cpa/MISC",
                "Certificat de propriété agricole/MISC",
            ])
    }
}
