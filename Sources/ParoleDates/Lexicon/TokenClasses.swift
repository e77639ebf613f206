import ParoleCore

/// The word classes of one document's tokens, looked up the first time a rule asks
/// about a token and kept: at most one lookup per token, none for tokens no rule reads.
final class TokenClasses {
    /// Per token: 0 when not looked up yet, else its classes with ``known`` set.
    private var bits: [UInt128]
    private let tokens: [Token]
    private let vocabulary: DateVocabulary
    /// The mark of a looked-up entry (the bit no class uses).
    private static let known: UInt128 = 1 << 127

    /// The classes of `tokens`, read from `vocabulary` on demand.
    init(tokens: [Token], vocabulary: DateVocabulary) {
        self.tokens = tokens
        self.vocabulary = vocabulary
        self.bits = Array(repeating: 0, count: tokens.count)
    }

    /// The classes of token `index`.
    @inline(__always)
    func classes(at index: Int) -> WordClass {
        let stored = bits[index]
        if stored != 0 { return WordClass(rawValue: stored & ~TokenClasses.known) }
        let found = vocabulary.classes(of: tokens[index].norm)
        bits[index] = found.rawValue | TokenClasses.known
        return found
    }
}
