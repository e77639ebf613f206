import Foundation

/// Scores predictions against gold annotations with exactly the definitions of
/// `score.py gold`:
///
/// - a gold passage is located by the `occurrence`-th occurrence of its text in the
///   predicted document's text (code points); passages not found are left out and reported;
/// - quotations: gold and predicted spans are trimmed of spaces, quotation marks and
///   punctuation, then paired greedily by best intersection over union (at least 0.5);
///   a pair is strict when the trimmed spans are equal; its speaker is right when a folded
///   gold alias equals the folded predicted canonical name or text (or when neither side has
///   a speaker);
/// - entities: the sets of (span, label) pairs, exact match;
/// - dates: untrimmed spans paired as quotations are; the value is right when equal, or when
///   the gold value is a month (YYYY-MM) that the predicted value starts with.
package struct GoldScorer: Sendable {
    /// Creates a scorer.
    package init() {}

    /// Scores the gold files (`*.json`, in name order) of `goldFolder` against `predictions`.
    package func score(goldFolder: URL, predictions: [String: PredictedDocument]) throws -> GoldReport {
        let names = try FileManager.default.contentsOfDirectory(atPath: goldFolder.path)
            .filter { $0.hasSuffix(".json") }
            .sorted { GoldReport.before($0, $1) }
        let decoder = JSONDecoder()
        let golds = try names.map { name in
            try decoder.decode(GoldDocument.self, from: Data(contentsOf: goldFolder.appendingPathComponent(name)))
        }
        return score(gold: golds, predictions: predictions)
    }

    /// Scores `gold` documents, in order, against `predictions`.
    package func score(gold documents: [GoldDocument], predictions: [String: PredictedDocument]) -> GoldReport {
        var report = GoldReport()
        for gold in documents {
            var prediction = predictions[gold.id]
            if prediction == nil {
                report.missingDocuments.append(gold.id)
                prediction = PredictedDocument(id: gold.id)
            }
            score(gold, against: prediction!, into: &report)
        }
        return report
    }

    private func score(_ gold: GoldDocument, against prediction: PredictedDocument, into report: inout GoldReport) {
        let body = (prediction.text ?? "").unicodeScalars.map(\.value)
        func located(_ items: [GoldDocument.Item]?) -> [(ScalarSpan, GoldDocument.Item)] {
            (items ?? []).compactMap { item in
                let needle = item.text.unicodeScalars.map(\.value)
                guard let span = SpanMatching.find(needle, in: body, occurrence: item.occurrence ?? 0) else {
                    if !body.isEmpty {
                        let head = String(String.UnicodeScalarView(item.text.unicodeScalars.prefix(50)))
                        report.problems.append("\(gold.id): gold text not in output text: \(PythonText.repr(head))")
                    }
                    return nil
                }
                return (span, item)
            }
        }
        scoreQuotes(located(gold.quotes), prediction.quotes ?? [], body: body, into: &report)
        scoreEntities(located(gold.entities), prediction.entities ?? [], into: &report)
        scoreDates(located(gold.dates), prediction.dates ?? [], into: &report)
    }

    private func scoreQuotes(
        _ located: [(ScalarSpan, GoldDocument.Item)], _ predicted: [PredictedDocument.Item], body: [UInt32],
        into report: inout GoldReport
    ) {
        let gold = located.map { (SpanMatching.trim($0.0, in: body), $0.1) }
        let found = predicted.map { SpanMatching.trim(ScalarSpan($0.start, $0.end), in: body) }
        let pairs = SpanMatching.match(gold: gold.map(\.0), predicted: found, threshold: 0.5)
        report.quotes.gold += gold.count
        report.quotes.predicted += found.count
        report.quotes.truePositives += pairs.count
        for (i, j) in pairs {
            if gold[i].0 == found[j] { report.quotesStrict.truePositives += 1 }
            if Self.speakerMatches(aliases: gold[i].1.speaker ?? [], predicted[j].speaker) {
                report.speakersRight += 1
                report.quotesWithSpeaker.truePositives += 1
            }
        }
        for (_, item) in gold { report.quotesByType[item.type ?? "direct", default: (0, 0)].gold += 1 }
        for (i, _) in pairs { report.quotesByType[gold[i].1.type ?? "direct", default: (0, 0)].found += 1 }
        for score in [\GoldReport.quotesStrict, \GoldReport.quotesWithSpeaker] {
            report[keyPath: score].predicted = report.quotes.predicted
            report[keyPath: score].gold = report.quotes.gold
        }
    }

    /// Whether the predicted speaker is one of the gold aliases, as `score.py`'s `speaker_ok`.
    package static func speakerMatches(aliases: [String], _ speaker: PredictedDocument.Item.Speaker?) -> Bool {
        let names = [speaker?.canonical, speaker?.text].compactMap { $0 }.filter { !$0.isEmpty }
        if aliases.isEmpty { return names.isEmpty }
        guard speaker != nil else { return false }
        let wanted = Set(aliases.map { NameFolding.fold($0).unicodeScalars.map(\.value) })
        return names.contains { wanted.contains(NameFolding.fold($0).unicodeScalars.map(\.value)) }
    }

    private struct LabelledSpan: Hashable {
        var span: ScalarSpan
        var label: String?
    }

    private func scoreEntities(
        _ located: [(ScalarSpan, GoldDocument.Item)], _ predicted: [PredictedDocument.Item],
        into report: inout GoldReport
    ) {
        let gold = Set(located.map { LabelledSpan(span: $0.0, label: $0.1.label) })
        let found = Set(predicted.map { LabelledSpan(span: ScalarSpan($0.start, $0.end), label: $0.label) })
        report.entities.gold += gold.count
        report.entities.predicted += found.count
        report.entities.truePositives += gold.intersection(found).count
        let empty = GoldScore(truePositives: 0, predicted: 0, gold: 0)
        for entity in gold {
            report.entitiesByLabel[entity.label ?? "null", default: empty].gold += 1
            if found.contains(entity) {
                report.entitiesByLabel[entity.label ?? "null", default: empty].truePositives += 1
            }
        }
        for entity in found { report.entitiesByLabel[entity.label ?? "null", default: empty].predicted += 1 }
    }

    private func scoreDates(
        _ gold: [(ScalarSpan, GoldDocument.Item)], _ predicted: [PredictedDocument.Item],
        into report: inout GoldReport
    ) {
        let pairs = SpanMatching.match(
            gold: gold.map(\.0), predicted: predicted.map { ScalarSpan($0.start, $0.end) }, threshold: 0.5)
        report.dates.gold += gold.count
        report.dates.predicted += predicted.count
        report.dates.truePositives += pairs.count
        for (i, j) in pairs where Self.valueMatches(gold: gold[i].1.value ?? "", predicted: predicted[j].value) {
            report.datesResolved.truePositives += 1
        }
        report.datesResolved.predicted = report.dates.predicted
        report.datesResolved.gold = report.dates.gold
    }

    /// Whether a predicted date value is right: equal to the gold value, or starting with it
    /// when the gold value is a month (`YYYY-MM`).
    package static func valueMatches(gold: String, predicted: String) -> Bool {
        if predicted.unicodeScalars.elementsEqual(gold.unicodeScalars) { return true }
        let scalars = Array(gold.unicodeScalars)
        let isMonth =
            scalars.count == 7 && scalars[4] == "-"
            && scalars.enumerated().allSatisfy { $0.offset == 4 || $0.element.properties.numericType == .decimal }
        return isMonth && predicted.unicodeScalars.starts(with: gold.unicodeScalars)
    }
}

extension PredictedDocument {
    /// An empty prediction for a document the predictions lack.
    init(id: String) {
        self.id = id
        self.text = ""
    }
}
