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
    /// The first word of a spaced compound (`après` of `après midi`) has the compound's
    /// role and its second word none: an expression ending on the first word takes the
    /// second in too (``joinsNext(at:)``).
    @inline(__always)
    func role(at index: Int) -> DateWord? {
        let slot = roleSlots[index]
        if slot == 1 { return nil }
        if slot >= 2 { return roles[Int(slot) - 2] }
        let norm = tokens.norm(at: index)
        guard vocabulary.wordFilter.mayContain(norm) else {
            roleSlots[index] = 1
            return nil
        }
        if vocabulary.compoundFilter.mayContain(norm) {
            if let word = spacedCompound(at: index, norm: norm) {
                roles.append(word)
                roleSlots[index] = Int32(roles.count + 1)
                return word
            }
            if index > 0, spacedCompound(at: index - 1, norm: tokens.norm(at: index - 1)) != nil {
                roleSlots[index] = 1
                return nil
            }
        }
        guard let found = vocabulary.words[norm] else {
            roleSlots[index] = 1
            return nil
        }
        roles.append(found)
        roleSlots[index] = Int32(roles.count + 1)
        return found
    }

    /// Whether token `index` is the first word of a spaced compound (`après` in `après midi`),
    /// whose second word belongs to every expression the first one ends.
    func joinsNext(at index: Int) -> Bool {
        spacedCompound(at: index, norm: tokens.norm(at: index)) != nil
    }

    /// The role of the compound that token `index` (of norm `norm`) begins with the next
    /// token, one space apart (`après midi`, `avant hier`), or nil. A compound whose second
    /// word is a named hour is one only where a noun stands (`l'après midi`, `en début
    /// d'après midi`, `lundi après midi`): `peu après midi` is a time, after noon.
    private func spacedCompound(at index: Int, norm: String) -> DateWord? {
        guard vocabulary.spacedCompounds[norm] != nil, index + 1 < tokens.count,
            tokens.kind(at: index) == .word, tokens.kind(at: index + 1) == .word,
            tokens.span(at: index + 1).start == tokens.span(at: index).end + 1,
            let compound = vocabulary.compound(norm, tokens.norm(at: index + 1))
        else { return nil }
        if case .clock? = vocabulary.word(tokens.norm(at: index + 1)) {
            guard index > 0, tokens.kind(at: index - 1) == .word else { return nil }
            let before = tokens.norm(at: index - 1)
            switch vocabulary.word(before) {
            case .weekday?, .deicticDay?: return compound
            default: return vocabulary.isClass(before, [.the, .this, .of, .each]) ? compound : nil
            }
        }
        return compound
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
