import Parole
import Testing

/// Direct quotes: whole sentences in marks, with their incise, colon or context.
@Suite("Direct quotes")
struct DirectQuoteTests {
    @Test("A quotation followed by an inverted incise")
    func incise() throws {
        let text = "« Les caisses de l'État sont vides », a déclaré jeudi le ministre des Finances, Marc Ferrand."
        #expect(
            try quotes(text) == [
                QuoteSummary(.direct, "Les caisses de l'État sont vides", "Marc Ferrand", "déclarer")
            ])
    }

    @Test("A quotation over several sentences is one quote")
    func severalSentences() throws {
        let text =
            "« La saison a été longue. Nous sommes épuisés. Mais nous reviendrons », confie la skieuse Clara Morel."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .direct, "La saison a été longue. Nous sommes épuisés. Mais nous reviendrons", "Clara Morel",
                    "confier")
            ])
    }

    @Test("A quotation broken by an incise and resumed")
    func resumed() throws {
        let text =
            "« Nous ne céderons pas », a-t-il lancé, « ni aujourd'hui ni demain ». Le député Paul Girard quitte l'hémicycle."
        let found = try quotes("Le député Paul Girard a pris la parole. " + text)
        #expect(found.map(\.text) == ["Nous ne céderons pas", "ni aujourd'hui ni demain"])
        #expect(found.allSatisfy { $0.kind == .direct && $0.speaker == "Paul Girard" && $0.cue == "lancer" })
    }

    @Test("An incise inside the marks splits the quote")
    func inciseInside() throws {
        let text =
            "Le procureur Julien Marchand a pris la parole. « Ce dossier, a-t-il souligné, est d'une gravité exceptionnelle. »"
        let found = try quotes(text)
        #expect(found.map(\.text) == ["Ce dossier", "est d'une gravité exceptionnelle."])
        #expect(found.allSatisfy { $0.speaker == "Julien Marchand" && $0.cue == "souligner" })
    }

    @Test("An incise that goes on to the end of its sentence inside the marks splits the quote")
    func inciseToSentenceEnd() throws {
        let adverb =
            "« Je ne quitterai pas la ville pour un poste à Paris, prévient-il toutefois. "
            + "Je veux finir mon mandat. »"
        var found = try quotes("Le maire Luc Arnaud a réagi lundi. " + adverb)
        #expect(
            found.map(\.text) == ["Je ne quitterai pas la ville pour un poste à Paris", "Je veux finir mon mandat."]
        )
        let relative =
            "« Pour nous, cette fermeture est une perte énorme, explique Paul Martin qui préside l'association. "
            + "Les enfants viennent nager ici chaque été. »"
        found = try quotes(relative)
        #expect(
            found.map(\.text) == [
                "Pour nous, cette fermeture est une perte énorme", "Les enfants viennent nager ici chaque été.",
            ])
        #expect(found.allSatisfy { $0.speaker == "Paul Martin" && $0.cue == "expliquer" })
        let apposition =
            "« Le budget n'a jamais été présenté, déplore Sophie Lenoir, la cheffe de groupe de l'opposition. "
            + "Nous voterons contre. »"
        found = try quotes(apposition)
        #expect(found.map(\.text) == ["Le budget n'a jamais été présenté", "Nous voterons contre."])
    }

    @Test("A clause after the incise's comma stays in the quote")
    func clauseAfterIncise() throws {
        let text = "« Nous partirons, dit-il, le gouvernement doit entendre la rue. »"
        let found = try quotes("Le syndicaliste Marc Roy a pris la parole. " + text)
        #expect(found.map(\.text) == ["Nous partirons", "le gouvernement doit entendre la rue."])
    }

    @Test("A quotation introduced by a verb and a colon")
    func colon() throws {
        let text = "Le directeur de l'hôpital, Pierre Lenoir, a déclaré : « Aucun patient n'a été mis en danger. »"
        #expect(
            try quotes(text) == [
                QuoteSummary(.direct, "Aucun patient n'a été mis en danger.", "Pierre Lenoir", "déclarer")
            ])
    }

    @Test("A colon after a name alone gives the speaker and no cue")
    func colonWithoutVerb() throws {
        let text = "Réaction du sélectionneur, Didier Laporte : « Nous avons manqué de réalisme. »"
        #expect(try quotes(text) == [QuoteSummary(.direct, "Nous avons manqué de réalisme.", "Didier Laporte", nil)])
    }

    @Test("The object of a verb before the colon is whom the words are for; the subject speaks")
    func objectBeforeColon() throws {
        let text =
            "On se rassemble à l'entrée. Son conservateur Paul Roy accueille les amis du musée : "
            + "« Votre présence nous démontre que nous avons raison. »"
        #expect(try quote(text, startingWith: "Votre présence")?.speaker == "Paul Roy")
    }

    @Test("One person a medium reaches before a colon is who speaks")
    func personObjectBeforeColon() throws {
        let text =
            "La tempête a frappé la côte dans la nuit. La radio locale contacte le maire de Brest : "
            + "« Les dégâts sont considérables sur le port. »"
        #expect(try quote(text, startingWith: "Les dégâts")?.speaker == "le maire de Brest")
    }

    @Test("A reported clause given whole in marks is a direct quote")
    func queAndMarks() throws {
        let text =
            "Les syndicats indiquent que « la grève sera reconduite tant que la direction refusera de négocier »."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .direct, "la grève sera reconduite tant que la direction refusera de négocier", "Les syndicats",
                    "indiquer")
            ])
    }

    @Test("A quotation with no attribution takes the speaker of the quotation before")
    func continuation() throws {
        let text =
            "« Les ventes ont progressé », a déclaré la directrice générale, Sophie Marchal. « Nous avons gagné des parts de marché. »"
        let found = try quotes(text)
        #expect(found.count == 2)
        #expect(found.last == QuoteSummary(.direct, "Nous avons gagné des parts de marché.", "Sophie Marchal", nil))
    }

    @Test("A quotation with no attribution after a sentence about the speaker")
    func subjectBefore() throws {
        let text =
            "Le maire Jean Perrin voulait croire à un accord. « Nous y travaillerons sans relâche jusqu'à la fin du mois »."
        #expect(try quote(text, startingWith: "Nous")?.speaker == "Jean Perrin")
    }

    @Test("A quotation resumed after an incise that ends with an apposition")
    func resumedAfterApposition() throws {
        let text =
            "« Il faut agir vite », estime Marie Dupuis, directrice de l'ONG, « sinon la situation deviendra incontrôlable »."
        let found = try quotes(text)
        #expect(found.map(\.kind) == [.direct, .direct])
        #expect(found.allSatisfy { $0.speaker == "Marie Dupuis" })
    }

    @Test("A quotation after comme l'a dit X")
    func comparison() throws {
        let text = "Comme l'a rappelé le premier ministre, « aucune option n'est exclue »."
        #expect(
            try quotes(text) == [QuoteSummary(.direct, "aucune option n'est exclue", "le premier ministre", "rappeler")]
        )
    }

    @Test("Multi-word speech verbs")
    func multiWord() throws {
        let text =
            "« On recule de dix ans », a laissé tomber le porte-parole de l'association. Le syndicat a fait savoir qu'il porterait plainte."
        let found = try quotes(text)
        #expect(found.map(\.cue) == ["laisser tomber", "faire savoir"])
    }

    @Test("Incise verbs outside the lexicon, by their shape")
    func shapedIncise() throws {
        let text =
            "« C'est une honte », a tonné la présidente du syndicat, Anne Collet. « Rien ne va », soupire un agent."
        let found = try quotes(text)
        #expect(found.first == QuoteSummary(.direct, "C'est une honte", "Anne Collet", "tonner"))
        #expect(found.last == QuoteSummary(.direct, "Rien ne va", "un agent", "soupirer"))
    }

    @Test("A word the lexicon also reads as a pronoun or an adverb is no incise verb inside the marks")
    func closedClassIsNoIncise() throws {
        let text = """
            « Nous avons gardé deux usines, dont, bien sûr, celle du Limousin », a expliqué Marc Delorme. \
            « La saison a été longue, surtout pour les joueurs du FC Sochaux », a reconnu Julie Perrin.
            """
        let found = try quotes(text)
        #expect(
            found.map(\.text) == [
                "Nous avons gardé deux usines, dont, bien sûr, celle du Limousin",
                "La saison a été longue, surtout pour les joueurs du FC Sochaux",
            ])
        #expect(found.map(\.speaker) == ["Marc Delorme", "Julie Perrin"])
    }

    @Test("A verb form the lexicon lacks keeps its incise shape after the marks")
    func unknownFormIsIncise() throws {
        let found = try quotes("« Nous ne lâcherons rien sur les retraites », twitte le député Marc Blin.")
        #expect(found.map(\.speaker) == ["Marc Blin"])
    }

    @Test("A verb of feeling with no object before a colon: its subject is the topic")
    func feelingVerbTopic() throws {
        let text = """
            « Le festival a été une réussite. Nous avons refusé du monde », raconte la directrice Sophie \
            Marchal. Le pianiste cubain a aussi séduit : « Son jeu m'a donné des frissons. »
            """
        #expect(try quote(text, startingWith: "Son jeu")?.speaker == "Sophie Marchal")
    }

    @Test("A passive before a colon: the agent speaks, else the speaker of the sentence before")
    func passiveTopic() throws {
        let agent = """
            Un premier habitant a pris la parole devant la mairie. Il sera relayé par un autre : « Nous \
            attendons des réponses depuis des mois. »
            """
        #expect(try quote(agent, startingWith: "Nous attendons")?.speaker == "un autre")
        let noAgent = """
            Mardi soir, le président du syndicat, Marc Leroy, s'en est pris au gouvernement. Le ministère \
            est particulièrement visé, et les mots sont durs : « mépris », « arrogance ».
            """
        #expect(try quote(noAgent, startingWith: "mépris")?.speaker == "Marc Leroy")
        // The participle of a verb of feeling tells the speaker's state.
        let state = """
            Le maire a présenté le bilan de l'année. L'entraîneur Paul Girard est déçu : « Nous n'avons \
            pas su tenir le score. »
            """
        #expect(try quote(state, startingWith: "Nous n'avons")?.speaker == "Paul Girard")
    }

    @Test("The complement of a preposition before a colon is the addressee or the topic; the subject speaks")
    func prepositionalComplementBeforeColon() throws {
        let addressee = """
            La directrice de l'école, Hélène Marchetti, a pris la parole en fin de soirée. Elle s'est tournée \
            vers les parents d'élèves : « Nous rouvrirons les classes dès lundi. »
            """
        #expect(try quote(addressee, startingWith: "Nous rouvrirons")?.speaker == "Hélène Marchetti")
        let topic = """
            Le syndicaliste Bernard Loiseau s'en prend violemment aux actionnaires du groupe : « Ils ont vidé \
            les caisses avant de partir. »
            """
        #expect(try quote(topic, startingWith: "Ils ont vidé")?.speaker == "Bernard Loiseau")
        // (The agent of a passive still speaks.)
        let agent = "Le débat a été ouvert par le recteur Alain Poirier : « Cette université doit changer. »"
        #expect(try quote(agent, startingWith: "Cette université")?.speaker == "Alain Poirier")
    }

    @Test("A noun of speech before a colon gives its complement the words")
    func speechNounBeforeColon() throws {
        let text = "Le constat de la Cour des comptes est sévère : « La dépense publique n'est plus maîtrisée. »"
        let speaker = try speakerWords(text, startingWith: "La dépense")
        #expect(speaker?.canonical == "Cour des comptes")
    }
}
