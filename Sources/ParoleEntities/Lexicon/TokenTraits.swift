import ParoleCore

/// What the entity rules need to know about one token, computed once per document:
/// the case of its letters, where it stands, and the facts of its form. No references:
/// the strings (key, norm) are the form's, in ``EntityContext``; stored in a
/// ``TokenTraitsTable``.
struct TokenTraits: Sendable {
    /// Case, kind and position flags.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8

        /// A word token.
        static let word = Flags(rawValue: 1 << 0)
        /// Its first letter is uppercase (`Blinken`, `ONU`, `L'`).
        static let capitalized = Flags(rawValue: 1 << 1)
        /// Two or more letters, all uppercase (`ONU`, `CFDT`, `G7` is not: one letter).
        static let acronym = Flags(rawValue: 1 << 2)
        /// A Roman numeral in capitals: `XIV`, `III`.
        static let romanNumeral = Flags(rawValue: 1 << 3)
        /// A lowercase particle joined to a capitalised name: `al-Sissi`, `el-Sisi`, `ben-Gourion`.
        static let particleName = Flags(rawValue: 1 << 4)
        /// An elided word with its apostrophe: `l'`, `d'`, `L'`, `qu'`.
        static let elision = Flags(rawValue: 1 << 5)
        /// The first word of a sentence, or the first after an opening quotation mark or colon.
        static let sentenceInitial = Flags(rawValue: 1 << 6)
        /// A Roman numeral in capitals with an ordinal ending: `XIXe`, `IIIe`, `Ier`, `IVème`.
        static let romanOrdinal = Flags(rawValue: 1 << 7)

    }

    /// The index of the token's form in ``EntityContext/keys``.
    var form: Int32
    /// What the lexicons say about the form.
    var facts: FormFacts
    /// Case, kind and position flags.
    var flags: Flags
    /// For a word written as a title (`M.`, `Mme`, `Dr`, exact spelling, `’` as `'`): its
    /// gender, `.some(nil)` for either; `nil` for other tokens.
    var honorific: Gender??

    /// A word token.
    var isWord: Bool { flags.contains(.word) }
    /// Its first letter is uppercase (`Blinken`, `ONU`, `L'`).
    var isCapitalized: Bool { flags.contains(.capitalized) }
    /// Two or more letters, all uppercase (`ONU`, `CFDT`, `G7` is not: one letter).
    var isAcronym: Bool { flags.contains(.acronym) }
    /// A Roman numeral in capitals: `XIV`, `III`.
    var isRomanNumeral: Bool { flags.contains(.romanNumeral) }
    /// A Roman numeral in capitals with an ordinal ending: `XIXe`, `IIIe`, `Ier`, `IVème`.
    var isRomanOrdinal: Bool { flags.contains(.romanOrdinal) }
    /// A lowercase particle joined to a capitalised name: `al-Sissi`, `el-Sisi`, `ben-Gourion`.
    var isParticleName: Bool { flags.contains(.particleName) }
    /// An elided word with its apostrophe: `l'`, `d'`, `L'`, `qu'`.
    var isElision: Bool { flags.contains(.elision) }
    /// The first word of a sentence, or the first after an opening quotation mark or colon.
    var isSentenceInitial: Bool { flags.contains(.sentenceInitial) }
    /// A title written before a name (`M.`, `Mme`).
    var isHonorific: Bool { honorific != nil }

    /// The first name's gender (`.some(nil)`: either), `nil` when the form is no first name.
    var firstName: Gender?? { facts.firstName }
    /// Whether the form is a first name.
    var isFirstName: Bool { facts.firstName != nil }
    /// The word class of the form in the common-word list.
    var wordClass: CommonWordClass? { facts.wordClass }
    /// The role noun's gender (`.some(nil)`: none shown), `nil` when the form is no role.
    var role: Gender?? { facts.role }
    /// Whether the form is in the common-word list.
    var isListedWord: Bool { facts.wordClass != nil }
    /// The cue and head kinds of the form (empty when it is none).
    var cue: CueKind { facts.cue }
    /// Whether the form is a nationality adjective.
    var isDemonym: Bool { facts.flags.contains(.demonym) }
    /// Whether the form is a capitalised word that is no name on its own (`Premier`, `PIB`).
    var isNotName: Bool { facts.flags.contains(.notName) }
    /// Whether the form is a weekday or month name (`Lundi`, `Mars`).
    var isCalendarWord: Bool { facts.flags.contains(.calendarWord) }
    /// Whether some known name begins with the form.
    var beginsKnownName: Bool { facts.knownNames >= 0 }
    /// The index in ``EntityLexicons/knownNameLists`` of the known names that begin
    /// with the form, if any.
    var knownNameList: Int? { facts.knownNames >= 0 ? Int(facts.knownNames) : nil }
    /// Whether the form is a particle of personal names (`von`, `de`, `ben`).
    var isNameParticle: Bool { facts.flags.contains(.nameParticle) }
    /// Whether the form is `de`, `du`, `des` or `d'`.
    var isDeForm: Bool { facts.flags.contains(.deForm) }
    /// Whether the form is a definite article.
    var isArticle: Bool { facts.flags.contains(.article) }
    /// Whether the form is a determiner or contracted preposition (`la`, `du`, `cette`).
    var isDeterminer: Bool { facts.flags.contains(.determiner) }
    /// Whether the form may stand between a role and its determiner (`nouveau`, `ancienne`).
    var isRoleModifier: Bool { facts.flags.contains(.roleModifier) }
    /// Whether the norm has more than three characters.
    var isLong: Bool { facts.flags.contains(.long) }
    /// Whether the word has a place's hyphenated shape (`Saint-Aubin`, `Puy-en-Velay`).
    var hasPlaceShape: Bool { facts.flags.contains(.placeShape) }
    /// Whether the word ends as names of inhabitants do (`Clermontois`, `Lyonnaise`).
    var hasInhabitantEnding: Bool { facts.flags.contains(.inhabitantEnding) }
    /// Whether the form is a noun of a club's staff or players (`entraîneur`, `gardiens`).
    var isClubStaff: Bool { facts.flags.contains(.clubStaff) }
}

