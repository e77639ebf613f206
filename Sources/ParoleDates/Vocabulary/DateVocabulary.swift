import ParoleCore

/// Everything the date grammar knows about words, loaded once per stage:
/// month and weekday names from ICU's French locale data, number words from
/// ICU's spell-out rules, and the `dates-*` lexicons.
final class DateVocabulary: Sendable {
    /// Temporal words by norm (and by accent-free spelling).
    let words: [String: DateWord]
    /// Cardinal and ordinal number words.
    let numbers: NumberWords
    /// Verb forms that tell the tense.
    let tense: [String: TenseCue]
    /// Nouns for people (for ages: `un homme de 45 ans`).
    let persons: Set<String>
    /// Holidays by the norm of their first word.
    let holidays: [String: [Holiday]]
    /// Phrases such as `pour l'instant` (`PRESENT_REF`) by the norm of their first word.
    let references: [String: [ReferencePhrase]]
    /// The last words of those phrases: where a search for one starts.
    let referenceHeads: Set<String>
    /// A quick test that rejects most words that cannot start an expression.
    let filter: HeadFilter
    /// A quick test that rejects most words that are not in ``words``.
    let wordFilter: HeadFilter

    /// Loads the vocabulary.
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
        for (index, name) in LocaleData.shortMonthNames(in: "fr").enumerated() where index < 12 {
            let bare = name.hasSuffix(".") ? String(name.dropLast()) : name
            if words[bare] == nil, !numbers.isPiece(bare) { add(bare, .month(index + 1, abbreviated: true)) }
        }
        for (index, name) in LocaleData.weekdayNames(in: "fr").enumerated() where index < 7 {
            add(name, .weekday(index + 1, plural: false))
            add(name + "s", .weekday(index + 1, plural: true))
        }
        for entry in try Lexicon.named("dates-words").entries where entry.count >= 2 {
            if let word = DateVocabulary.word(entry) { add(entry[0], word) }
        }
        var tense: [String: TenseCue] = [:]
        for entry in try Lexicon.named("dates-tense").entries where entry.count >= 2 {
            if let cue = TenseCue(name: entry[1]) { tense[entry[0], default: []].insert(cue) }
        }
        var holidays: [String: [Holiday]] = [:]
        for entry in try Lexicon.named("dates-holidays").entries where entry.count >= 3 {
            guard let holiday = DateVocabulary.holiday(entry) else { continue }
            for first in Set([holiday.words[0], Normalizer.foldingKey(holiday.words[0])]) {
                holidays[first, default: []].append(holiday)
            }
        }
        var references: [String: [ReferencePhrase]] = [:]
        for entry in try Lexicon.named("dates-references").entries where entry.count >= 3 {
            let phrase = ReferencePhrase(
                words: DateVocabulary.tokens(of: entry[0]), token: entry[1],
                timeml: entry[2] == "timeml")
            references[phrase.words[0], default: []].append(phrase)
        }
        let referenceHeads = Set(references.values.joined().compactMap(\.words.last))
        self.references = references
        self.referenceHeads = referenceHeads
        self.words = words
        self.numbers = numbers
        self.tense = tense
        self.persons = Set(try Lexicon.named("dates-persons").words.map { $0.lowercased() })
        self.holidays = holidays.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        self.wordFilter = HeadFilter(Array(words.keys))
        self.filter = HeadFilter(
            words.filter { $0.value.isHead }.map(\.key) + Array(holidays.keys)
                + Array(referenceHeads))
    }

    /// The temporal role of a token norm, or nil.
    @inline(__always)
    func word(_ norm: String) -> DateWord? { wordFilter.mayContain(norm) ? words[norm] : nil }

    private static func word(_ entry: [String]) -> DateWord? {
        let value = entry.count > 2 ? entry[2] : ""
        switch entry[1] {
        case "day": return Int(value).map { .deicticDay($0) }
        case "narrative": return Int(value).map { .narrativeDay($0) }
        case "unit":
            guard let unit = TimeUnit(rawValue: value) else { return nil }
            let plural = entry.count > 3 ? entry[3] : "0"
            return .unit(unit, plural: plural == "0" ? nil : plural == "2")
        case "daypart": return DayPart(rawValue: value).map { .dayPart($0) }
        case "clock": return Int(value).map { .clock($0) }
        case "season": return Season(rawValue: value).map { .season($0) }
        case "modifier": return Modifier(rawValue: value).map { .modifier($0) }
        case "part": return PeriodPart(rawValue: value).map { .part($0) }
        case "vague": return .vague
        case "collective": return Int(value).map { .collective($0) }
        case "reference": return .reference(value, timeml: entry.count > 3 && entry[3] == "timeml")
        case "every": return TimeUnit(rawValue: value).map { .every($0) }
        default: return nil
        }
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

    private static func holiday(_ entry: [String]) -> Holiday? {
        let words = tokens(of: entry[0])
        let numbers = entry[2].split(separator: "-").compactMap { Int($0) }
        switch entry[1] {
        case "fixed" where numbers.count == 2:
            return Holiday(words: words, rule: .fixed(month: numbers[0], day: numbers[1]))
        case "easter":
            return Int(entry[2]).map { Holiday(words: words, rule: .easter(offset: $0)) }
        default:
            return nil
        }
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
