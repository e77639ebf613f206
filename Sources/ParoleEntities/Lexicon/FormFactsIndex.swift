import ParoleCore
import ParoleText

/// The lexicons indexed by the bytes of their entries, so that the facts of a form
/// written in Latin script take two table lookups rather than a dozen hashed string
/// lookups and suffix tests (a document has a new form every four or five tokens).
///
/// It answers exactly what ``EntityLexicons/referenceFacts(key:norm:)`` answers, or
/// not at all. The lexicons compare Swift strings, up to canonical equivalence; the
/// index holds every entry in NFC and answers only for keys and norms whose scalars
/// all lie in U+0020…U+02FF. Such strings are in NFC already and each of their
/// characters is one scalar, so byte equality, byte prefixes and suffixes and scalar
/// counts are what string equality, `hasPrefix`, `hasSuffix` and `count` give.
struct FormFactsIndex: Sendable {
    /// The full-form French lexicon (``FrenchLexicon``), when it loads: the word classes
    /// of forms the common-word list lacks.
    static let wordForms: FrenchLexicon? = try? FrenchLexicon.shared()

    /// What the lexicons keyed by folding key say about a key.
    private struct KeyFacts: Sendable {
        var firstName: Gender?? = nil
        var role: Gender?? = nil
        var cue: CueKind = []
        var knownNames: Int32 = -1
        var flags: FormFacts.Flags = []
    }

    /// What the lexicons keyed by norm say about a norm.
    private struct NormFacts: Sendable {
        var wordClass: CommonWordClass?
        var isDeterminer = false
    }

    private let keys: UTF8StringTable
    private let keyFacts: [KeyFacts]
    private let norms: UTF8StringTable
    private let normFacts: [NormFacts]
    /// ``EntityLexicons/adjectiveSuffixes`` in NFC bytes, packed from the end (see ``PackedBytes``).
    private let adjectiveSuffixes: [PackedBytes]
    /// ``EntityContext/joinedParticles`` in bytes, packed from the start, with their
    /// length in UTF-16 units.
    private let joinedParticles: [(bytes: PackedBytes, length: UInt8)]

    /// The index of the lexicon tables (the static word classes are read from
    /// ``EntityLexicons``, ``OrganizationHeads`` and ``EntityWordSets``).
    init(
        firstNames: [String: Gender?], roles: [String: Gender?], cues: [String: CueKind], demonyms: Set<String>,
        notNames: Set<String>, calendarWords: Set<String>, knownNameIndex: [String: Int32],
        commonWords: [String: CommonWordClass]
    ) {
        var keys = UTF8StringTable(expected: 4096)
        var keyFacts: [KeyFacts] = []
        func update(_ key: String, _ change: (inout KeyFacts) -> Void) {
            let (index, isNew) = keys.intern(Self.nfc(key))
            if isNew { keyFacts.append(KeyFacts()) }
            change(&keyFacts[Int(index)])
        }
        func mark(_ words: some Sequence<String>, _ flag: FormFacts.Flags) {
            for word in words { update(word) { $0.flags.insert(flag) } }
        }
        for (key, gender) in firstNames { update(key) { $0.firstName = .some(gender) } }
        for (key, gender) in roles { update(key) { $0.role = .some(gender) } }
        for (key, kind) in cues { update(key) { $0.cue = kind } }
        mark(demonyms, .demonym)
        mark(notNames, .notName)
        mark(calendarWords, .calendarWord)
        for (key, list) in knownNameIndex { update(key) { $0.knownNames = list } }
        mark(EntityLexicons.nameParticles, .nameParticle)
        mark(EntityLexicons.deForms, .deForm)
        mark(EntityLexicons.articles, .article)
        mark(EntityLexicons.determiners, .determiner)
        mark(EntityLexicons.roleModifiers, .roleModifier)
        mark(OrganizationHeads.temporalAdjectives, .temporalAdjective)
        mark(EntityWordSets.shipped.clubStaffNouns, .clubStaff)
        self.keys = keys
        self.keyFacts = keyFacts

        var norms = UTF8StringTable(expected: commonWords.count + 16)
        var normFacts: [NormFacts] = []
        func updateNorm(_ norm: String, _ change: (inout NormFacts) -> Void) {
            let (index, isNew) = norms.intern(Self.nfc(norm))
            if isNew { normFacts.append(NormFacts()) }
            change(&normFacts[Int(index)])
        }
        for (word, wordClass) in commonWords { updateNorm(word) { $0.wordClass = wordClass } }
        for word in EntityLexicons.determiners { updateNorm(word) { $0.isDeterminer = true } }
        self.norms = norms
        self.normFacts = normFacts

        adjectiveSuffixes = EntityLexicons.adjectiveSuffixes.map { PackedBytes(suffix: Array(Self.nfc($0).utf8)) }
        joinedParticles = EntityContext.joinedParticles.map {
            (PackedBytes(prefix: Array($0.utf8)), UInt8($0.utf16.count))
        }
    }

