import Foundation
import ParoleEvaluation
import Testing

typealias Speaker = PredictedDocument.Item.Speaker

/// Hand-made gold and predictions, one matching rule of `score.py gold` each.
@Suite("Gold scoring rules")
struct MatchingRuleTests {
    static let text =
        "M. Dupont a déclaré : « Nous ne céderons pas. » Selon Mme Hélène Martin, la réforme sera votée en mars 2025. "
        + "« Nous ne céderons pas », a répété M. Dupont le 12 mars."

    /// Scores one gold document against one prediction line.
    func report(gold: String, prediction: String) throws -> GoldReport {
        let document = try JSONDecoder().decode(GoldDocument.self, from: Data(gold.utf8))
        let predictions = try PredictedDocument.documents(jsonLines: Data(prediction.utf8))
        return GoldScorer().score(gold: [document], predictions: predictions)
    }

    /// The code-point span of the `occurrence`-th `passage` in the text.
    func span(_ passage: String, occurrence: Int = 0) throws -> (Int, Int) {
        let found = SpanMatching.find(
            passage.unicodeScalars.map(\.value), in: Self.text.unicodeScalars.map(\.value), occurrence: occurrence)
        let span = try #require(found)
        return (span.start, span.end)
    }

    func prediction(quotes: String = "[]", entities: String = "[]", dates: String = "[]") throws -> String {
        let text = String(data: try JSONEncoder().encode(Self.text), encoding: .utf8) ?? ""
        return #"{"id": "a", "text": \#(text), "quotes": \#(quotes), "entities": \#(entities), "dates": \#(dates)}"#
    }

    @Test("A gold passage is located by its occurrence, counted in code points")
    func occurrence() throws {
        let first = try span("Nous ne céderons pas")
        let second = try span("Nous ne céderons pas", occurrence: 1)
        #expect(second.0 > first.0)
        let gold = #"{"id": "a", "quotes": [{"text": "Nous ne céderons pas", "occurrence": 1, "speaker": ["Dupont"]}]}"#
        let quotes = #"[{"start": \#(first.0), "end": \#(first.1), "speaker": {"text": "M. Dupont"}}]"#
        #expect(try report(gold: gold, prediction: prediction(quotes: quotes)).quotes.truePositives == 0)
        let later = #"[{"start": \#(second.0), "end": \#(second.1), "speaker": {"text": "M. Dupont"}}]"#
        #expect(try report(gold: gold, prediction: prediction(quotes: later)).quotes.truePositives == 1)
    }

    @Test("Quotation spans are trimmed of quotation marks and punctuation before matching; strict needs equal spans")
    func trimming() throws {
        let inner = try span("Nous ne céderons pas.")
        let gold = #"{"id": "a", "quotes": [{"text": "« Nous ne céderons pas. »", "speaker": ["Dupont"]}]}"#
        let quotes = #"[{"start": \#(inner.0), "end": \#(inner.1)}]"#
        let result = try report(gold: gold, prediction: prediction(quotes: quotes))
        #expect(result.quotes.truePositives == 1)
        #expect(result.quotesStrict.truePositives == 1)
        let shorter = #"[{"start": \#(inner.0), "end": \#(inner.1 - 5)}]"#
        let partial = try report(gold: gold, prediction: prediction(quotes: shorter))
        #expect(partial.quotes.truePositives == 1)
        #expect(partial.quotesStrict.truePositives == 0)
    }

    @Test("Overlap of exactly one half matches; under one half does not")
    func threshold() {
        let gold = [ScalarSpan(0, 10)]
        #expect(SpanMatching.match(gold: gold, predicted: [ScalarSpan(0, 5)], threshold: 0.5).count == 1)
        #expect(SpanMatching.match(gold: gold, predicted: [ScalarSpan(0, 4)], threshold: 0.5).isEmpty)
        #expect(SpanMatching.match(gold: gold, predicted: [ScalarSpan(5, 15)], threshold: 0.5).isEmpty)
    }

    @Test("Matching is greedy and one to one: the best overlap first, ties to the later gold span")
    func greedy() {
        let gold = [ScalarSpan(0, 10), ScalarSpan(0, 12)]
        let pairs = SpanMatching.match(gold: gold, predicted: [ScalarSpan(0, 11)], threshold: 0.5)
        #expect(pairs.count == 1)
        #expect(pairs.first?.0 == 1)
        let tied = SpanMatching.match(
            gold: [ScalarSpan(0, 10), ScalarSpan(0, 10)], predicted: [ScalarSpan(0, 10)], threshold: 0.5)
        #expect(tied.map(\.0) == [1])
    }

