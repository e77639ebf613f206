import Parole
import Testing

/// The speaker ranker's features from the `morphology` stage, from the whole article, from
/// the cue's frame and from pronoun agreement, on real-news-like sentences; and the
/// model's override margin.
@Suite("Speaker ranker evidence")
struct SpeakerRankerEvidenceTests {
    @Test("A name holds a proper noun; a role's first noun is a common noun")
    func headPartsOfSpeech() throws {
        let text = """
            Le préfet du Rhône, Jacques Morin, a visité jeudi la caserne de Vénissieux. \
            Le préfet a affirmé que les renforts arriveraient avant la fin du mois.
            """
        let candidates = try speakerCandidates(text, quoteStartingWith: "les renforts")
        let name = try #require(candidates.first { $0.words == "Jacques Morin" })
        #expect(name["head_propn"] == 1 && name["head_noun"] == 0 && name["phrase_verb"] == 0)
        let role = try #require(candidates.first { $0.words == "Le préfet" })
        #expect(role["head_noun"] == 1)
    }

    @Test("A clause caught as a speaker holds a verb")
    func phraseWithVerb() throws {
        let text = """
            Des habitants séduits par le projet ont signé la pétition lundi. \
            « Nous voulons ce parc », ont-ils expliqué.
            """
        let candidates = try speakerCandidates(text, quoteStartingWith: "Nous voulons")
        let pronoun = try #require(candidates.first { $0["pronoun"] == 1 && $0.isRuleChoice })
        #expect(pronoun["cue_not_verb"] == 0)  // `ont-ils expliqué` holds verbs
        let name = try #require(candidates.first { ($0.words ?? "").hasPrefix("Des habitants") && $0["pronoun"] == 0 })
        #expect(name["phrase_verb"] == 1)
    }

    @Test("Document evidence: other quotes spoken, speech verbs elsewhere, a name in the opening")
    func documentEvidence() throws {
        let text = """
            Le maire de Lyon, Pierre Garnier, présente son budget.
            Pierre Garnier a déclaré lundi que les impôts locaux ne augmenteraient pas. \
            Il a ajouté que la piscine municipale rouvrirait en juin. \
            Selon Anne Lemoine, l'opposition votera contre.
            """
        let candidates = try speakerCandidates(text, quoteStartingWith: "la piscine")
        let mayor = try #require(candidates.first { $0.canonical == "Pierre Garnier" && $0["pronoun"] == 0 })
        #expect(mayor["quotes_spoken"] > 0 && mayor["speech_subject_elsewhere"] == 1 && mayor["named_in_opening"] == 1)
        let other = try #require(candidates.first { $0.canonical == "Anne Lemoine" })
        #expect(other["named_in_opening"] == 0 && other["speech_subject_elsewhere"] == 0)
        #expect(other["quotes_spoken"] > 0)  // the rules give her the `selon` quote
    }

    @Test("A group with a speech verb, and a group as a source")
    func groupAgainstCueFrame() throws {
        let text = "L'Organisation mondiale de la santé a estimé jeudi que la vaccination restait prioritaire."
        let candidates = try speakerCandidates(text, quoteStartingWith: "la vaccination")
        let group = try #require(candidates.first { ($0.canonical ?? "").contains("Organisation mondiale") })
        #expect(group["group_speech_verb"] == 1 && group["group_source"] == 0)
        let source = "Selon la Banque de France, la croissance ralentira au deuxième trimestre."
        let sources = try speakerCandidates(source, quoteStartingWith: "la croissance")
        let bank = try #require(sources.first { ($0.canonical ?? "").contains("Banque de France") })
        #expect(bank["group_source"] == 1 && bank["group_speech_verb"] == 0)
    }

    @Test("A pronoun agrees with its antecedent's gender and number, or clashes")
    func pronounAgreement() throws {
        let text = """
            La directrice de l'école, Sophie Marchal, a reçu les parents mardi soir. \
            « Nous fermerons deux classes », a-t-elle annoncé.
            """
        let candidates = try speakerCandidates(text, quoteStartingWith: "Nous fermerons")
        let pronoun = try #require(candidates.first { $0["pronoun"] == 1 && $0.canonical == "Sophie Marchal" })
        #expect(pronoun["pronoun_agrees"] == 1 && pronoun["pronoun_clashes"] == 0 && pronoun["pronoun_group"] == 0)
        // `ils` taken for a man named in the singular clashes in number.
        let plural = """
            Les propos du président Durand, selon le gouvernement malien, sont ambigus, au point qu'ils ont conduit \
            à la convocation de l'ambassadeur de France. \
            Le porte-parole du gouvernement a déclaré que Paris devait clarifier sa position.
            """
        let others = try speakerCandidates(plural, quoteStartingWith: "Paris devait")
        let clash = try #require(others.first { $0["pronoun"] == 1 && $0.canonical == "Durand" })
        #expect(clash["pronoun_clashes"] == 1 && clash["pronoun_agrees"] == 0)
    }

    @Test("A pronoun standing for a country is a pronoun to a group")
    func pronounToGroup() throws {
        let text = """
            Le Sénégal a accueilli mardi le sommet de la Cédéao à Dakar. \
            Il a affirmé que la sécurité régionale restait sa priorité.
            """
        let candidates = try speakerCandidates(text, quoteStartingWith: "la sécurité")
        let pronoun = try #require(candidates.first { $0["pronoun"] == 1 && $0.canonical == "Sénégal" })
        #expect(pronoun["pronoun_group"] == 1)
    }

    @Test("The margin line is read, and another speaker must beat the rules' by it")
    func overrideMargin() throws {
        let text = """
            Le ministre de l'Agriculture, Marc Fesneau, a rencontré les éleveurs. \
            Le syndicaliste Jean Roux a déclaré que les aides arrivaient trop tard.
            """
        var document = Document(id: "test", text: text)
        try StageRegistry.standard.pipeline(parsing: "tokenize,sentences,entities").run(&document)
        #expect(try QuoteStage().quotes(in: document).first?.speaker?.canonical == "Jean Roux")
        // A model that prefers a candidate one sentence before the quote, by 1.
        func model(margin: Float) -> String {
            SpeakerChoice.featureNames.map { "\($0) \($0 == "sentence_before_1" ? 1 : 0)" }.joined(separator: "\n")
                + "\noverride_margin \(margin)"
        }
        let low = try QuoteStage(speakerRanker: try SpeakerRanker(contents: model(margin: 0.5)))
        #expect(low.quotes(in: document).first?.speaker?.canonical == "Marc Fesneau")
        let high = try QuoteStage(speakerRanker: try SpeakerRanker(contents: model(margin: 2)))
        #expect(high.quotes(in: document).first?.speaker?.canonical == "Jean Roux")
        #expect(throws: (any Error).self) { try SpeakerRanker(contents: model(margin: 1) + "\noverride_margin 1") }
    }
}
