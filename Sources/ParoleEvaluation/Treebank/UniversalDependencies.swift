import Foundation
import ParoleCore

/// Sentences of a CoNLL-U treebank, with their surface tokens.
///
/// A multiword token (`du` = `de` + `le`) counts once, by its surface form, as
/// in the Universal Dependencies French conventions for tokenization.
package struct TreebankSentence: Sendable, Hashable {
    /// The `# text = ` line.
    package var text: String
    /// The surface tokens, in order.
    package var tokens: [String]
    /// The UPOS tag of each token of ``tokens``, `nil` for a multiword token.
    package var partsOfSpeech: [String?]
    /// The lemma of each token of ``tokens``, `nil` for a multiword token.
    package var lemmas: [String?]

    /// Creates a sentence; without tags and lemmas, every token has none.
    package init(text: String, tokens: [String], partsOfSpeech: [String?]? = nil, lemmas: [String?]? = nil) {
        self.text = text
        self.tokens = tokens
        self.partsOfSpeech = partsOfSpeech ?? Array(repeating: nil, count: tokens.count)
        self.lemmas = lemmas ?? Array(repeating: nil, count: tokens.count)
    }

    /// The sentences of CoNLL-U text.
    package static func parse(conllu: String) -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var text: String?
        var tokens: [String] = []
        var partsOfSpeech: [String?] = []
        var lemmas: [String?] = []
        var skipThrough = 0
        func finish() {
            if let text {
                sentences.append(
                    TreebankSentence(text: text, tokens: tokens, partsOfSpeech: partsOfSpeech, lemmas: lemmas))
            }
            text = nil
            tokens = []
            partsOfSpeech = []
            lemmas = []
            skipThrough = 0
        }
        for rawLine in conllu.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.hasPrefix("# text = ") {
                text = String(line.dropFirst(9))
            } else if line.isEmpty {
                finish()
            } else if !line.hasPrefix("#") {
                let columns = line.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false)
                guard columns.count >= 2 else { continue }
                let id = columns[0]
                if id.contains(".") { continue }
                if let dash = id.firstIndex(of: "-") {
                    skipThrough = Int(id[id.index(after: dash)...]) ?? skipThrough
                    tokens.append(String(columns[1]))
                    partsOfSpeech.append(nil)
                    lemmas.append(nil)
                    continue
                }
                if let number = Int(id), number <= skipThrough { continue }
                tokens.append(String(columns[1]))
                lemmas.append(columns.count > 2 && columns[2] != "_" ? String(columns[2]) : nil)
                partsOfSpeech.append(columns.count > 3 && columns[3] != "_" ? String(columns[3]) : nil)
            }
        }
        finish()
        return sentences
    }

    /// The sentences of a CoNLL-U file.
    package static func read(contentsOf url: URL) throws -> [TreebankSentence] {
        parse(conllu: try String(contentsOf: url, encoding: .utf8))
    }
}
