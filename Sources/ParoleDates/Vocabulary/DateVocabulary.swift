import ParoleCore
import ParoleText

/// Everything the date grammar knows about words, loaded once per stage:
/// month and weekday names from ICU's French locale data, number words from
/// ICU's spell-out rules, and the `dates-*` lexicons.
final class DateVocabulary: Sendable {
    /// Temporal words by norm (and by accent-free spelling).
    let words: [String: DateWord]
    /// Cardinal and ordinal number words.
    let numbers: NumberWords
    /// ICU's abbreviated month names that are also number words (`sept`, September and
    /// seven), by norm: a month only right after a day of the month (`12 sept. 2024`).
    let numberMonths: [String: Int]
    /// Verb forms that tell the tense.
    let tense: [String: TenseCue]
    /// Nouns for people (for ages: `un homme de 45 ans`).
    let persons: Set<String>
    /// Holidays by the norm of their first word.
    let holidays: [String: [Holiday]]
    /// Phrases such as `pour l'instant` (`PRESENT_REF`) by the norm of their first word.
    let references: [String: [ReferencePhrase]]
    /// Set phrases that name a recurring time (`au jour le jour`), by first word (`dates-sets`).
    let sets: [String: [SetPhrase]]
    /// The words other than a head word of ``words`` where a search for a phrase starts: a
    /// holiday's first word, the last words of reference and set phrases (one lookup a token).
    let phraseHeads: Set<String>
    /// The hyphenated temporal words written as two words (`après midi`, `avant hier`): the
    /// second word by the first, the pair's role being that of the hyphenated form.
    let spacedCompounds: [String: Set<String>]
    /// A quick test that rejects most words that are neither word of a spaced compound.
    let compoundFilter: HeadFilter
    /// A quick test that rejects most words that cannot start an expression.
    let filter: HeadFilter
    /// A quick test that rejects most words that are neither in ``words`` nor a word of a
    /// spaced compound.
    let wordFilter: HeadFilter

    /// Word classes (``WordClass``) by norm, from `dates-function-words` and `dates-context-words`.
    let classes: [String: WordClass]
    /// A quick test that rejects most words that are in no class.
    let classFilter: HeadFilter
    /// The phrases of several tokens in each class (`à partir de`), as token norms.
    let classPhrases: [WordClassName: [[String]]]
    /// Set phrases that hold a date word but name no time (`du jour au lendemain`), by first word.
    let idioms: [String: [[String]]]
    /// Word endings by kind (`dates-endings`), longest first.
    let endings: [EndingKind: [String]]
    /// The French lexicon, for what a word form says as a verb (``VerbTimes``).
    let wordForms: FrenchLexicon
    /// Every form of the verbs of saying that report a clause and make an incise
    /// (`quotes-speech-verbs.txt`: `rapporte`, `précisé`), by norm; a newspaper's title
    /// may stand right after one (`rapporte 20 minutes.`).
    let speechForms: Set<String>

