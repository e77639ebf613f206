/// Precision, recall and F1 of one kind of span, with the counts behind them; the
/// percentages are rounded to one decimal as `score.py` rounds them.
package struct GoldScore: Equatable, Sendable {
    /// Spans found that match a gold span.
    package var truePositives: Int
    /// Spans found.
    package var predicted: Int
    /// Gold spans.
    package var gold: Int

    /// Creates a score from its counts.
    package init(truePositives: Int, predicted: Int, gold: Int) {
        self.truePositives = truePositives
        self.predicted = predicted
        self.gold = gold
    }

    private var precisionRatio: Double { predicted != 0 ? Double(truePositives) / Double(predicted) : 0 }
    private var recallRatio: Double { gold != 0 ? Double(truePositives) / Double(gold) : 0 }

    /// Precision in percent, one decimal.
    package var precision: Double { PythonText.round1(100 * precisionRatio) }
    /// Recall in percent, one decimal.
    package var recall: Double { PythonText.round1(100 * recallRatio) }
    /// F1 in percent, one decimal.
    package var f1: Double {
        let p = precisionRatio
        let r = recallRatio
        return PythonText.round1(100 * (p + r != 0 ? 2 * p * r / (p + r) : 0))
    }

    /// The score as `score.py`'s `prf` writes it.
    package var json: PythonJSON {
        .object([
            ("p", .number(precision)), ("r", .number(recall)), ("f1", .number(f1)), ("tp", .integer(truePositives)),
            ("pred", .integer(predicted)), ("gold", .integer(gold)),
        ])
    }
}
