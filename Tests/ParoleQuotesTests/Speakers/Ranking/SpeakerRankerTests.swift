import Parole
import Testing

/// A candidate speaker as the tests read it: the words naming it, its canonical name,
/// whether the rules chose it, and its features by name.
struct CandidateSummary {
    var words: String?
    var canonical: String?
    var isRuleChoice: Bool
    var features: [String: Float]

    /// The value of the feature named `name`.
    subscript(name: String) -> Float { features[name] ?? .nan }
}

/// The candidate speakers of the quote of `text` whose words start with `prefix`.
func speakerCandidates(_ text: String, quoteStartingWith prefix: String) throws -> [CandidateSummary] {
    let document = try analyzeQuotes(text)
    let stage = try QuoteStage()
    let lists = stage.speakerCandidates(in: document)
    try #require(lists.count == document.quotes.count)
    let index = try #require(document.quotes.firstIndex { document.text(of: $0.span).hasPrefix(prefix) })
    let names = SpeakerChoice.featureNames
    return lists[index].map { choice in
        CandidateSummary(
            words: choice.speaker.map { document.text(of: $0.span) }, canonical: choice.speaker?.canonical,
            isRuleChoice: choice.isRuleChoice,
            features: Dictionary(uniqueKeysWithValues: zip(names, choice.features)))
    }
}

/// The features of the speaker ranker (`SpeakerFeatures.swift`) on real-news-like sentences,
/// and the model file's loading.
@Suite("Speaker ranker")
struct SpeakerRankerTests {
    @Test("A pronoun after a named speaker is a candidate naming that speaker")
    func pronounAfterNamedSpeaker() throws {
        let text = """
            La ministre de la Santé, Claire Dubois, a visité mardi l'hôpital de Nevers. \
            « Nous allons recruter deux cents infirmières », a-t-elle déclaré.
            """
        let candidates = try speakerCandidates(text, quoteStartingWith: "Nous allons")
        let pronoun = try #require(candidates.first { $0["pronoun"] == 1 })
        #expect(pronoun.words?.hasSuffix("elle") == true)
        #expect(pronoun.canonical == "Claire Dubois")
        #expect(pronoun["pronoun"] == 1 && pronoun["after"] == 1 && pronoun["rule"] == 1)
        let name = try #require(candidates.first { $0.words == "Claire Dubois" && !$0.isRuleChoice })
        #expect(name["before"] == 1 && name["sentence_before_1"] == 1 && name["named"] == 1 && name["person"] == 1)
        #expect(name["rule"] == 1)  // the same person as the rules' choice
        #expect(candidates.last?.words == nil && candidates.last?["none"] == 1)
    }

    @Test("The source of `selon X` is marked as following a source preposition")
    func selonSource() throws {
        let text = "Selon Marc Lenoir, trois personnes ont été interpellées dans la nuit à Rennes."
        let candidates = try speakerCandidates(text, quoteStartingWith: "trois personnes")
        let source = try #require(candidates.first { $0.canonical == "Marc Lenoir" && !$0.isRuleChoice })
        #expect(source["source_preposition"] == 1 && source["before"] == 1 && source["same_sentence"] == 1)
        #expect(candidates.allSatisfy { $0["cue_source"] == 1 || $0["none"] == 1 })
    }

    @Test("In a run of two quotes attributed after the second, the speaker follows the first quote")
    func runAttributedAfterSecondQuote() throws {
        let text = """
            « Nous ne céderons pas. » « Les salariés méritent mieux que cette offre », a martelé Paul Martin, \
            délégué syndical de l'usine.
            """
        let first = try speakerCandidates(text, quoteStartingWith: "Nous ne")
        let speaker = try #require(first.first { $0.canonical == "Paul Martin" && !$0.isRuleChoice })
        #expect(speaker["after"] == 1 && speaker["direct_after"] == 1 && speaker["incise"] == 0)
        let second = try speakerCandidates(text, quoteStartingWith: "Les salariés")
        let incise = try #require(second.first { $0.canonical == "Paul Martin" && !$0.isRuleChoice })
        #expect(incise["after"] == 1 && incise["cue_subject_after"] == 1)
    }

