/// A small set of words that a document's forms are tested against without hashing most
/// of them: a form is hashed only when a word of the set has its length in UTF-8 bytes
/// and its first byte (both read in constant time from a native string), which few forms
/// of a document share with a list of a few dozen nouns.
struct WordSieve: Sendable {
    /// The words.
    let words: Set<String>
    /// Whether some word has the length (capped at ``lengthLimit``) and the first byte
    /// that index `length << 8 | byte` stands for.
    private let signatures: [Bool]

    /// Lengths from this one up share one row of ``signatures``.
    private static let lengthLimit = 63

    /// A sieve of `words`.
    init(_ words: Set<String>) {
        self.words = words
        var signatures = [Bool](repeating: false, count: (Self.lengthLimit + 1) << 8)
        for word in words {
            if let index = Self.signature(word) { signatures[index] = true }
        }
        self.signatures = signatures
    }

    /// Whether `form` is one of the words.
    func contains(_ form: String) -> Bool {
        guard let index = Self.signature(form), signatures[index] else { return false }
        return words.contains(form)
    }

    /// The index in ``signatures`` of `word`'s length and first byte, `nil` when empty.
    private static func signature(_ word: String) -> Int? {
        let bytes = word.utf8
        guard let first = bytes.first else { return nil }
        return min(bytes.count, lengthLimit) << 8 | Int(first)
    }
}
