import Parole
import Testing

/// Which words name a speaker: organisations and their describing phrases, roles
/// shown as a named speaker's words, unnamed speakers with their relative clause,
/// coordinated subjects, names cut at a particle, compound nouns.
@Suite("Speaker phrases")
struct SpeakerPhraseTests {
    @Test("An organisation's words are its whole describing phrase; its canonical name is the entity's")
    func organisationPhrase() throws {
        let text = "Le ministère de l'Intérieur italien a annoncé que les contrôles seraient renforcés."
        let found = try #require(try speakerWords(text, startingWith: "les contrôles"))
        #expect(found.words == "Le ministère de l'Intérieur italien")
        #expect(found.canonical == "ministère de l'Intérieur")
    }

    @Test("A document's author after du is named without the article du holds")
    func authorAfterDu() throws {
        let text = "La rencontre a été « constructive », selon un communiqué du gouvernement burkinabè."
        let found = try #require(try speakerWords(text, startingWith: "constructive"))
        #expect(found.words == "gouvernement burkinabè")
    }

    @Test("A subject with an adjective before its noun keeps its determiner: la même source")
    func prenominalSubject() throws {
        let text = """
            Le trafic reste perturbé, constate le correspondant de la radio. La même source précise que \
            « les trains régionaux ne circulent pas ».
            """
        let found = try #require(try speakerWords(text, startingWith: "les trains"))
        #expect(found.words == "La même source")
    }

    @Test("An unnamed speaker's words keep the relative clause that tells which one")
    func restrictiveRelative() throws {
        let text =
            "« Ce n'est pas une preuve », a nuancé un sociologue de l'Université de Genève qui n'a pas participé à l'étude."
        let found = try #require(try speakerWords(text, startingWith: "Ce n'est"))
        #expect(found.words == "un sociologue de l'Université de Genève qui n'a pas participé à l'étude")
        #expect(found.canonical == "un sociologue de l'Université de Genève")
    }

    @Test("A named speaker shows its role as its words")
    func roleAsWords() throws {
        let text =
            "Dans une tribune, l'universitaire néerlandais Pieter Jansen estime que l'exposition « surinterprète » les lettres."
        let found = try #require(try speakerWords(text, startingWith: "l'exposition"))
        #expect(found.words == "l'universitaire néerlandais")
        #expect(found.canonical == "Pieter Jansen")
    }

    @Test("An organisation named after its noun keeps the whole phrase as its words")
    func apposedOrganisation() throws {
        let found = try #require(
            try speakerWords("Le syndicat IG Metall a dénoncé un « coup de massue ».", startingWith: "coup"))
        #expect(found.words == "Le syndicat IG Metall")
        #expect(found.canonical == "IG Metall")
    }

    @Test("Two phrases joined by et before a plural verb are one speaker")
    func coordinatedSubject() throws {
        let text =
            "Le président français et le chancelier allemand ont affirmé mercredi que l'Europe devait « prendre sa sécurité en main »."
        #expect(try quote(text, startingWith: "l'Europe")?.speaker == "Le président français et le chancelier allemand")
    }

    @Test("A one-word name followed by a particle and a surname is named whole")
    func nameWithParticle() throws {
        let text = """
            Le président du CNES, Bertrand du Mesnil-Aubry, a qualifié le lancement de « moment historique ». \
            « Nous saurons enfin mesurer la montée des eaux », a-t-il expliqué.
            """
        #expect(try quote(text, startingWith: "moment")?.speaker == "Bertrand du Mesnil-Aubry")
        #expect(try quote(text, startingWith: "Nous saurons")?.speaker == "Bertrand du Mesnil-Aubry")
    }

    @Test("A compound noun is a speaker noun when its last part is one")
    func compoundNoun() throws {
        let text = """
            La ministre, Nathalie Aubrac, a pris la parole. L'arrière-petite-fille du collectionneur, venue de New York, \
            n'a pas caché son émotion. « Aujourd'hui, c'est un peu de lui qui revient », a-t-elle confié.
            """
        #expect(try quote(text, startingWith: "Aujourd'hui")?.speaker == "L'arrière-petite-fille du collectionneur")
    }

    @Test("A word before an article ends a subject phrase: it is the verb")
    func verbBeforeObject() throws {
        let text = """
            « C'est la pire année », constate Annick Morvan, biologiste. La chercheuse pointe la responsabilité des nitrates. \
            D'après elle, les pluies ont accéléré la prolifération.
            """
        #expect(try quote(text, startingWith: "les pluies")?.speaker == "La chercheuse")
    }

    @Test("The head of a complex subject speaks, not its apposition, bracket aside or complement")
    func headOfComplexSubject() throws {
        let bracket = """
            C’est donc la conseillère Julie Fortin (l’autre élue du parti) qui a présidé la séance lundi soir.
            « Nous ne bloquerons rien par principe », a-t-elle promis.
            """
        #expect(try quote(bracket, startingWith: "Nous ne bloquerons")?.speaker == "Julie Fortin")
        let apposition =
            "Joint au téléphone, Paul Sidibé, également conseiller municipal et membre du bureau du parti estime que "
            + "cette arrestation est politique."
        #expect(try quote(apposition, startingWith: "cette arrestation")?.speaker == "Paul Sidibé")
        let complement =
            "Son principal allié, le Rassemblement des démocrates (RDD) du Premier ministre Karim Benali estime que "
            + "la crise est finie."
        #expect(try quote(complement, startingWith: "la crise")?.speaker == "Rassemblement des démocrates")
    }

    @Test("A subject whose name ends in a number still names the speaker")
    func nameEndingInNumber() throws {
        let text = "Le directeur de France 2 a déclaré que la grille serait revue à la rentrée."
        #expect(try speakerWords(text, startingWith: "la grille")?.words == "Le directeur de France 2")
        let party = "Le chef de Québec 21 a affirmé que son parti présenterait un candidat partout."
        #expect(try speakerWords(party, startingWith: "son parti")?.words == "Le chef de Québec 21")
    }

    @Test("A surname that opens with a capitalised particle is a speaker after an incise verb and after selon")
    func capitalisedParticleSurname() throws {
        let incise = """
            Alexander De Croo et Paul Magnette se retrouvent ce soir sur le plateau. \
            « On est toujours très proches », assurait De Croo en février 2022.
            """
        let croo = try speakerWords(incise, startingWith: "On est toujours")
        #expect(croo?.words == "De Croo")
        #expect(croo?.canonical == "Alexander De Croo")
        let selon = """
            Bart De Wever et Elio Di Rupo se sont rencontrés lundi à Bruxelles. \
            Selon De Wever, « la Flandre ne paiera plus ».
            """
        #expect(try speakerWords(selon, startingWith: "la Flandre")?.words == "De Wever")
    }

    @Test("A speaker's surname that opens the sentence with its particle keeps it")
    func particleHeadSpeaker() throws {
        let text = """
            La sénatrice Mathilde Le Bihan a voté contre le texte.

            Le Bihan a affirmé que la réforme menaçait les petites communes.
            """
        let speaker = try speakerWords(text, startingWith: "la réforme")
        #expect(speaker?.words == "Le Bihan")
        #expect(speaker?.canonical == "Mathilde Le Bihan")
    }
}
