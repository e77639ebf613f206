import ParoleCore
import ParoleText

/// The tables of the quotes stage, built once from the lexicons:
/// `quotes-speech-verbs.txt` (with every inflected form from the French lexicon),
/// `quotes-function-words.txt`, `quotes-adverbials.txt`, `quotes-speaker-nouns.txt`,
/// `quotes-speaker-kinds.txt`, `quotes-view-nouns.txt`, `quotes-topic-verbs.txt`,
/// `quotes-epithet-nouns.txt`,
/// `quotes-speech-events.txt` (with the plural of every noun), `quotes-speech-setting-prepositions.txt`,
/// and the titles and roles of `entities-titles.txt`; and the
/// French lexicon of the `morphology` stage, for the parts of speech a form can have.
package struct QuoteLexicons: Sendable {
    /// The speech verbs and their forms.
    package let speechVerbs: SpeechVerbTable
    /// The infinitives of verbs met outside the speech-verb table (an incise's verb).
    let verbLemmas: VerbLemmas
    /// The kind of speaker a head noun makes (`témoins` → source), by norm.
    let speakerKinds: [String: Quote.Speaker.Kind]
    /// Adverbials and time phrases that may stand inside a reporting verb group.
    let adverbials: PhraseTable
    /// The nouns of a point of view (`yeux` in `à ses yeux`), by norm.
    let viewNouns: Set<String>
    /// The verbs of feeling whose subject is the topic, not the one who feels
    /// (`séduire`, `étonner`), as infinitives.
    let topicVerbs: Set<String>
    /// The nouns that refer back to a person already named (`le magistrat`), by norm,
    /// with their gender when the noun shows it.
    let epithetNouns: [String: Gender?]
    /// The nouns of an occasion or channel of speaking (`conférence`, `point de presse`),
    /// keyed on their first word's norm: the norms of the words after it, one list per
    /// noun or phrase (empty for a single noun), with every inflection of the first word.
    let speechEvents: [String: [[String]]]
    /// The prepositions that may open a phrase about the speaking (`lors de`, `dans`),
    /// keyed on their first word's norm: the norms of the words after it.
    let speechSettingPrepositions: [String: [[String]]]
    /// The French lexicon (every inflected form with its parts of speech).
    let wordForms: FrenchLexicon
    /// The readings of every speech-verb form, form after form (see ``LexiconEntry``).
    let readings: [VerbForm]
    /// What the lexicons say about each norm they know, keyed on the norm.
    private let entries: [String: LexiconEntry]
    /// The same entries, for the norms in Latin script (see ``FormShape/latin``),
    /// indexed by the bytes of their NFC form in ``latinEntries``.
    private let latinIndex: UTF8StringTable
    /// The entries of ``latinIndex``, by index.
    private let latinEntries: [LexiconEntry]

    /// The gender codes of the quote lexicons: `m`, `f`, `-` (either).
    static let genderCodes: Set<String> = ["m", "f", "-"]

    /// Loads the shipped lexicons; every file is checked against its row schema (an
    /// unknown code, a malformed row or a duplicate is a thrown ``LexiconError`` naming the
    /// file and line).
    package init(tokenizer: FrenchTokenizer? = nil) throws {
        try FrenchWordLists.check()
        let tokenizer = try tokenizer ?? FrenchTokenizer()
        wordForms = try FrenchLexicon.shared()
        speechVerbs = try SpeechVerbTable(lexicon: try Lexicon.named(SpeechVerbRows.lexiconName), forms: wordForms)
        verbLemmas = try VerbLemmas.shipped()
        (speechEvents, speechSettingPrepositions) = try Self.loadSpeechSettings(tokenizer: tokenizer, nouns: wordForms)

        var words: [String: WordInfo] = [:]
        func add(_ word: String, _ info: WordInfo) {
            words[word, default: WordInfo()].merge(info)
        }
        let functionWords = try Lexicon.named(
            "quotes-function-words",
            schema: LexiconSchema(fields: 2...4, codes: [2: Self.genderCodes, 3: ["s", "p", "-"]], key: [0, 1]))
        for (entry, line) in zip(functionWords.entries, functionWords.lines) {
            guard let wordClass = QuoteWordClass(lexiconName: entry[1]) else {
                throw LexiconError.malformed(functionWords.location, line, "unknown class `\(entry[1])`")
            }
            let gender = entry.count > 2 ? Gender(lexiconCode: entry[2]) : nil
            let plural = entry.count > 3 ? Bool.plural(lexiconCode: entry[3]) : nil
            add(entry[0].lowercased(), WordInfo(classes: wordClass, gender: gender, plural: plural))
        }

        var adverbialPhrases: [String] = []
        let adverbialSchema = LexiconSchema(fields: 1...2, codes: [1: ["adverb", "time"]])
        for entry in try Lexicon.named("quotes-adverbials", schema: adverbialSchema).entries {
            let isTime = entry.count > 1 && entry[1] == "time"
            let norms = try tokenizer.tokenize(entry[0]).map(\.norm)
            if norms.count == 1 {
                add(norms[0], WordInfo(classes: isTime ? [.time] : [.adverb]))
            } else {
                adverbialPhrases.append(entry[0])
            }
        }
        adverbials = try PhraseTable(adverbialPhrases, tokenizer: tokenizer)
        viewNouns = try Self.loadWords("quotes-view-nouns")
        topicVerbs = try Self.loadWords("quotes-topic-verbs")
        let epithets = LexiconSchema(fields: 2...2, codes: [1: Self.genderCodes])
        epithetNouns = Dictionary(
            try Lexicon.named("quotes-epithet-nouns", schema: epithets).entries.map {
                ($0[0].lowercased(), Gender(lexiconCode: $0[1]))
            }, uniquingKeysWith: { first, _ in first })
        let speakerNouns = LexiconSchema(
            fields: 3...3, codes: [1: Self.genderCodes, 2: ["person", "group", "crowd", "document"]])
        for entry in try Lexicon.named("quotes-speaker-nouns", schema: speakerNouns).entries {
            let wordClass: QuoteWordClass =
                switch entry[2] {
                case "person": .personNoun
                case "group": .groupNoun
                case "crowd": [.groupNoun, .collectiveNoun]
                default: .documentNoun
                }
            Self.addNoun(entry[0], wordClass, gender: Gender(lexiconCode: entry[1]), to: &words)
        }
        try Self.addWordsNouns(to: &words)
        let titles = LexiconSchema(fields: 3...3, codes: [1: ["honorific", "role"], 2: ["m", "f", "mf", "-"]])
        for entry in try Lexicon.named("entities-titles", schema: titles).entries {
            let gender = Gender(lexiconCode: entry[2])
            if entry[1] == "honorific" {
                add(entry[0].lowercased(), WordInfo(classes: .honorific, gender: gender, plural: false))
            } else {
                Self.addNoun(entry[0], .role, gender: gender, to: &words)
            }
        }
        speakerKinds = try Self.loadSpeakerKinds()
        (entries, readings) = Self.entries(words: words, verbs: speechVerbs, phraseWords: adverbials.wordIDs)
        var latinIndex = UTF8StringTable(expected: entries.count)
        var latinEntries: [LexiconEntry] = []
        for (norm, entry) in entries {
            var nfc = Normalizer.normalize(norm, form: .nfc)
            nfc.withUTF8 { bytes in
                guard FormShape.isLatin(bytes) else { return }
                let (index, isNew) = latinIndex.intern(bytes)
                if isNew { latinEntries.append(entry) } else { latinEntries[Int(index)] = entry }
            }
        }
        self.latinIndex = latinIndex
        self.latinEntries = latinEntries
    }

    /// The nouns of an occasion or channel of speaking (`quotes-speech-events.txt`, with their
    /// plurals) and the prepositions that open a phrase about the speaking
    /// (`quotes-speech-setting-prepositions.txt`), as ``loadPhrases(_:tokenizer:nouns:)`` keys them.
    private static func loadSpeechSettings(
        tokenizer: FrenchTokenizer, nouns wordForms: FrenchLexicon
    ) throws -> (events: [String: [[String]]], prepositions: [String: [[String]]]) {
        (
            try loadPhrases("quotes-speech-events", tokenizer: tokenizer, nouns: wordForms),
            try loadPhrases("quotes-speech-setting-prepositions", tokenizer: tokenizer)
        )
    }

    /// The phrases of the one-field lexicon `name`, keyed on the norm of their first word,
    /// with the norms of the words after it; with `wordForms`, the first word is also read
    /// as a noun and each of its forms there (its plural: `entretiens`, `points de presse`)
    /// keys the same phrase.
    private static func loadPhrases(
        _ name: String, tokenizer: FrenchTokenizer, nouns wordForms: FrenchLexicon? = nil
    ) throws -> [String: [[String]]] {
        var phrases: [String: [[String]]] = [:]
        var rows: [(first: String, tail: [String])] = []
        for entry in try Lexicon.named(name, schema: LexiconSchema(fields: 1...1)).entries {
            let norms = try tokenizer.tokenize(entry[0]).map(\.norm)
            guard let first = norms.first else { continue }
            rows.append((first, Array(norms.dropFirst())))
        }
        var forms: [String: [(form: String, features: String)]] = [:]
        if let wordForms {
            forms = wordForms.inflections(of: Array(Set(rows.map(\.first))), as: .noun)
        }
        for row in rows {
            var keys = [row.first]
            for inflection in forms[row.first] ?? [] {
                let norm = inflection.form.lowercased()
                if !keys.contains(norm) { keys.append(norm) }
            }
            for key in keys where !(phrases[key]?.contains(row.tail) ?? false) {
                phrases[key, default: []].append(row.tail)
            }
        }
        return phrases
    }

    /// The lowercased words of a one-field lexicon.
    private static func loadWords(_ name: String) throws -> Set<String> {
        Set(try Lexicon.named(name, schema: LexiconSchema(fields: 1...1)).entries.compactMap { $0.first?.lowercased() })
    }

    /// The kind of speaker some nouns make (`quotes-speaker-kinds.txt`), singular and plural.
    private static func loadSpeakerKinds() throws -> [String: Quote.Speaker.Kind] {
        var speakerKinds: [String: Quote.Speaker.Kind] = [:]
        let kindCodes = Set(["source", "organisation"].filter { Quote.Speaker.Kind(rawValue: $0) != nil })
        let kinds = LexiconSchema(fields: 2...2, codes: [1: kindCodes])
        for entry in try Lexicon.named("quotes-speaker-kinds", schema: kinds).entries {
            guard let kind = Quote.Speaker.Kind(rawValue: entry[1]) else { continue }
            let noun = entry[0].lowercased()
            speakerKinds[noun] = kind
            if !noun.hasSuffix("s") && !noun.hasSuffix("x") { speakerKinds[noun + "s"] = kind }
        }
        return speakerKinds
    }

    /// One entry per norm the lexicons know: its word classes, its speech-verb readings
    /// (stored one after the other in the returned readings), its keyword, its phrase word.
    private static func entries(
        words: [String: WordInfo], verbs: SpeechVerbTable, phraseWords: [String: Int32]
    ) -> ([String: LexiconEntry], [VerbForm]) {
        var entries: [String: LexiconEntry] = [:]
        for (word, info) in words { entries[word, default: LexiconEntry()].info = info }
        var readings: [VerbForm] = []
        for (form, formReadings) in verbs.forms {
            entries[form, default: LexiconEntry()].readingsStart = Int32(readings.count)
            entries[form, default: LexiconEntry()].readingsCount = Int32(formReadings.count)
            readings.append(contentsOf: formReadings)
        }
        for keyword in Keyword.allCases { entries[keyword.rawValue, default: LexiconEntry()].keyword = keyword }
        for (word, id) in phraseWords { entries[word, default: LexiconEntry()].phraseWord = id }
        return (entries, readings)
    }

    /// What the lexicons say about the token norm `norm`.
    func entry(for norm: String) -> LexiconEntry {
        var bytes = norm
        return bytes.withUTF8 { entry(for: norm, utf8: $0) }
    }

    /// What the lexicons say about `norm`, found by string: the entry ``entry(for:)``
    /// must give.
    func entry(comparingStrings norm: String) -> LexiconEntry { entries[norm] ?? compoundEntry(norm) }

    /// The norms the lexicons know.
    var norms: [String] { Array(entries.keys) }

    /// What the lexicons say about the token norm `norm`, whose UTF-8 bytes are `utf8`.
    @inline(__always)
    func entry(for norm: String, utf8: UnsafeBufferPointer<UInt8>) -> LexiconEntry {
        guard FormShape.isLatin(utf8) else { return entries[norm] ?? compoundEntry(norm) }
        if let index = latinIndex.index(of: utf8) { return latinEntries[index] }
        return unknownLatinEntry(norm, utf8: utf8)
    }

    /// The entry of a Latin norm the lexicons do not have: a compound's (see
    /// ``compoundEntry(_:)``), its last part found by its bytes; else an empty one.
    @inline(never)
    private func unknownLatinEntry(_ norm: String, utf8: UnsafeBufferPointer<UInt8>) -> LexiconEntry {
        // The last hyphen inside the word, if any.
        var hyphen = utf8.count - 2
        while hyphen > 0 && utf8[hyphen] != 0x2D { hyphen -= 1 }
        guard hyphen > 0, let index = latinIndex.index(of: UnsafeBufferPointer(rebasing: utf8[(hyphen + 1)...])) else {
            return LexiconEntry()
        }
        return Self.compound(headedBy: latinEntries[index])
    }

    /// The entry of a compound noun the lexicons do not know, from its last part: a
    /// speaker noun after a hyphen heads the compound (`arrière-petite-fille` is a
    /// person noun, feminine, like `fille`). Else an empty entry.
    private func compoundEntry(_ norm: String) -> LexiconEntry {
        guard let hyphen = norm.lastIndex(of: "-"), hyphen != norm.startIndex else { return LexiconEntry() }
        let last = norm[norm.index(after: hyphen)...]
        guard !last.isEmpty, let head = entries[String(last)] else { return LexiconEntry() }
        return Self.compound(headedBy: head)
    }

    /// The entry of a compound whose last part has the entry `head`: its speaker-noun
    /// classes, gender and number, when it has some.
    private static func compound(headedBy head: LexiconEntry) -> LexiconEntry {
        guard head.info.isAny(.speakerHead) else { return LexiconEntry() }
        var entry = LexiconEntry()
        entry.info = WordInfo(
            classes: head.info.classes.intersection(.speakerHead), gender: head.info.gender, plural: head.info.plural)
        return entry
    }

    /// Adds a noun and its plural (`autorité` → `autorités`, `général` → `généraux`).
    /// Adds the nouns of words of `quotes-words-nouns.txt` (`réponse`, `témoignage`), both numbers.
    private static func addWordsNouns(to words: inout [String: WordInfo]) throws {
        for noun in try loadWords("quotes-words-nouns") { addNoun(noun, .wordsNoun, gender: nil, to: &words) }
    }

    private static func addNoun(
        _ noun: String, _ wordClass: QuoteWordClass, gender: Gender?, to words: inout [String: WordInfo]
    ) {
        let singular = noun.lowercased()
        let isPluralAlready = singular.hasSuffix("s") || singular.hasSuffix("x")
        words[singular, default: WordInfo()].merge(
            WordInfo(classes: wordClass, gender: gender, plural: isPluralAlready ? nil : false))
        guard !isPluralAlready else { return }
        let plural: String
        if let stem = singular.removingSuffix("al") {
            plural = stem + "aux"
        } else if singular.hasSuffix("eau") || singular.hasSuffix("eu") {
            plural = singular + "x"
        } else {
            plural = singular + "s"
        }
        words[plural, default: WordInfo()].merge(WordInfo(classes: wordClass, gender: gender, plural: true))
    }
}
