import ParoleCore

/// The word classes and temporal roles of one document's tokens, looked up the first
/// time a rule asks about a token and kept: at most one lookup of each kind per token,
/// none for tokens no rule reads. The grammar tries several start positions around each
/// head, so the same token is asked about many times.
final class TokenClasses {
    /// Per token: 0 when not looked up yet, else its classes with ``known`` set.
    private var bits: [UInt128]
    /// Per token: 0 when its temporal role was not looked up yet, 1 when it has none, else
    /// 2 + its place in ``roles`` (plain integers, so that the table is made by a memset).
    private var roleSlots: [Int32]
    /// The roles found so far, one per token that has one.
    private var roles: [DateWord] = []
    private let tokens: TokenList
    private let vocabulary: DateVocabulary
    /// The mark of a looked-up entry (the bit no class uses).
    private static let known: UInt128 = 1 << 127

    /// The classes of `tokens`, read from `vocabulary` on demand.
    init(tokens: TokenList, vocabulary: DateVocabulary) {
        self.tokens = tokens
        self.vocabulary = vocabulary
        self.bits = Array(repeating: 0, count: tokens.count)
        self.roleSlots = Array(repeating: 0, count: tokens.count)
    }

    /// The temporal role of word token `index` (`dates-words`, month and weekday names).
    @inline(__always)
    func role(at index: Int) -> DateWord? {
        let slot = roleSlots[index]
        if slot == 1 { return nil }
        if slot >= 2 { return roles[Int(slot) - 2] }
        guard let found = vocabulary.word(tokens.norm(at: index)) else {
            roleSlots[index] = 1
            return nil
        }
        roles.append(found)
        roleSlots[index] = Int32(roles.count + 1)
        return found
    }

    /// The classes of token `index`.
    @inline(__always)
    func classes(at index: Int) -> WordClass {
        let stored = bits[index]
        if stored != 0 { return WordClass(rawValue: stored & ~TokenClasses.known) }
        let found = vocabulary.classes(of: tokens.norm(at: index))
        bits[index] = found.rawValue | TokenClasses.known
        return found
    }
}
