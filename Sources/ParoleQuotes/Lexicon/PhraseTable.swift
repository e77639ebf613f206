import ParoleCore
import ParoleText

/// Multi-word phrases matched over tokens, longest first (`de son côté`, `à plusieurs
/// reprises`). Phrases are tokenized with the document tokenizer, so that
/// `d'ailleurs` is `d'` `ailleurs` in both. Each word of the phrases has an id, which
/// the facts of a form carry (``LexiconEntry/phraseWord``), so that a match compares
/// integers.
struct PhraseTable: Sendable {
    /// The id of each word that appears in a phrase, keyed on its norm.
    let wordIDs: [String: Int32]
    /// By the id of their first word, the phrases as word ids, longest first.
    private let phrasesByFirstWord: [[[Int32]]]

    /// Tokenizes `phrases` with `tokenizer`.
    init(_ phrases: [String], tokenizer: FrenchTokenizer) throws {
        var wordIDs: [String: Int32] = [:]
        var table: [[[Int32]]] = []
        for phrase in phrases {
            let norms = try tokenizer.tokenize(phrase).map(\.norm)
            guard !norms.isEmpty else { continue }
            let ids = norms.map { norm in
                if let id = wordIDs[norm] { return id }
                let id = Int32(wordIDs.count)
                wordIDs[norm] = id
                table.append([])
                return id
            }
            table[Int(ids[0])].append(ids)
        }
        self.wordIDs = wordIDs
        phrasesByFirstWord = table.map { $0.sorted { $0.count > $1.count } }
    }

    /// The number of tokens of the longest phrase that starts at token `index` of
    /// `text` and ends before `limit`, or 0.
    func match(at index: Int, in text: QuoteText, limit: Int) -> Int {
        guard index < limit else { return 0 }
        let first = text.phraseWord(index)
        guard first >= 0 else { return 0 }
        for phrase in phrasesByFirstWord[Int(first)] where index + phrase.count <= limit {
            var matches = true
            for offset in 1..<max(phrase.count, 1) where text.phraseWord(index + offset) != phrase[offset] {
                matches = false
                break
            }
            if matches { return phrase.count }
        }
        return 0
    }
}
