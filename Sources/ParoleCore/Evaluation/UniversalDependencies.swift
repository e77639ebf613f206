import Foundation

/// Sentences of a CoNLL-U treebank, with their surface tokens.
///
/// A multiword token (`du` = `de` + `le`) counts once, by its surface form, as
/// in the Universal Dependencies French conventions for tokenization.
public struct TreebankSentence: Sendable, Hashable {
    /// The `# text = ` line.
    public var text: String
    /// The surface tokens, in order.
    public var tokens: [String]

    /// Creates a sentence.
    public init(text: String, tokens: [String]) {
        self.text = text
        self.tokens = tokens
    }

    /// The sentences of CoNLL-U text.
    public static func parse(conllu: String) -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var text: String?
        var tokens: [String] = []
        var skipThrough = 0
        func finish() {
            if let text { sentences.append(TreebankSentence(text: text, tokens: tokens)) }
            text = nil
            tokens = []
            skipThrough = 0
        }
        for rawLine in conllu.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.hasPrefix("# text = ") {
                text = String(line.dropFirst(9))
            } else if line.isEmpty {
                finish()
            } else if !line.hasPrefix("#") {
                let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                guard columns.count >= 2 else { continue }
                let id = columns[0]
                if id.contains(".") { continue }
                if let dash = id.firstIndex(of: "-") {
                    skipThrough = Int(id[id.index(after: dash)...]) ?? skipThrough
                    tokens.append(String(columns[1]))
                    continue
                }
                if let number = Int(id), number <= skipThrough { continue }
                tokens.append(String(columns[1]))
            }
        }
        finish()
        return sentences
    }

    /// The sentences of a CoNLL-U file.
    public static func read(contentsOf url: URL) throws -> [TreebankSentence] {
        parse(conllu: try String(contentsOf: url, encoding: .utf8))
    }
}
