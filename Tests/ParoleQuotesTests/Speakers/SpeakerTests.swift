import Parole
import Testing

/// Speakers: subjects, inverted subjects, names in apposition, describing phrases,
/// organisations, pronouns and their antecedents.
@Suite("Speakers")
struct SpeakerTests {
    @Test("The name in apposition to a role is the speaker")
    func apposition() throws {
        let text =
            "La ministre chargée du logement, Hélène Marchal, a présenté mardi son projet. Elle a assuré que les aides seraient maintenues."
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["Hélène Marchal"])
    }

    @Test("A describing phrase is the speaker when no name is given")
    func describingPhrase() throws {
        let text = "Une source proche du dossier a déclaré à l'AFP qu'une délégation était attendue au Caire."
        #expect(try quotes(text).first?.speaker == "Une source proche du dossier")
        let after =
            "« Le cortège s'est dispersé dans le calme », a précisé le porte-parole de la police, qui a compté 850 manifestants."
        #expect(try quotes(after).first?.speaker == "le porte-parole de la police")
    }

    @Test("An organisation is the speaker")
    func organisation() throws {
        let text = "La Maison Blanche a annoncé vendredi que le président recevrait son homologue la semaine prochaine."
        #expect(try quotes(text).first?.speaker == "Maison Blanche")
    }

    @Test("A document speaks for its author")
    func document() throws {
        let text =
            "Les deux dirigeants ont discuté d'un cessez-le-feu, selon un communiqué de la présidence égyptienne."
        #expect(try quotes(text).first?.speaker == "la présidence égyptienne")
    }

    @Test("Figures or data speak for the body they come from")
    func figuresOfABody() throws {
        let text = "Selon les chiffres de l'établissement, la maternité accueille 900 naissances par an."
        #expect(try quotes(text).first?.speaker == "l'établissement")
    }

    @Test("A past participle after the body's name is not among the speaker's words")
    func participleAfterBody() throws {
        let text = "Selon le rapport de la Cour des comptes publié mercredi, la dette atteindra 118 % du PIB."
        let speaker = try speakerWords(text, startingWith: "la dette")
        #expect(speaker?.words.hasSuffix("publié") == false)
        #expect(speaker?.canonical == "Cour des comptes")
    }

    @Test("The agent of a passive verb is a subject for the pronoun after it")
    func passiveAgent() throws {
        let text = """
            « Le dossier est solide », écrit la juge. La plainte avait été déposée par Sophie Gendron, une voisine. \
            « Nous avons attendu deux ans », a-t-elle raconté.
            """
        #expect(try quote(text, startingWith: "Nous avons")?.speaker == "Sophie Gendron")
    }

    @Test("A pronoun takes the nearest person of its gender, across sentences")
    func pronounGender() throws {
        let text = """
            La présidente du tribunal, Catherine Vasseur, a rendu son jugement. Le prévenu, Franck Morel, est resté silencieux. \
            « Vous avez trahi la confiance des donateurs », a-t-elle lancé.
            """
        #expect(try quote(text, startingWith: "Vous")?.speaker == "Catherine Vasseur")
    }

    @Test("A pronoun prefers the subject over a person named in passing")
    func pronounSubject() throws {
        let text = """
            Au Caire, M. Blinken s'est entretenu avec M. Sissi de la réouverture du point de passage. \
            « Il est essentiel que l'aide circule », a-t-il affirmé.
            """
        #expect(try quote(text, startingWith: "Il est")?.speaker == "Blinken")
    }

    @Test("A pronoun may refer to a role with no name")
    func pronounRole() throws {
        let text =
            "Mardi, la procureure avait requis trois ans de prison. « Ce dossier est celui d'un système », avait-elle martelé."
        #expect(try quote(text, startingWith: "Ce dossier")?.speaker == "la procureure")
    }

    @Test("Plural pronouns take plural subjects")
    func pluralPronoun() throws {
        let text =
            "Les scientifiques prévoient une nouvelle expédition en 2025. Ils estiment que des dizaines d'espèces restent à découvrir."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "des dizaines d'espèces restent à découvrir", "Les scientifiques", "estimer")
            ])
        let selon =
            "Pour leur part, les responsables israéliens restent prudents. Selon eux, ces exigences sont un moyen de gagner du temps."
        #expect(try quotes(selon).first?.speaker == "les responsables israéliens")
    }

    @Test("A pronoun chain leads back to its person")
    func pronounChain() throws {
        let text = """
            Le journaliste Thierry Roland est mort samedi. En 1998, il commentait la finale de la Coupe du monde. \
            « On peut mourir tranquille », avait-il lancé après le match.
            """
        #expect(try quote(text, startingWith: "On peut")?.speaker == "Thierry Roland")
    }

    @Test("A role named with a person gets the person's name")
    func roleLink() throws {
        let text =
            "Le maire, Jean-Luc Perrot, a inauguré la ligne. « C'est une mesure de justice sociale », a déclaré le maire."
        let found = try analyzeQuotes(text)
        let speaker = try #require(found.quotes.first?.speaker)
        #expect(found.text(of: speaker.span) == "le maire")
        #expect(speaker.canonical == "Jean-Luc Perrot")
    }

    @Test("A coordinated speech verb shares the subject of the first verb")
    func coordination() throws {
        let text = "L'organisation a lancé un appel aux dons et estime que 18 000 personnes auront besoin d'aide."
        #expect(try quotes(text).first?.speaker == "L'organisation")
    }

    @Test("on is no speaker")
    func on() throws {
        let text = "On indiquait hier à Bruxelles que le commissaire serait reconduit."
        #expect(try quotes(text).first?.speaker == nil)
    }

    @Test("The subject of a verb that reads only as a finite verb before a colon speaks, without the verb")
    func subjectOfVerbBeforeColon() throws {
        let text = "Le directeur de l'usine explose : « On nous a menti ! »"
        #expect(try quote(text, startingWith: "On nous")?.speaker == "Le directeur de l'usine")
    }

    @Test("A speech verb in the opening subordinate clause does not introduce the main clause's colon")
    func cueInOpeningSubordinate() throws {
        let text = """
            Alors que le maire poursuit son discours, une élue intervient : « Ce budget est insincère. »
            """
        #expect(try quote(text, startingWith: "Ce budget")?.speaker == "une élue")
    }

    @Test("A present participle's place after à belongs to the speaker's words")
    func participleWithPlace() throws {
        let text = "« Les pompiers sont arrivés trop tard », regrette un agriculteur habitant à Carhaix."
        #expect(try speakerWords(text, startingWith: "Les pompiers")?.words == "un agriculteur habitant à Carhaix")
        let told = "« Nous irons jusqu'au bout », a déclaré un manifestant à l'AFP."
        #expect(try speakerWords(told, startingWith: "Nous irons")?.words == "un manifestant")
    }
}