    @Test("Speakers match through titles, accents, apostrophes and case; no speaker on both sides is right")
    func speakers() {
        #expect(
            GoldScorer.speakerMatches(aliases: ["Hélène Martin"], Speaker(text: "Mme HELENE MARTIN", canonical: nil)))
        #expect(GoldScorer.speakerMatches(aliases: ["l’Élysée"], Speaker(text: nil, canonical: "L'Elysee")))
        #expect(!GoldScorer.speakerMatches(aliases: ["Hélène Martin"], Speaker(text: "Martin", canonical: nil)))
        #expect(!GoldScorer.speakerMatches(aliases: ["Hélène Martin"], nil))
        #expect(GoldScorer.speakerMatches(aliases: [], nil))
        #expect(GoldScorer.speakerMatches(aliases: [], Speaker(text: "", canonical: nil)))
        #expect(!GoldScorer.speakerMatches(aliases: [], Speaker(text: "Dupont", canonical: nil)))
        #expect(NameFolding.fold(" M.  Jean-Luc\u{00A0}Mélenchon, ") == "jean-luc melenchon")
        #expect(NameFolding.fold("Me") == "me")
    }

    @Test("Entities count once per span and label; a wrong label or span is both a miss and a false alarm")
    func entities() throws {
        let name = try span("Hélène Martin")
        let gold =
            #"{"id": "a", "entities": [{"text": "Hélène Martin", "label": "PER"}, {"text": "Dupont", "label": "PER"}]}"#
        let entities =
            #"[{"start": \#(name.0), "end": \#(name.1), "label": "PER"}, {"start": \#(name.0), "end": \#(name.1), "label": "PER"}, "#
            + #"{"start": \#(name.0), "end": \#(name.1), "label": "ORG"}]"#
        let result = try report(gold: gold, prediction: prediction(entities: entities))
        #expect(result.entities == GoldScore(truePositives: 1, predicted: 2, gold: 2))
        #expect(result.entitiesByLabel["ORG"] == GoldScore(truePositives: 0, predicted: 1, gold: 0))
        #expect(result.entitiesByLabel["PER"] == GoldScore(truePositives: 1, predicted: 1, gold: 2))
    }

    @Test("A date's value is right when equal, or when the gold month begins it")
    func dates() throws {
        #expect(GoldScorer.valueMatches(gold: "2025-03", predicted: "2025-03-12"))
        #expect(!GoldScorer.valueMatches(gold: "2025-03-12", predicted: "2025-03"))
        #expect(!GoldScorer.valueMatches(gold: "2025", predicted: "2025-03"))
        let march = try span("mars 2025")
        let gold =
            #"{"id": "a", "dates": [{"text": "en mars 2025", "value": "2025-03"}, {"text": "le 12 mars", "value": "2025-03-12"}]}"#
        let dates = #"[{"start": \#(march.0), "end": \#(march.1), "value": "2025-03"}]"#
        let result = try report(gold: gold, prediction: prediction(dates: dates))
        #expect(result.dates == GoldScore(truePositives: 1, predicted: 1, gold: 2))
        #expect(result.datesResolved.truePositives == 1)
        #expect(result.json["dates"]?.text == #"{"p": 100.0, "r": 50.0, "f1": 66.7, "tp": 1, "pred": 1, "gold": 2}"#)
    }

    @Test(
        "A missing document is listed (its passages, not found in an empty text, count nowhere); an absent passage is reported"
    )
    func missingAndProblems() throws {
        let gold = #"{"id": "b", "quotes": [{"text": "Nous ne céderons pas"}]}"#
        let missing = try report(gold: gold, prediction: prediction())
        #expect(missing.missingDocuments == ["b"])
        #expect(missing.quotes.gold == 0)
        let absent = #"{"id": "a", "quotes": [{"text": "L'État n'a rien dit"}]}"#
        let result = try report(gold: absent, prediction: prediction())
        #expect(result.problems == [#"a: gold text not in output text: "L'État n'a rien dit""#])
    }

    @Test("Percentages round half to even on the exact binary value, as Python's round")
    func rounding() {
        #expect(PythonText.round1(12.25) == 12.2)
        #expect(PythonText.round1(12.35) == 12.3)  // 12.35 is stored as 12.3499…
        #expect(PythonText.round1(66.66666666666667) == 66.7)
        #expect(PythonText.round1(0.05) == 0.1)  // 0.05 is stored as 0.05000000000000000277
        #expect(GoldScore(truePositives: 1, predicted: 8, gold: 8).json.text.hasPrefix(#"{"p": 12.5, "r": 12.5"#))
    }
}