    /// Loads the vocabulary; a malformed lexicon row fails with `file:line: reason`.
    init() throws {
        var words: [String: DateWord] = [:]
        func add(_ form: String, _ word: DateWord) {
            let norm = Normalizer.normalize(form, form: .nfkcCaseFold)
            if words[norm] == nil { words[norm] = word }
            let folded = Normalizer.foldingKey(norm)
            if words[folded] == nil { words[folded] = word }
        }
        let numbers = try NumberWords()
        for (index, name) in LocaleData.monthNames(in: "fr").enumerated() where index < 12 {
            add(name, .month(index + 1, abbreviated: false))
        }
        var numberMonths: [String: Int] = [:]
        for (index, name) in LocaleData.shortMonthNames(in: "fr").enumerated() where index < 12 {
            let bare = name.hasSuffix(".") ? String(name.dropLast()) : name
            guard words[bare] == nil else { continue }
            if numbers.isPiece(bare) {
                numberMonths[Normalizer.normalize(bare, form: .nfkcCaseFold)] = index + 1
            } else {
                add(bare, .month(index + 1, abbreviated: true))
            }
        }
        self.numberMonths = numberMonths
        for (index, name) in LocaleData.weekdayNames(in: "fr").enumerated() where index < 7 {
            add(name, .weekday(index + 1, plural: false))
            add(name + "s", .weekday(index + 1, plural: true))
        }
        for (form, word) in try DateVocabulary.temporalWords(DateLexiconFile.named("dates-words")) {
            add(form, word)
        }
        self.tense = try DateVocabulary.tenseCues(DateLexiconFile.named("dates-tense"))
        self.wordForms = try FrenchLexicon.shared()
        self.speechForms = try DateVocabulary.speechForms(in: wordForms)
        var holidays: [String: [Holiday]] = [:]
        for holiday in try DateVocabulary.holidays(DateLexiconFile.named("dates-holidays")) {
            for first in Set([holiday.words[0], Normalizer.foldingKey(holiday.words[0])]) {
                holidays[first, default: []].append(holiday)
            }
        }
        var references: [String: [ReferencePhrase]] = [:]
        for phrase in try DateVocabulary.references(DateLexiconFile.named("dates-references")) {
            references[phrase.words[0], default: []].append(phrase)
        }
        let referenceHeads = Set(references.values.joined().compactMap(\.words.last))
        self.references = references
        let sets = try DateVocabulary.setPhrases(DateLexiconFile.named("dates-sets"))
        self.sets = Dictionary(grouping: sets, by: { $0.words[0] })
        let setHeads = Set(sets.compactMap(\.words.last))
        self.phraseHeads = referenceHeads.union(setHeads).union(holidays.keys)
        self.words = words
        self.numbers = numbers
        self.persons = Set(try DateVocabulary.singleWords(DateLexiconFile.named("dates-persons")))
        self.holidays = holidays.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        var classes: [String: WordClass] = [:]
        var classPhrases: [WordClassName: [[String]]] = [:]
        for name in DateVocabulary.classLexicons {
            for (form, wordClass) in try DateVocabulary.wordClasses(DateLexiconFile.named(name)) {
                classes[form, default: []].insert(WordClass(wordClass))
                // Only a form with a space or an inner apostrophe is a phrase of several tokens.
                guard form.contains(" ") || form.dropLast().contains("'") else { continue }
                let words = DateVocabulary.tokens(of: form)
                if words.count > 1 { classPhrases[wordClass, default: []].append(words) }
            }
        }
        self.classes = classes
        self.classFilter = HeadFilter(Array(classes.keys))
        self.classPhrases = classPhrases
        self.idioms = try DateVocabulary.idiomPhrases(DateLexiconFile.named("dates-idioms"))
        self.endings = try DateVocabulary.endings(DateLexiconFile.named("dates-endings"))
        let spacedCompounds = DateVocabulary.spacedCompounds(of: words)
        self.spacedCompounds = spacedCompounds
        let compoundWords = Array(spacedCompounds.keys) + spacedCompounds.values.flatMap { $0 }
        self.compoundFilter = HeadFilter(compoundWords)
        self.wordFilter = HeadFilter(Array(words.keys) + compoundWords)
        self.filter = HeadFilter(
            words.filter { $0.value.isHead }.map(\.key) + Array(phraseHeads) + Array(spacedCompounds.keys))
    }

    /// The phrases of `file` (`dates-idioms.txt`) as their tokens, by their first token.
    static func idiomPhrases(_ file: DateLexiconFile) throws -> [String: [[String]]] {
        var idioms: [String: [[String]]] = [:]
        for phrase in try singleWords(file) {
            let words = tokens(of: phrase)
            idioms[words[0], default: []].append(words)
        }
        return idioms
    }

    /// The head words of `words` made of two words joined by one hyphen, by their first word:
    /// French writes them with a space as well (`l'après midi`, `avant hier`).
    static func spacedCompounds(of words: [String: DateWord]) -> [String: Set<String>] {
        var compounds: [String: Set<String>] = [:]
        for (form, word) in words where word.isHead {
            let parts = form.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { continue }
            compounds[String(parts[0]), default: []].insert(String(parts[1]))
        }
        return compounds
    }

