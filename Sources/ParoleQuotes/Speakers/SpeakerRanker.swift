import ParoleCore

/// A linear model that chooses the speaker of a quote among candidates (the people,
/// groups, roles and pronouns around it, the rules' choice, and "no speaker"): the
/// candidate with the highest weighted sum of its ``SpeakerFeature`` values wins.
///
/// The weights are learned from the gold sets by `Scripts/quotes/train_speaker_ranker.py`
/// and shipped in `Resources/models/speaker-ranker.txt`: `#` header lines, then one
/// `feature weight` line per feature, every feature of ``SpeakerFeature`` exactly once,
/// and optionally an `override_margin value` line.
package struct SpeakerRanker: Sendable {
    /// The weights, in ``SpeakerFeature/ordered`` order.
    let weights: [Float]
    /// How much more than the rules' speaker another candidate must score to replace it
    /// (the file's `override_margin` line; 0 when it has none). It does not apply when
    /// the rules found no speaker.
    let margin: Float

    /// The path of the shipped model under the resources.
    package static let path = "models/speaker-ranker.txt"

    private static let loaded: Result<SpeakerRanker, any Error> = Result {
        let store = LexiconStore.shared
        return try SpeakerRanker(
            contents: String(decoding: try store.contents(of: path), as: UTF8.self), file: store.location(of: path))
    }

    /// The model shipped with Parole, read once per process on first use.
    package static func shipped() throws -> SpeakerRanker { try loaded.get() }

    /// Reads a model file; `file` names it in errors. Throws ``LexiconError/malformed(_:_:_:)``
    /// for a line that is not `feature weight`, an unknown or repeated feature, or a
    /// feature the file lacks.
    package init(contents: String, file: String = "speaker-ranker.txt") throws {
        var weights = [Float?](repeating: nil, count: SpeakerFeature.ordered.count)
        var lastLine = 0
        var margin: Float?
        for (index, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            lastLine = index + 1
            let trimmed = line.trimmingPrefix(while: \.isWhitespace)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(whereSeparator: \.isWhitespace)
            guard fields.count == 2, let weight = Float(fields[1]), weight.isFinite else {
                throw LexiconError.malformed(file, index + 1, "expected `feature weight`")
            }
            if fields[0] == Self.marginKey {
                guard margin == nil else { throw LexiconError.malformed(file, index + 1, "margin given twice") }
                margin = weight
                continue
            }
            guard let feature = SpeakerFeature(rawValue: String(fields[0])) else {
                throw LexiconError.malformed(file, index + 1, "unknown feature `\(fields[0])`")
            }
            guard weights[feature.index] == nil else {
                throw LexiconError.malformed(file, index + 1, "feature `\(fields[0])` given twice")
            }
            weights[feature.index] = weight
        }
        if let missing = SpeakerFeature.ordered.first(where: { weights[$0.index] == nil }) {
            throw LexiconError.malformed(file, lastLine, "no weight for feature `\(missing.rawValue)`")
        }
        self.weights = weights.map { $0! }
        self.margin = margin ?? 0
    }

    /// The key of the margin line of a model file.
    static let marginKey = "override_margin"

    /// The score of a candidate: the weighted sum of its features.
    func score(_ features: SpeakerFeatures) -> Float {
        var sum: Float = 0
        for (weight, value) in zip(weights, features.values) where value != 0 { sum += weight * value }
        return sum
    }

    /// The index of the best of `candidates` (the first of equal scores), or `nil` when
    /// there are none. When the rules found a speaker (`ruleFound`), it is kept when the
    /// best is another mention of it, and another speaker replaces it only when it scores
    /// at least ``margin`` more.
    func best(of candidates: [SpeakerCandidate], ruleFound: Bool = false) -> Int? {
        var best: (index: Int, score: Float)?
        var rule: (index: Int, score: Float)?
        for (index, candidate) in candidates.enumerated() {
            let score = score(candidate.features)
            if candidate.isRuleChoice && rule == nil { rule = (index, score) }
            if best.map({ score > $0.score }) ?? true { best = (index, score) }
        }
        if ruleFound, let rule, let found = best, found.index != rule.index,
            candidates[found.index].features[.ruleChoice] == 1 || found.score - rule.score < margin
        {
            return rule.index
        }
        return best?.index
    }
}
