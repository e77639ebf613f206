import ParoleCore
import ParoleText

/// What the spelling of a token norm shows: which punctuation mark it is, and the
/// endings the rules read as a verb, participle or adverb. Computed once per
/// distinct form that a rule asks about (see ``QuoteText/hasShape(_:_:)``); each flag is the string test named in its
/// documentation.
struct FormShape: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    // MARK: Punctuation (the norm is exactly the mark)

    /// `,`
    static let comma = FormShape(rawValue: 1 << 0)
    /// `;`
    static let semicolon = FormShape(rawValue: 1 << 1)
    /// `:`
    static let colon = FormShape(rawValue: 1 << 2)
    /// `(`
    static let openingBracket = FormShape(rawValue: 1 << 3)
    /// `)`
    static let closingBracket = FormShape(rawValue: 1 << 4)
    /// `-`
    static let hyphen = FormShape(rawValue: 1 << 5)
    /// `...`
    static let ellipsis = FormShape(rawValue: 1 << 6)
    /// An end mark: `.`, `!`, `?`, `…`, `...`, `?!`, `!?`, `!!`, `??`, or a norm that
    /// starts with `..`, `?` or `!`.
    static let terminal = FormShape(rawValue: 1 << 7)
    /// A dialogue dash: `—`, `–`, `--`, `―`.
    static let dash = FormShape(rawValue: 1 << 8)

    /// The punctuation shapes.
    static let punctuation: FormShape = [
        .comma, .semicolon, .colon, .openingBracket, .closingBracket, .hyphen, .ellipsis, .terminal, .dash,
    ]

    // MARK: Endings

    /// Seven characters or more, ending in `ment` (`vivement`).
    static let longMentEnding = FormShape(rawValue: 1 << 9)
    /// Ends in `é`, `ée`, `és` or `ées` (`impliqué`).
    static let firstGroupParticiple = FormShape(rawValue: 1 << 10)
    /// Ends in `i`, `ie`, `is`, `ies`, `it`, `ite`, `its`, `ites`, `u`, `ue`, `us` or `ues` (`établi`, `conduite`).
    static let otherParticiple = FormShape(rawValue: 1 << 11)
    /// Ends in `ant` (`affirmant`).
    static let antEnding = FormShape(rawValue: 1 << 12)
    /// Ends in `aient`, or in `ait` with more than four characters (`prévoyait`).
    static let imperfectEnding = FormShape(rawValue: 1 << 13)
    /// More than four characters, ending in `ent` or `ont` (`prévoient`).
    static let pluralVerbEnding = FormShape(rawValue: 1 << 14)
    /// Four characters or more with an ending of infinitives: `er`, `ir`, `oir`, the
    /// `-re` endings of verbs (`dre`, `vre`, `ettre`, `aître`, `faire`, `croire`, ...), or
    /// `ire` but not `oire` or `aire`.
    static let infinitiveEnding = FormShape(rawValue: 1 << 15)
    /// More than three characters, ending in `e`, `t` or `a` but not `ment` (`analyse`,
    /// `soupirait`, `lança`): a finite verb of the third person singular.
    static let singularVerbEnding = FormShape(rawValue: 1 << 16)
    /// Starts with `adjoint`.
    static let adjointPrefix = FormShape(rawValue: 1 << 17)
    /// Starts with a role that takes a domain after `à`: `secrétaire`, `ministre`,
    /// `délégué`, `déléguée`, `commissaire`, `conseiller`, `conseillère`, `chargé`, `chargée`.
    static let domainRolePrefix = FormShape(rawValue: 1 << 18)

    /// More than five characters, ending in `era`, `eront`, `ira`, `iront`, `dra` or
    /// `dront` (`restera`, `finiront`): a future.
    static let futureEnding = FormShape(rawValue: 1 << 20)

    /// Every scalar of the norm lies in U+0020…U+02FF: the norm is in NFC and each of
    /// its characters is one scalar, so that its bytes compare as its characters do.
    static let latin = FormShape(rawValue: 1 << 19)

    /// The punctuation shapes of `norm` (the shape of `norm` within ``punctuation``),
    /// quickly: a norm that starts with a letter or a digit is no mark.
    static func marks(of norm: String) -> FormShape {
        if let first = norm.utf8.first,
            first >= 0x30 && first <= 0x39 || first >= 0x41 && first <= 0x5A || first >= 0x61 && first <= 0x7A
                || first >= 0xC3 && first <= 0xDF
        {
            return []
        }
        // (Only the marks are read: the endings of a long norm cost far more.)
        var norm = norm
        let latin = norm.withUTF8 { bytes in Self.isLatin(bytes) ? Self.marks(LatinSpelling(bytes: bytes)) : nil }
        return latin ?? Self.marks(norm)
    }

    /// The shape of `norm`.
    init(norm: String) {
        var norm = norm
        let latin = norm.withUTF8 { bytes in Self.isLatin(bytes) ? Self(latin: bytes) : nil }
        self = latin ?? Self(norm)
    }

    /// The shape of `norm` read with `String`'s tests only, which the byte tests of
    /// Latin norms must agree with (without ``latin``).
    init(comparingStrings norm: String) {
        self = Self(norm)
    }

    /// The shape of a norm whose UTF-8 bytes are `bytes`, all in Latin script (see ``isLatin(_:)``).
    init(latin bytes: UnsafeBufferPointer<UInt8>) {
        self = Self(LatinSpelling(bytes: bytes)).union(.latin)
    }

    /// Whether every scalar of the UTF-8 `bytes` lies in U+0020…U+02FF (see ``latin``).
    static func isLatin(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte >= 0x20 else { return false }
                index += 1
            } else {
                // Two-byte sequences with lead bytes C2…CB encode U+0080…U+02FF.
                guard byte >= 0xC2 && byte <= 0xCB else { return false }
                index += 2
            }
        }
        return true
    }

    /// The shape of a spelling.
    private init(_ norm: some Spelling) {
        let count = norm.characterCount
        var shape = Self.marks(norm, count: count)
        if count >= 7 && norm.ends(withAnyOf: Self.adverbEndings) { shape.insert(.longMentEnding) }
        if norm.ends(withAnyOf: Self.participleEndings) { shape.insert(.firstGroupParticiple) }
        if norm.ends(withAnyOf: Self.otherParticipleEndings) { shape.insert(.otherParticiple) }
        if norm.ends(with: "ant") { shape.insert(.antEnding) }
        if norm.ends(with: "aient") || norm.ends(with: "ait") && count > 4 { shape.insert(.imperfectEnding) }
        if norm.ends(withAnyOf: Self.thirdPluralEndings) && count > 4 { shape.insert(.pluralVerbEnding) }
        if count > 5 && norm.ends(withAnyOf: Self.futureEndings) { shape.insert(.futureEnding) }
        if count >= 4 && Self.hasInfinitiveEnding(norm) { shape.insert(.infinitiveEnding) }
        if count > 3 && (norm.ends(with: "e") || norm.ends(with: "t") || norm.ends(with: "a"))
            && !norm.ends(withAnyOf: Self.adverbEndings)
        {
            shape.insert(.singularVerbEnding)
        }
        if norm.begins(with: "adjoint") { shape.insert(.adjointPrefix) }
        if norm.begins(withAnyOf: Self.domainRoles) { shape.insert(.domainRolePrefix) }
        self = shape
    }

    /// The punctuation shapes of a spelling (its shape within ``punctuation``).
    private static func marks(_ norm: some Spelling, count: Int? = nil) -> FormShape {
        var shape: FormShape = []
        switch count ?? norm.characterCount {
        case 1:
            if norm.isSpelled(",") { shape.insert(.comma) }
            if norm.isSpelled(";") { shape.insert(.semicolon) }
            if norm.isSpelled(":") { shape.insert(.colon) }
            if norm.isSpelled("(") { shape.insert(.openingBracket) }
            if norm.isSpelled(")") { shape.insert(.closingBracket) }
            if norm.isSpelled("-") { shape.insert(.hyphen) }
            if norm.isSpelled("—") || norm.isSpelled("–") || norm.isSpelled("―") { shape.insert(.dash) }
        case 2:
            if norm.isSpelled("--") { shape.insert(.dash) }
        case 3:
            if norm.isSpelled("...") { shape.insert(.ellipsis) }
        default:
            break
        }
        if norm.isSpelled(".") || norm.isSpelled("…") || norm.begins(with: "..") || norm.begins(with: "?")
            || norm.begins(with: "!")
        {
            shape.insert(.terminal)
        }
        return shape
    }

    /// Whether `norm` ends like an infinitive (see ``infinitiveEnding``).
    private static func hasInfinitiveEnding(_ norm: some Spelling) -> Bool {
        if norm.ends(withAnyOf: infinitiveEndings) { return true }
        return norm.ends(withAnyOf: ireEndings) && !norm.ends(withAnyOf: notInfinitiveEndings)
    }

    // The endings of `word-endings.txt` and the role prefixes of `role-words.txt`.
    private static let adverbEndings = Affixes(.adverb)
    private static let participleEndings = Affixes(.participle)
    private static let otherParticipleEndings = Affixes(.otherParticiple)
    private static let thirdPluralEndings = Affixes(.thirdPlural)
    private static let futureEndings = Affixes(.future)
    private static let infinitiveEndings = Affixes(.infinitive)
    private static let ireEndings = Affixes(.ireInfinitive)
    private static let notInfinitiveEndings = Affixes(.notInfinitive)
    private static let domainRoles = Affixes(FrenchWordLists.roles.list(.domainPrefix))
}