    @Test("An organisation subject of the speech verb is an organisation candidate")
    func organisationSpeaker() throws {
        let text = """
            L'Organisation mondiale de la santé a indiqué jeudi que l'épidémie ralentissait en Europe.
            """
        let candidates = try speakerCandidates(text, quoteStartingWith: "l'épidémie")
        let organisation = try #require(candidates.first { ($0.canonical ?? "").contains("Organisation mondiale") })
        #expect(organisation["organisation"] == 1 && organisation["person"] == 0 && organisation["before"] == 1)
        #expect(organisation["indirect_before"] == 1 && organisation["cue_subject_before"] == 1)
    }

    @Test("A person named after a preposition is a complement; the subject is not")
    func complementCandidate() throws {
        let text = """
            Le maire de Chambéry, Paul Girod, a écrit lundi à Anne Morel, la préfète de Savoie. \
            Il a assuré que la route du col serait rouverte avant l'été.
            """
        let candidates = try speakerCandidates(text, quoteStartingWith: "la route")
        let prefect = try #require(candidates.first { $0.canonical == "Anne Morel" && !$0.isRuleChoice })
        #expect(prefect["complement"] == 1 && prefect["place"] == 0)
        let mayor = try #require(candidates.first { $0.canonical == "Paul Girod" && $0["pronoun"] == 0 })
        #expect(mayor["complement"] == 0)
    }

    @Test("A capital standing for its government is a place candidate")
    func placeCandidate() throws {
        let text = "Paris a annoncé mardi que les contrôles aux frontières seraient renforcés."
        let candidates = try speakerCandidates(text, quoteStartingWith: "les contrôles")
        let capital = try #require(candidates.first { $0.words == "Paris" })
        #expect(capital["place"] == 1 && capital["complement"] == 0)
    }

    @Test("A malformed model file is refused with the line and the reason")
    func malformedModel() throws {
        let complete = SpeakerChoice.featureNames.map { "\($0) 0.5" }.joined(separator: "\n")
        #expect(throws: Never.self) { try SpeakerRanker(contents: "# header\n" + complete) }
        func reason(_ contents: String) -> String {
            do {
                _ = try SpeakerRanker(contents: contents, file: "models/speaker-ranker.txt")
                return "accepted"
            } catch {
                return "\(error)"
            }
        }
        #expect(reason("# header\nnone one\n").contains("expected `feature weight`"))
        #expect(reason(complete + "\nshoe_size 1.0").contains("unknown feature `shoe_size`"))
        #expect(reason(complete + "\nnone 1.0").contains("given twice"))
        #expect(reason("none 1.0").contains("no weight for feature"))
        #expect(reason("none 1.0").contains("models/speaker-ranker.txt"))
    }

    @Test("The shipped model loads")
    func shippedModel() throws {
        _ = try SpeakerRanker.shipped()
    }

    @Test("The ranker's choice replaces the rules' speaker")
    func rankerChoiceIsUsed() throws {
        let text = "« Nous allons recruter », a déclaré la ministre de la Santé, Claire Dubois, mardi à Nevers."
        var document = Document(id: "test", text: text)
        try StageRegistry.standard.pipeline(parsing: "tokenize,sentences,entities").run(&document)
        #expect(try QuoteStage().quotes(in: document).first?.speaker?.canonical == "Claire Dubois")
        // A model that always prefers "no speaker".
        let silent = SpeakerChoice.featureNames.map { "\($0) \($0 == "none" ? 5 : 0)" }.joined(separator: "\n")
        let stage = try QuoteStage(speakerRanker: try SpeakerRanker(contents: silent))
        #expect(stage.quotes(in: document).first.map { $0.speaker == nil } == true)
    }
}
