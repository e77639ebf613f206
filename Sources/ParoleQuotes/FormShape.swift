/// What the spelling of a token norm shows: which punctuation mark it is, and the
/// endings the rules read as a verb, participle or adverb. Computed once per
/// distinct form that a rule asks about (see ``QuoteText/hasShape(_:_:)``); each flag is the string test named in its
/// documentation.
struct FormShape: OptionSet, Sendable {
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
        return FormShape(norm: norm).intersection(.punctuation)
    }

    /// The shape of `norm`.
    init(norm: String) {
        var norm = norm
        let latin = norm.withUTF8 { bytes in Self.isLatin(bytes) ? Self(latin: bytes) : nil }
        self = latin ?? Self(norm)
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
        var shape: FormShape = []
        let count = norm.characterCount
        switch count {
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
        if norm.isSpelled(".") || norm.isSpelled("…") || norm.hasPrefix("..") || norm.hasPrefix("?") || norm.hasPrefix("!") {
            shape.insert(.terminal)
        }
        if count >= 7 && norm.hasSuffix("ment") { shape.insert(.longMentEnding) }
        if norm.hasSuffix("é") || norm.hasSuffix("ée") || norm.hasSuffix("és") || norm.hasSuffix("ées") {
            shape.insert(.firstGroupParticiple)
        }
        if norm.hasSuffix("i") || norm.hasSuffix("ie") || norm.hasSuffix("is") || norm.hasSuffix("ies") || norm.hasSuffix("it")
            || norm.hasSuffix("ite") || norm.hasSuffix("its") || norm.hasSuffix("ites") || norm.hasSuffix("u")
            || norm.hasSuffix("ue") || norm.hasSuffix("us") || norm.hasSuffix("ues")
        {
            shape.insert(.otherParticiple)
        }
        if norm.hasSuffix("ant") { shape.insert(.antEnding) }
        if norm.hasSuffix("aient") || norm.hasSuffix("ait") && count > 4 { shape.insert(.imperfectEnding) }
        if (norm.hasSuffix("ent") || norm.hasSuffix("ont")) && count > 4 { shape.insert(.pluralVerbEnding) }
        if count >= 4 && Self.hasInfinitiveEnding(norm) { shape.insert(.infinitiveEnding) }
        if count > 3 && (norm.hasSuffix("e") || norm.hasSuffix("t") || norm.hasSuffix("a")) && !norm.hasSuffix("ment") {
            shape.insert(.singularVerbEnding)
        }
        if norm.hasPrefix("adjoint") { shape.insert(.adjointPrefix) }
        if norm.hasPrefix("secrétaire") || norm.hasPrefix("ministre") || norm.hasPrefix("délégué") || norm.hasPrefix("déléguée")
            || norm.hasPrefix("commissaire") || norm.hasPrefix("conseiller") || norm.hasPrefix("conseillère")
            || norm.hasPrefix("chargé") || norm.hasPrefix("chargée")
        {
            shape.insert(.domainRolePrefix)
        }
        self = shape
    }

    /// Whether `norm` ends like an infinitive (see ``infinitiveEnding``).
    private static func hasInfinitiveEnding(_ norm: some Spelling) -> Bool {
        if norm.hasSuffix("er") || norm.hasSuffix("ir") || norm.hasSuffix("oir") { return true }
        if norm.hasSuffix("dre") || norm.hasSuffix("vre") || norm.hasSuffix("cre") || norm.hasSuffix("pre")
            || norm.hasSuffix("clure") || norm.hasSuffix("uire") || norm.hasSuffix("ettre") || norm.hasSuffix("attre")
            || norm.hasSuffix("aître") || norm.hasSuffix("aitre") || norm.hasSuffix("oître") || norm.hasSuffix("être")
            || norm.hasSuffix("faire") || norm.hasSuffix("plaire") || norm.hasSuffix("taire") || norm.hasSuffix("traire")
            || norm.hasSuffix("croire") || norm.hasSuffix("boire")
        {
            return true
        }
        return norm.hasSuffix("ire") && !norm.hasSuffix("oire") && !norm.hasSuffix("aire")
    }
}

/// The string tests a ``FormShape`` is made of, with `String`'s meaning.
private protocol Spelling {
    /// The number of characters.
    var characterCount: Int { get }
    /// Whether the spelling is `text`.
    func isSpelled(_ text: StaticString) -> Bool
    /// Whether the spelling starts with `prefix`.
    func hasPrefix(_ prefix: StaticString) -> Bool
    /// Whether the spelling ends with `suffix`.
    func hasSuffix(_ suffix: StaticString) -> Bool
}

extension String: Spelling {
    fileprivate var characterCount: Int { count }
    fileprivate func isSpelled(_ text: StaticString) -> Bool { self == text.description }
    fileprivate func hasPrefix(_ prefix: StaticString) -> Bool { hasPrefix(prefix.description) }
    fileprivate func hasSuffix(_ suffix: StaticString) -> Bool { hasSuffix(suffix.description) }
}

/// The UTF-8 bytes of a Latin norm (see ``FormShape/latin``), whose byte prefixes and
/// suffixes are its character prefixes and suffixes, for literals in Latin script.
private struct LatinSpelling: Spelling {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The first eight bytes (all of them when fewer), the first one in the high byte.
    let head: UInt64
    /// The last eight bytes (all of them when fewer), the last one in the low byte.
    let tail: UInt64

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var head: UInt64 = 0
        for byte in bytes.prefix(8) { head = head << 8 | UInt64(byte) }
        var tail: UInt64 = 0
        for byte in bytes.suffix(8) { tail = tail << 8 | UInt64(byte) }
        self.head = head
        self.tail = tail
    }

    var characterCount: Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    @inline(__always)
    func isSpelled(_ text: StaticString) -> Bool {
        text.utf8CodeUnitCount == bytes.count && hasPrefix(text)
    }

    // Prefixes and suffixes of up to eight bytes are tested with one comparison of
    // `head` or `tail` with the literal's bytes, packed the same way (the packing of a
    // literal folds to a constant when the test is inlined).

    @inline(__always)
    func hasPrefix(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard count <= bytes.count else { return false }
        let packedCount = min(count, 8)
        var packed: UInt64 = 0
        for offset in 0..<packedCount { packed = packed << 8 | UInt64(prefix.utf8Start[offset]) }
        let headCount = min(bytes.count, 8)
        guard head >> UInt64(8 * (headCount - packedCount)) == packed else { return false }
        for offset in packedCount..<count where bytes[offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    @inline(__always)
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard count <= bytes.count else { return false }
        guard count <= 8 else { return Self.bytes(bytes, endWith: suffix) }
        var packed: UInt64 = 0
        for offset in 0..<count { packed = packed << 8 | UInt64(suffix.utf8Start[offset]) }
        let mask: UInt64 = count == 8 ? ~0 : (1 << UInt64(8 * count)) - 1
        return tail & mask == packed
    }

    /// Whether `bytes` ends with the bytes of `suffix`.
    private static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, endWith suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        let base = bytes.count - count
        for offset in 0..<count where bytes[base + offset] != suffix.utf8Start[offset] { return false }
        return true
    }
}
