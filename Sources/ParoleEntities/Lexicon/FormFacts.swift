import ParoleCore

/// What the lexicons and the closed word classes say about one word form (a distinct
/// ``Token/norm`` and its key), looked up once per form and document rather than once
/// per token: twelve bytes, no references (see ``TokenTraitsTable``).
struct FormFacts: Sendable, Equatable {
    /// Memberships of the form in word lists and classes.
    struct Flags: OptionSet, Sendable, Equatable {
        let rawValue: UInt16

        /// The key is a nationality adjective (``EntityLexicons/demonyms``).
        static let demonym = Flags(rawValue: 1 << 0)
        /// The key is a capitalised word that is no name on its own (``EntityLexicons/notNames``).
        static let notName = Flags(rawValue: 1 << 1)
        /// The key is a particle of personal names (``EntityLexicons/nameParticles``).
        static let nameParticle = Flags(rawValue: 1 << 2)
        /// The key is `de`, `du`, `des` or `d'` (``EntityLexicons/deForms``).
        static let deForm = Flags(rawValue: 1 << 3)
        /// The key is a definite article (``EntityLexicons/articles``).
        static let article = Flags(rawValue: 1 << 4)
        /// The key is a determiner (``EntityLexicons/determiners``).
        static let determiner = Flags(rawValue: 1 << 5)
        /// The key may stand between a role and its determiner (``EntityLexicons/roleModifiers``).
        static let roleModifier = Flags(rawValue: 1 << 6)
        /// The key is an adjective of time (``OrganizationHeads/temporalAdjectives``).
        static let temporalAdjective = Flags(rawValue: 1 << 7)
        /// A lowercase word of this form is an adjective (see ``TokenTraits/isAdjective``).
        static let adjective = Flags(rawValue: 1 << 8)
        /// The norm is a common word or a determiner (see ``TokenTraits/isCommonWord``).
        static let commonWord = Flags(rawValue: 1 << 9)
        /// The norm has more than three characters.
        static let long = Flags(rawValue: 1 << 10)
        /// The norm ends with an apostrophe and has at most eight characters (`l'`, `qu'`).
        static let elided = Flags(rawValue: 1 << 11)
        /// The norm is no common word and has a place's hyphenated shape (``PlaceShape``):
        /// `saint-aubin`, `puy-en-velay`, `thionville-basse`.
        static let placeShape = Flags(rawValue: 1 << 12)
        /// The key is a weekday or month name (``EntityLexicons/calendarWords``).
        static let calendarWord = Flags(rawValue: 1 << 13)
        /// The norm is no common word and ends as inhabitants' names do (``InhabitantEnding``):
        /// `clermontois`, `lyonnaise`.
        static let inhabitantEnding = Flags(rawValue: 1 << 14)
        /// The key is a noun of a club's staff or players (``EntityWordSets/clubStaffNouns``):
        /// `entraîneur`, `gardien`.
        static let clubStaff = Flags(rawValue: 1 << 15)

    }

    /// The first name's gender, `.some(nil)` for either, `nil` when the key is no first name.
    var firstName: Gender??
    /// The role noun's gender, `.some(nil)` when it shows none, `nil` when the key is no role.
    var role: Gender??
    /// The word class of the norm in the common-word list.
    var wordClass: CommonWordClass?
    /// The length in UTF-16 units of the joined particle the norm begins with (`al-`), or 0.
    var joinedParticleLength: UInt8
    /// The cue and head kinds of the key, empty when it is none.
    var cue: CueKind
    /// The index in ``EntityLexicons/knownNameLists`` of the known names that begin with
    /// the key, or -1.
    var knownNames: Int32
    /// Memberships in word lists and classes.
    var flags: Flags
}

extension EntityLexicons {
    /// The facts about the form whose lowercase norm is `norm` and whose folding key is `key`.
    func facts(key: String, norm: String) -> FormFacts {
        formIndex.facts(key: key, norm: norm) ?? referenceFacts(key: key, norm: norm)
    }

    /// The facts about a form by string lookups in the lexicons: the definition that
    /// ``FormFactsIndex`` reproduces faster for Latin forms.
    func referenceFacts(key: String, norm: String) -> FormFacts {
        var flags: FormFacts.Flags = []
        if demonyms.contains(key) { flags.insert(.demonym) }
        if notNames.contains(key) { flags.insert(.notName) }
        if calendarWords.contains(key) { flags.insert(.calendarWord) }
        if Self.nameParticles.contains(key) { flags.insert(.nameParticle) }
        if Self.deForms.contains(key) { flags.insert(.deForm) }
        if Self.articles.contains(key) { flags.insert(.article) }
        if Self.determiners.contains(key) { flags.insert(.determiner) }
        if Self.roleModifiers.contains(key) { flags.insert(.roleModifier) }
        if OrganizationHeads.temporalAdjectives.contains(key) { flags.insert(.temporalAdjective) }
        if EntityWordSets.shipped.clubStaffNouns.contains(key) { flags.insert(.clubStaff) }
        let wordClass = commonWords[norm]
        let characters = norm.count
        if characters > 3 { flags.insert(.long) }
        if norm.hasSuffix("'") && characters <= 8 { flags.insert(.elided) }
        if let wordClass {
            if wordClass == .adjective { flags.insert(.adjective) }
        } else if characters > 3 && Self.adjectiveSuffixes.contains(where: { norm.hasSuffix($0) }) {
            flags.insert(.adjective)
        } else if characters > 3, let lexicon = FormFactsIndex.wordForms, let form = lexicon.formIndex(norm) {
            // A word the full-form lexicon reads as an adjective and no proper name.
            let classes = lexicon.classes(atForm: form)
            if classes.contains(.adjective), !classes.contains(.properNoun) { flags.insert(.adjective) }
        }
        if flags.contains(.demonym) { flags.insert(.adjective) }
        if wordClass != nil || Self.determiners.contains(norm) { flags.insert(.commonWord) }
        if wordClass == nil, PlaceShape.matches(norm.utf8) { flags.insert(.placeShape) }
        if wordClass == nil, InhabitantEnding.matches(norm.utf8) { flags.insert(.inhabitantEnding) }
        var joinedParticleLength: UInt8 = 0
        if let prefix = EntityContext.joinedParticles.first(where: { norm.hasPrefix($0) }) {
            joinedParticleLength = UInt8(prefix.utf16.count)
        }
        var firstName = firstNames[key]
        // `Pieter-Jan`, `Marie-Ève`: two first names joined by a hyphen make one.
        if firstName == nil, wordClass == nil {
            let parts = key.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 2, parts.allSatisfy({ $0.count >= 2 }), let gender = firstNames[String(parts[0])],
                firstNames[String(parts[1])] != nil
            {
                firstName = .some(gender)
            }
        }
        return FormFacts(
            firstName: firstName, role: roles[key], wordClass: wordClass, joinedParticleLength: joinedParticleLength,
            cue: cues[key] ?? [], knownNames: knownNameIndex[key] ?? -1, flags: flags)
    }
}