/// The traits of the tokens of a document, stored in eight bytes a token (its form,
/// its flags, its title gender) and eight a form (the facts): a subscript puts the two
/// together into a ``TokenTraits``.
struct TokenTraitsTable: Sendable {
    /// What is stored for each token.
    struct Entry: Sendable {
        /// The index of the token's form.
        var form: Int32
        /// Case, kind and position flags.
        var flags: TokenTraits.Flags
        /// The title gender (see ``TokenTraits/honorific``).
        var honorific: Gender??
    }

    /// The entry of each token.
    private(set) var entries: [Entry] = []
    /// The facts of each form.
    private(set) var facts: [FormFacts] = []

    /// The number of tokens.
    var count: Int { entries.count }

    /// The traits of token `index`.
    subscript(index: Int) -> TokenTraits {
        let entry = entries[index]
        return TokenTraits(
            form: entry.form, facts: facts[Int(entry.form)], flags: entry.flags, honorific: entry.honorific)
    }

    /// Room for `tokens` tokens.
    mutating func reserveCapacity(tokens: Int) { entries.reserveCapacity(tokens) }

    /// Adds a form with `facts`.
    mutating func appendForm(_ facts: FormFacts) { self.facts.append(facts) }

    /// Adds a token of form `form`.
    mutating func appendToken(form: Int32, flags: TokenTraits.Flags, honorific: Gender??) {
        entries.append(Entry(form: form, flags: flags, honorific: honorific))
    }

    /// Adds `flags` to the flags of token `index`.
    mutating func insert(_ flags: TokenTraits.Flags, at index: Int) { entries[index].flags.formUnion(flags) }
}