    /// The facts of the form with folding key `key` and norm `norm`, or `nil` when
    /// either has a scalar outside U+0020…U+02FF.
    func facts(key: String, norm: String) -> FormFacts? {
        var key = key
        var norm = norm
        return key.withUTF8 { key in norm.withUTF8 { norm in facts(key, norm) } }
    }

    private func facts(_ key: UnsafeBufferPointer<UInt8>, _ norm: UnsafeBufferPointer<UInt8>) -> FormFacts? {
        guard Self.scalarCount(key) != nil, let characters = Self.scalarCount(norm) else { return nil }
        var known = KeyFacts()
        if let index = keys.index(of: key) { known = keyFacts[index] }
        var listed = NormFacts()
        if let index = norms.index(of: norm) { listed = normFacts[index] }
        // `Pieter-Jan`, `Marie-Ève`: two first names joined by a hyphen make one.
        if known.firstName == nil, listed.wordClass == nil, let gender = compoundFirstName(key) {
            known.firstName = .some(gender)
        }

        var flags = known.flags
        if characters > 3 { flags.insert(.long) }
        if norm.last == 0x27 && characters <= 8 { flags.insert(.elided) }
        if let wordClass = listed.wordClass {
            if wordClass == .adjective { flags.insert(.adjective) }
        } else if characters > 3 {
            let tail = PackedBytes.last(of: norm)
            if adjectiveSuffixes.contains(where: { $0.isSuffix(of: norm, tail: tail) }) {
                flags.insert(.adjective)
            }
            // `Forces armées`, `Conseil restreint`: a word the full-form lexicon reads as an
            // adjective (and not as a proper name) is one, even when the short list lacks it.
            else if let lexicon = Self.wordForms, let form = lexicon.formIndex(norm) {
                let classes = lexicon.classes(atForm: form)
                if classes.contains(.adjective), !classes.contains(.properNoun) { flags.insert(.adjective) }
            }
        }
        if flags.contains(.demonym) { flags.insert(.adjective) }
        if listed.wordClass != nil || listed.isDeterminer { flags.insert(.commonWord) }
        if listed.wordClass == nil, PlaceShape.matches(norm) { flags.insert(.placeShape) }
        if listed.wordClass == nil, InhabitantEnding.matches(norm) { flags.insert(.inhabitantEnding) }
        var joinedParticleLength: UInt8 = 0
        let head = PackedBytes.first(of: norm)
        if let particle = joinedParticles.first(where: { $0.bytes.isPrefix(of: norm, head: head) }) {
            joinedParticleLength = particle.length
        }
        return FormFacts(
            firstName: known.firstName, role: known.role, wordClass: listed.wordClass,
            joinedParticleLength: joinedParticleLength, cue: known.cue, knownNames: known.knownNames, flags: flags)
    }

    /// The gender of the first part of `key` when it is two first names joined by one
    /// hyphen (`pieter-jan`), else `nil`.
    private func compoundFirstName(_ key: UnsafeBufferPointer<UInt8>) -> Gender?? {
        guard let hyphen = key.firstIndex(of: 0x2D), hyphen >= 2, key.count - hyphen - 1 >= 2,
            !key[(hyphen + 1)...].contains(0x2D)
        else { return nil }
        let first = UnsafeBufferPointer(rebasing: key[..<hyphen])
        let second = UnsafeBufferPointer(rebasing: key[(hyphen + 1)...])
        guard let a = keys.index(of: first), let gender = keyFacts[a].firstName,
            let b = keys.index(of: second), keyFacts[b].firstName != nil
        else { return nil }
        return gender
    }

    /// The number of scalars of `utf8` when they all lie in U+0020…U+02FF, else `nil`.
    private static func scalarCount(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        for byte in utf8 {
            switch byte {
            case 0x20...0x7F, 0xC2...0xCB: count += 1  // one scalar begins: ASCII, U+0080…U+02FF
            case 0x80...0xBF: break  // continuation
            default: return nil
            }
        }
        return count
    }

    private static func nfc(_ text: String) -> String {
        Normalizer.normalize(text, form: .nfc)
    }
}
