/// Precision, recall and F1 from counts, as percentages rounded to one decimal.
package struct Score: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Items both predicted and in the gold standard.
    package var truePositives: Int
    /// Items predicted.
    package var predicted: Int
    /// Items in the gold standard.
    package var gold: Int

    /// Creates a score from counts.
    package init(truePositives: Int, predicted: Int, gold: Int) {
        self.truePositives = truePositives
        self.predicted = predicted
        self.gold = gold
    }

    /// Precision, 0 to 100.
    package var precision: Double { predicted == 0 ? 0 : 100 * Double(truePositives) / Double(predicted) }
    /// Recall, 0 to 100.
    package var recall: Double { gold == 0 ? 0 : 100 * Double(truePositives) / Double(gold) }
    /// The harmonic mean of precision and recall, 0 to 100.
    package var f1: Double {
        let sum = precision + recall
        return sum == 0 ? 0 : 2 * precision * recall / sum
    }

    /// Adds the counts of another score.
    package static func + (lhs: Score, rhs: Score) -> Score {
        Score(
            truePositives: lhs.truePositives + rhs.truePositives, predicted: lhs.predicted + rhs.predicted,
            gold: lhs.gold + rhs.gold)
    }

    /// `P 99.1 R 98.7 F1 98.9 (tp/pred/gold)`.
    package var description: String {
        "P \(Self.format(precision))  R \(Self.format(recall))  F1 \(Self.format(f1))  "
            + "(\(truePositives) of \(predicted) predicted, \(gold) gold)"
    }

    /// `value` with one decimal.
    package static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
