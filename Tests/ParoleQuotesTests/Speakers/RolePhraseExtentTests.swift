import Parole
import Testing

/// A speaker named by a phrase with no name is the whole phrase: its role's acronym in
/// brackets, the complements listed after it with commas, the domain a subject's noun
/// takes with `à`; a past participle after a person's noun that tells how the reporter
/// reached the speaker, or in what state, is not part of the speaker's words.
@Suite("The extent of a speaker's phrase with no name")
struct RolePhraseExtentTests {
    @Test("A role keeps the acronym in brackets of the body it serves")
    func acronymKept() throws {
        let text = """
            L'entrepôt a brûlé toute la nuit, selon le chef de groupe du service départemental d'incendie (SDIS), \
            qui parle « d'un feu très difficile à atteindre ».
            """
        #expect(
            try speakerWords(text, startingWith: "d'un feu")?.words
                == "le chef de groupe du service départemental d'incendie (SDIS)")
    }

    @Test("An organisation's acronym is still another name")
    func organisationAcronymCut() throws {
        let text = """
            Les camps sont pleins, selon le Haut-Commissariat des Nations unies pour les réfugiés (HCR), \
            qui évoque « une situation intenable ».
            """
        let words = try speakerWords(text, startingWith: "une situation")?.words
        #expect(words?.contains("(HCR)") == false)
    }

    @Test("A role takes the complements listed after it when et closes the list")
    func listedComplements() throws {
        let text = """
            « Les quotas seront revus dès l'automne », a annoncé la ministre de l'Agriculture, de la Pêche \
            et des Éleveurs travaillant dans les fermes.
            """
        #expect(
            try speakerWords(text, startingWith: "Les quotas")?.words
                == "la ministre de l'Agriculture, de la Pêche et des Éleveurs travaillant dans les fermes")
        let unlisted = """
            « Les quotas seront revus dès l'automne », a annoncé la ministre de l'Agriculture, de passage à Rennes.
            """
        #expect(try speakerWords(unlisted, startingWith: "Les quotas")?.words == "la ministre de l'Agriculture")
    }

    @Test("A sentence's opening subject takes its complement with à before the verb")
    func domainComplement() throws {
        let text = """
            Les manifestants à l'origine du blocage brandissaient des pancartes où l'on pouvait lire : \
            « Pas de retraite à 64 ans ».
            """
        #expect(
            try speakerWords(text, startingWith: "Pas de retraite")?.words
                == "Les manifestants à l'origine du blocage")
    }

    @Test("An opening subject takes its complement with au up to its apposition")
    func domainComplementBeforeApposition() throws {
        let text = """
            Les riverains au bord du canal de Nantes, soit une trentaine de familles, ont quitté la réunion \
            avant la fin. « Nous ne reviendrons plus », ont-ils prévenu.
            """
        let speaker = try speakerWords(text, startingWith: "Nous ne reviendrons")
        #expect(speaker?.canonical == "Les riverains au bord du canal de Nantes")
    }

    @Test("An agent participle and a definite phrase's participle are cut")
    func participleCut() throws {
        let agent = """
            « Le tunnel restera fermé jusqu'à lundi », a indiqué un porte-parole de la préfecture joint par téléphone.
            """
        #expect(try speakerWords(agent, startingWith: "Le tunnel")?.words == "un porte-parole de la préfecture")
        let definite = """
            « Tout a brûlé en dix minutes », a confié la gérante du restaurant interrogée sur place.
            """
        #expect(try speakerWords(definite, startingWith: "Tout a brûlé")?.words == "la gérante du restaurant")
    }

    @Test("An indefinite phrase keeps the participle that tells which one")
    func indefiniteParticipleKept() throws {
        let text = """
            « On veut des bus le dimanche », a lancé un usager rencontré devant la gare.
            """
        #expect(try speakerWords(text, startingWith: "On veut")?.words == "un usager rencontré devant la gare")
    }
}
