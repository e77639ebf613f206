import ParoleCore
import ParoleText

/// The word lists of the entities stage, as lookup tables built once.
///
/// Every table is keyed on ``Normalizer/foldingKey(_:)`` of a token's ``Token/norm``
/// (case and accents ignored), except honorifics, which are matched on their exact
/// spelling (`Me` the lawyer's title is not `me` the pronoun). Country and world-region
/// names come from ICU's French locale data, not from a file.
///
/// A class, built once per process: every rule helper holds it, and copying a reference
/// costs one retain where copying its twenty tables cost one each.
package final class EntityLexicons: Sendable {
    /// A name known in advance: an organisation, a place, an event.
    struct KnownName: Sendable {
        /// The folding keys of its tokens.
        let keys: [String]
        /// Whether each token must be capitalised in the text (as it is in the entry).
        let capitalized: [Bool]
        /// Its label.
        let label: Entity.Label
        /// Whether it is written in capitals (`ONU`, `RDC`): only such a name matches a
        /// short word in capitals (`SILA` is no `Sila`).
        var isAcronym: Bool
        /// Whether it may open with a lowercase word: an organisation of two words or more
        /// that ends with a nationality adjective (`la commission européenne`).
        var mayOpenLowercase = false
    }

    /// Known names by the key of their first token, longest first.
    let knownNames: [String: [KnownName]]
    /// The lists of ``knownNames``, in an array that forms refer to by index
    /// (``FormFacts/knownNames``).
    let knownNameLists: [[KnownName]]
    /// The names of each of ``knownNameLists`` that a lowercase word may open (the
    /// first word written so in the entry, or ``KnownName/mayOpenLowercase``), in the
    /// same order: a lowercase `la` or `le` tries a few names, not hundreds.
    let lowercaseKnownNameLists: [[KnownName]]
    /// The index in ``knownNameLists`` of the names that begin with each key.
    let knownNameIndex: [String: Int32]
    /// First names and their gender (`nil` when used for both): the hand-written list over
    /// the one derived from the French Hunspell dictionary.
    let firstNames: [String: Gender?]
    /// Titles written before a name (`M.`, `Mme`, `Dr`), by exact spelling.
    let honorifics: [String: Gender?]
    /// The ``honorifics`` in ASCII, looked up without strings.
    let honorificIndex: HonorificIndex
    /// Role nouns (`président`, `ministre`) and the gender they show, when they show one.
    let roles: [String: Gender?]
    /// Cue and head nouns (`groupe`, `ville`, `Conseil`), by key.
    let cues: [String: CueKind]
    /// Nationality adjectives, every inflection.
    let demonyms: Set<String>
    /// The plural forms of the demonyms that name a people, not a faith (`vietnamiens`,
    /// `camerounais`), by key: lowercase after a plural determiner they are nouns.
    let peoplePlurals: Set<String>
    /// The ``peoplePlurals`` that are no singular form as well (`vietnamiens`, not
    /// `français`, which also names the language).
    let distinctPeoplePlurals: Set<String>
    /// Common French words (lowercase norm) and their usual part of speech.
    let commonWords: [String: CommonWordClass]
    /// Capitalised words that are not names on their own (`Premier`, `État`, `PIB`).
    let notNames: Set<String>
    /// Weekday and month names (ICU's French), a part of ``notNames``.
    let calendarWords: Set<String>
    /// Nouns whose `de` complement names a thing after a person (`boson` in `boson de
    /// Higgs`), by key.
    let eponymHeads: Set<String>
    /// Words of an amount of money after which an acronym is a currency (`milliards`,
    /// `francs`), by key.
    let amountWords: Set<String>
    /// The tables above indexed by the bytes of their entries (see ``FormFacts``).
    let formIndex: FormFactsIndex

    /// Loads the shipped lexicons (`entities-*.txt`) and ICU's French country names.
    /// Every file is checked against its row schema: an unknown code, a malformed row or a
    /// duplicate is a thrown ``LexiconError`` naming the file and line.
    package init(tokenizer: FrenchTokenizer? = nil) throws {
        try EntityWordLists.check()
        knownNames = try Self.loadKnownNames(tokenizer: try tokenizer ?? FrenchTokenizer())
        firstNames = try Self.loadFirstNames()
        (honorifics, roles) = try Self.loadTitles()
        honorificIndex = HonorificIndex(honorifics)
        cues = try Self.loadCues()
        (demonyms, peoplePlurals, distinctPeoplePlurals) = try Self.loadDemonyms()
        var knownNameLists: [[KnownName]] = []
        var lowercaseKnownNameLists: [[KnownName]] = []
        var knownNameIndex: [String: Int32] = [:]
        let demonymKeys = demonyms
        for (key, names) in knownNames {
            knownNameIndex[key] = Int32(knownNameLists.count)
            let marked = names.map { name in
                var name = name
                name.mayOpenLowercase =
                    name.keys.count >= 2 && name.label == .organization && demonymKeys.contains(name.keys.last!)
                return name
            }
            knownNameLists.append(marked)
            lowercaseKnownNameLists.append(marked.filter { !$0.capitalized[0] || $0.mayOpenLowercase })
        }
        self.knownNameLists = knownNameLists
        self.lowercaseKnownNameLists = lowercaseKnownNameLists
        self.knownNameIndex = knownNameIndex

        var common: [String: CommonWordClass] = [:]
        let universalTags: Set<String> = [
            "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
            "SCONJ",
            "SYM", "VERB", "X",
        ]
        let commonSchema = LexiconSchema(fields: 2...2, codes: [1: universalTags])
        for entry in try Lexicon.named("entities-common-words", schema: commonSchema).entries {
            common[entry[0]] = CommonWordClass(universalTag: entry[1])
        }
        self.commonWords = common
        var notNames = Set(
            try Lexicon.named("entities-not-names", schema: Self.wordRows).words.map(Normalizer.foldingKey))
        let calendarWords = Set(
            (LocaleData.weekdayNames(in: "fr") + LocaleData.monthNames(in: "fr")).map(Normalizer.foldingKey))
        notNames.formUnion(calendarWords)
        self.notNames = notNames
        self.calendarWords = calendarWords
        var eponymHeads: Set<String> = []
        for word in try Lexicon.named("entities-eponym-heads", schema: Self.wordRows).words {
            eponymHeads.insert(Normalizer.foldingKey(word))
            if let plural = Self.plural(ofCue: word) { eponymHeads.insert(Normalizer.foldingKey(plural)) }
        }
        self.eponymHeads = eponymHeads
        self.amountWords = Set(
            try Lexicon.named("entities-amount-words", schema: Self.wordRows).words.map(Normalizer.foldingKey))
        formIndex = FormFactsIndex(
            firstNames: firstNames, roles: roles, cues: cues, demonyms: demonyms, notNames: notNames,
            calendarWords: calendarWords,
            knownNameIndex: knownNameIndex, commonWords: common)
    }

    /// The known names of the lexicons and of ICU by their first key, longest first.
    private static func loadKnownNames(tokenizer: FrenchTokenizer) throws -> [String: [KnownName]] {
        var known: [String: [KnownName]] = [:]
        func addName(_ name: String, _ label: Entity.Label) throws {
            let tokens = try tokenizer.tokenize(name)
            guard !tokens.isEmpty else { return }
            let units = Array(name.utf16)
            let keys = tokens.map { Normalizer.foldingKey($0.norm) }
            let capitalized = tokens.map { units[$0.span.start].isUppercaseUnit }
            let isAcronym = !name.contains { $0.isLowercase }
            let entry = KnownName(keys: keys, capitalized: capitalized, label: label, isAcronym: isAcronym)
            if let existing = known[keys[0]]?.firstIndex(where: { $0.keys == keys && $0.capitalized == capitalized }) {
                // `Unsa` then `UNSA`: one entry, which a word in capitals matches.
                if isAcronym { known[keys[0]]?[existing].isAcronym = true }
                return
            }
            known[keys[0], default: []].append(entry)
        }
        let labels = Set(Entity.Label.allCases.map(\.rawValue))
        let organizations = LexiconSchema(fields: 1...2, codes: [1: labels])
        for entry in try Lexicon.named("entities-organizations", schema: organizations).entries {
            try addName(entry[0], entry.count > 1 ? Entity.Label(rawValue: entry[1]) ?? .organization : .organization)
        }
        for name in try Lexicon.named("entities-places", schema: wordRows).words { try addName(name, .location) }
        // Towns and regions of the French-speaking world from ICU and ISO 3166-2
        // (Scripts/entities/derive_places.py).
        for name in try Lexicon.named("entities-places-derived", schema: wordRows).words {
            try addName(name, .location)
        }
        for name in try Lexicon.named("entities-events", schema: wordRows).words { try addName(name, .miscellaneous) }
        for name in icuPlaceNames() { try addName(name, .location) }
        for (name, label) in icuInstitutionNames { try addName(name, label) }
        return known.mapValues { $0.sorted { $0.keys.count > $1.keys.count } }
    }

    /// First names with their usual gender: the dictionary's first, so that the
    /// hand-written list wins where both have one.
    private static func loadFirstNames() throws -> [String: Gender?] {
        var firstNames: [String: Gender?] = [:]
        let schema = LexiconSchema(fields: 1...2, codes: [1: genderCodes])
        for entry in try Lexicon.named("entities-first-names-dictionary", schema: schema).entries {
            firstNames[Normalizer.foldingKey(entry[0])] = entry.count > 1 ? Gender(code: entry[1]) : nil
        }
        for entry in try Lexicon.named("entities-first-names", schema: schema).entries {
            firstNames[Normalizer.foldingKey(entry[0])] = entry.count > 1 ? Gender(code: entry[1]) : nil
        }
        return firstNames
    }

    /// Honorifics as written and roles by key, with the gender each shows.
    private static func loadTitles() throws -> (honorifics: [String: Gender?], roles: [String: Gender?]) {
        var honorifics: [String: Gender?] = [:]
        var roles: [String: Gender?] = [:]
        let schema = LexiconSchema(fields: 3...3, codes: [1: ["honorific", "role"], 2: genderCodes])
        for entry in try Lexicon.named("entities-titles", schema: schema).entries {
            let gender = Gender(code: entry[2])
            if entry[1] == "honorific" {
                honorifics[entry[0]] = gender
            } else {
                roles[Normalizer.foldingKey(entry[0])] = gender
            }
        }
        return (honorifics, roles)
    }

    /// What each cue word says, by key; cue nouns cue in the plural too (`les vallées de la
    /// Vesdre`, `les sociétés Néolis et Valtéo`).
    private static func loadCues() throws -> [String: CueKind] {
        var cues: [String: CueKind] = [:]
        let lexicon = try Lexicon.named("entities-cues", schema: LexiconSchema(fields: 2...2, key: [0, 1]))
        for (entry, line) in zip(lexicon.entries, lexicon.lines) {
            guard let kind = CueKind(code: entry[1], word: entry[0]) else {
                throw LexiconError.malformed(lexicon.location, line, "unknown cue kind `\(entry[1])`")
            }
            cues[Normalizer.foldingKey(entry[0]), default: []].formUnion(kind)
            if kind.isCueNoun, let plural = plural(ofCue: entry[0]) {
                cues[Normalizer.foldingKey(plural), default: []].formUnion(kind)
            }
        }
        return cues
    }

    /// The keys of every inflected form of the demonyms; of the plurals of those that
    /// name a people (a row not ending in `belief`); and of those plurals that are no
    /// singular too.
    private static func loadDemonyms() throws -> (Set<String>, Set<String>, Set<String>) {
        var demonyms: Set<String> = []
        var plurals: Set<String> = []
        var singulars: Set<String> = []
        for entry in try Lexicon.named("entities-demonyms", schema: LexiconSchema(fields: 1...3)).entries {
            let belief = entry.count > 1 && entry[entry.count - 1] == "belief"
            let feminine = entry.count > 1 && entry[1] != "belief" ? entry[1] : nil
            let forms = inflections(of: entry[0], feminine: feminine)
            for form in forms { demonyms.insert(Normalizer.foldingKey(form)) }
            singulars.insert(Normalizer.foldingKey(forms[0]))
            singulars.insert(Normalizer.foldingKey(forms[1]))
            guard !belief else { continue }
            plurals.insert(Normalizer.foldingKey(forms[2]))
            plurals.insert(Normalizer.foldingKey(forms[3]))
        }
        return (demonyms, plurals, plurals.subtracting(singulars))
    }

    /// Rows of one word (or name), each once.
    static let wordRows = LexiconSchema(fields: 1...1)
    /// The gender codes of first names and titles: `m`, `f`, `mf` or `-` (either).
    static let genderCodes: Set<String> = ["m", "f", "mf", "-"]

    /// Country and world-region names in French from ICU (`Allemagne`, `Europe`), with
    /// the parenthesised part of names such as `Myanmar (Birmanie)` as a name too.
    static func icuPlaceNames() -> [String] {
        var names: [String] = []
        let regionCodes = [
            "002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029",
            "030", "034", "035", "039", "142", "143", "145", "150", "151", "154", "155", "419",
        ]
        let excluded: Set<String> = ["EU", "EZ", "UN", "ZZ", "QO"]
        for code in LocaleData.countryCodes + regionCodes where !excluded.contains(code) {
            guard let name = LocaleData.regionName(code, in: "fr") else { continue }
            if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
                names.append(String(name[..<open]).trimmingCharacters(in: " "))
                names.append(String(name[name.index(after: open)..<close]))
            } else {
                names.append(name)
            }
        }
        return names.filter { !$0.isEmpty && !$0.contains(".") }
    }

    /// ICU region codes that name institutions rather than places (`EU` → `Union européenne`).
    static var icuInstitutionNames: [(String, Entity.Label)] {
        ["EU", "UN"].compactMap { code in
            LocaleData.regionName(code, in: "fr").map { ($0, .organization) }
        }
    }

    /// The plural of a lowercase cue noun (`vallée` → `vallées`, `hôpital` → `hôpitaux`),
    /// or `nil` when it is invariable or not a lowercase word.
    static func plural(ofCue word: String) -> String? {
        guard let first = word.utf16.first, !first.isUppercaseUnit, !word.contains(" ") else { return nil }
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") { return nil }
        if word.hasSuffix("al") { return String(word.dropLast(2)) + "aux" }
        if word.hasSuffix("eau") || word.hasSuffix("eu") { return word + "x" }
        return word + "s"
    }

    /// The masculine, feminine and plural forms of a nationality adjective.
    static func inflections(of masculine: String, feminine explicit: String?) -> [String] {
        let feminine: String
        if let explicit {
            feminine = explicit
        } else if masculine.hasSuffix("e") {
            feminine = masculine
        } else if masculine.hasSuffix("ien") || masculine.hasSuffix("éen") || masculine.hasSuffix("on") {
            feminine = masculine + "ne"
        } else {
            feminine = masculine + "e"
        }
        func plural(_ word: String) -> String {
            if word.hasSuffix("s") || word.hasSuffix("x") { return word }
            if word.hasSuffix("al") { return String(word.dropLast(2)) + "aux" }
            return word + "s"
        }
        return [masculine, feminine, plural(masculine), plural(feminine)]
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var slice = Substring(self)
        while slice.first == set { slice = slice.dropFirst() }
        while slice.last == set { slice = slice.dropLast() }
        return String(slice)
    }
}

extension Gender {
    /// `m`, `f`, or anything else for "either".
    init?(code: String) {
        switch code {
        case "m": self = .masculine
        case "f": self = .feminine
        default: return nil
        }
    }
}

/// The coarse part of speech of a common word, from the UD-derived lexicon.
enum CommonWordClass: Sendable {
    /// A noun.
    case noun
    /// An adjective (participles used as adjectives included).
    case adjective
    /// A verb or auxiliary.
    case verb
    /// A determiner, pronoun, preposition, conjunction, adverb or interjection.
    case function

    init(universalTag: String) {
        switch universalTag {
        case "NOUN": self = .noun
        case "ADJ": self = .adjective
        case "VERB", "AUX": self = .verb
        default: self = .function
        }
    }
}
