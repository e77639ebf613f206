/// Every figure of `score.py gold`: quotations (overlap match, strict match, recall by type,
/// speaker accuracy, with speaker), entities (exact span and label, and by label) and dates
/// (overlap match and resolved value), with the documents missing from the predictions and the
/// first gold passages not found in the output text.
package struct GoldReport: Sendable {
    /// Quotations matched by overlap (intersection over union at least 0.5, after trimming).
    package var quotes = GoldScore(truePositives: 0, predicted: 0, gold: 0)
    /// Matched quotations whose trimmed spans are equal.
    package var quotesStrict = GoldScore(truePositives: 0, predicted: 0, gold: 0)
    /// Gold quotations found, and gold quotations, by type.
    package var quotesByType: [String: (found: Int, gold: Int)] = [:]
    /// Matched quotations whose speaker is right.
    package var speakersRight = 0
    /// Quotations matched with the right speaker.
    package var quotesWithSpeaker = GoldScore(truePositives: 0, predicted: 0, gold: 0)
    /// Entities with the gold span and label.
    package var entities = GoldScore(truePositives: 0, predicted: 0, gold: 0)
    /// Entities by label.
    package var entitiesByLabel: [String: GoldScore] = [:]
    /// Dates matched by overlap (at least 0.5).
    package var dates = GoldScore(truePositives: 0, predicted: 0, gold: 0)
    /// Matched dates whose value is right (a gold month also accepts a day of that month).
    package var datesResolved = GoldScore(truePositives: 0, predicted: 0, gold: 0)
    /// Gold documents without a prediction.
    package var missingDocuments: [String] = []
    /// Gold passages not found in their document's output text.
    package var problems: [String] = []

    /// Creates an empty report.
    package init() {}

    /// Percentage of matched quotations with the right speaker.
    package var speakerAccuracy: Double {
        quotes.truePositives != 0 ? PythonText.round1(Double(100 * speakersRight) / Double(quotes.truePositives)) : 0
    }

    /// Percentage of matched dates with the right value.
    package var dateValueAccuracy: Double {
        dates.truePositives != 0
            ? PythonText.round1(Double(100 * datesResolved.truePositives) / Double(dates.truePositives)) : 0
    }

    /// Recall by quotation type, in percent.
    package var recallByType: [(String, Double)] {
        quotesByType.sorted { Self.before($0.key, $1.key) }.map { type, counts in
            (type, counts.gold != 0 ? PythonText.round1(Double(100 * counts.found) / Double(counts.gold)) : 0)
        }
    }

    /// The report as `score.py gold --json` writes it, keys in the same order.
    package var json: PythonJSON {
        .object([
            ("quotes", quotes.json),
            ("quotes_strict", quotesStrict.json),
            ("quotes_by_type_recall", .object(recallByType.map { ($0.0, .number($0.1)) })),
            ("speaker_accuracy", .number(speakerAccuracy)),
            ("quotes_with_speaker", quotesWithSpeaker.json),
            ("entities", entities.json),
            (
                "entities_by_label",
                .object(entitiesByLabel.sorted { Self.before($0.key, $1.key) }.map { ($0.key, $0.value.json) })
            ),
            ("dates", dates.json),
            ("date_value_accuracy", .number(dateValueAccuracy)),
            ("dates_resolved", datesResolved.json),
            ("missing_documents", .array(missingDocuments.map { .string($0) })),
            ("problems", .array(problems.prefix(20).map { .string($0) })),
        ])
    }

    /// The report as `score.py gold` prints it: one `key: value` line per figure.
    package var table: String {
        guard case .object(let members) = json else { return "" }
        return members.map { "\($0.0): \($0.1.text)\n" }.joined()
    }

    /// Python's string order: by code point.
    static func before(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