    /// The role of the hyphenated form of `first` and `second` when they are a spaced
    /// compound (`après` `midi` → the role of `après-midi`), or nil.
    func compound(_ first: String, _ second: String) -> DateWord? {
        guard let seconds = spacedCompounds[first], seconds.contains(second) else { return nil }
        return words[first + "-" + second]
    }

    /// The lexicons of word classes.
    static let classLexicons = ["dates-function-words", "dates-context-words"]

    /// The temporal role of a token norm, or nil.
    @inline(__always)
    func word(_ norm: String) -> DateWord? { wordFilter.mayContain(norm) ? words[norm] : nil }

    /// Whether the norm `norm` belongs to one of `wordClass`'s classes.
    @inline(__always)
    func isClass(_ norm: String, _ wordClass: WordClass) -> Bool {
        guard let found = classes[norm] else { return false }
        return !found.isDisjoint(with: wordClass)
    }

    /// The word classes of a token norm; most norms are rejected by ``classFilter`` unhashed.
    @inline(__always)
    func classes(of norm: String) -> WordClass {
        classFilter.mayContain(norm) ? classes[norm] ?? [] : []
    }

    /// Whether `word` ends with one of the endings of `kind` (and is longer than it).
    func hasEnding(_ word: String, _ kind: EndingKind) -> Bool {
        guard let list = endings[kind] else { return false }
        for ending in list where word.hasSuffix(ending) && word.count > ending.count { return true }
        return false
    }

    /// The token norms of a lexicon phrase, split as the tokenizer splits text:
    /// at spaces and after elisions (`jour de l'an` → `jour`, `de`, `l'`, `an`).
    static func tokens(of phrase: String) -> [String] {
        var words: [String] = []
        for piece in phrase.split(separator: " ") {
            var word = Normalizer.normalize(piece, form: .nfkcCaseFold).replacingOccurrences(of: "’", with: "'")
            while let apostrophe = word.firstIndex(of: "'"), apostrophe != word.index(before: word.endIndex) {
                let elided = String(word[...apostrophe])
                guard elided.count <= 6 else { break }
                words.append(elided)
                word = String(word[word.index(after: apostrophe)...])
            }
            words.append(word)
        }
        return words
    }
}

/// A phrase that refers to the present, the past or the future: `pour l'instant`.
struct ReferencePhrase: Sendable, Hashable {
    /// The token norms of the phrase.
    let words: [String]
    /// The TIMEX3 value: `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    let token: String
    /// Whether only the TimeML style marks it.
    let timeml: Bool
    /// Whether it is marked only inside a clause (``ReferenceStyle/inClause``).
    var inClause = false
}

/// A phrase that names a recurring time: `au jour le jour` (every day).
struct SetPhrase: Sendable, Hashable {
    /// The token norms of the phrase.
    let words: [String]
    /// The unit that recurs.
    let unit: TimeUnit
}

/// A bit table keyed by a word's first two bytes and length: a word whose key
/// is not set cannot be a head, so most tokens are rejected without hashing.
struct HeadFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init(_ words: [String]) {
        for word in words {
            let key = HeadFilter.key(word)
            bits[key >> 6] |= 1 << UInt64(key & 63)
        }
    }

    /// Whether `norm` may be a head.
    @inline(__always)
    func mayContain(_ norm: String) -> Bool {
        let key = HeadFilter.key(norm)
        return bits[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    @inline(__always)
    private static func key(_ word: String) -> Int {
        var utf8 = word.utf8.makeIterator()
        let first = Int(utf8.next() ?? 0)
        let second = Int(utf8.next() ?? 0)
        let length = min(word.utf8.count, 15)
        return ((first & 0x3F) << 10 | (second & 0x3F) << 4 | length) & 0xFFFF
    }
}
