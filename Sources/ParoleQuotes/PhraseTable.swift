import ParoleCore

/// Multi-word phrases matched over token norms, longest first (`de son côté`,
/// `à plusieurs reprises`). Phrases are tokenized with the document tokenizer, so
/// that `d'ailleurs` is `d'` `ailleurs` in both.
struct PhraseTable: Sendable {
    /// The phrases by their first token norm, each as its token norms, longest first.
    private let phrases: [String: [[String]]]

    /// Tokenizes `phrases` with `tokenizer`.
    init(_ phrases: [String], tokenizer: FrenchTokenizer) throws {
        var table: [String: [[String]]] = [:]
        for phrase in phrases {
            let norms = try tokenizer.tokenize(phrase).map(\.norm)
            guard let first = norms.first else { continue }
            table[first, default: []].append(norms)
        }
        self.phrases = table.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// The number of tokens of the longest phrase that starts at `index` and ends
    /// before `limit`, or 0.
    func match(at index: Int, in norms: [String], limit: Int) -> Int {
        guard index < limit, let candidates = phrases[norms[index]] else { return 0 }
        for phrase in candidates where index + phrase.count <= limit {
            var matches = true
            for offset in 1..<max(phrase.count, 1) where norms[index + offset] != phrase[offset] {
                matches = false
                break
            }
            if matches { return phrase.count }
        }
        return 0
    }
}
