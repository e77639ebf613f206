import ParoleCore

/// The tables of the quotes stage, built once from the lexicons:
/// `quotes-speech-verbs.txt` (with every inflected form generated),
/// `quotes-function-words.txt`, `quotes-adverbials.txt`, `quotes-speaker-nouns.txt`,
/// and the titles and roles of `entities-titles.txt`.
public struct QuoteLexicons: Sendable {
    /// The speech verbs and their forms.
    public let speechVerbs: SpeechVerbTable
    /// Word classes, gender and number, keyed on the token norm.
    let words: [String: WordInfo]
    /// Adverbials and time phrases that may stand inside a reporting verb group.
    let adverbials: PhraseTable

    /// Loads the shipped lexicons.
    public init(tokenizer: FrenchTokenizer? = nil) throws {
        let tokenizer = try tokenizer ?? FrenchTokenizer()
        speechVerbs = SpeechVerbTable(lexicon: try Lexicon.named("quotes-speech-verbs"))

        var words: [String: WordInfo] = [:]
        func add(_ word: String, _ info: WordInfo) {
            words[word, default: WordInfo()].merge(info)
        }
        for entry in try Lexicon.named("quotes-function-words").entries where entry.count >= 2 {
            guard let wordClass = WordClass(lexiconName: entry[1]) else { continue }
            let gender = entry.count > 2 ? Gender(lexiconCode: entry[2]) : nil
            let plural = entry.count > 3 ? Bool.plural(lexiconCode: entry[3]) : nil
            add(entry[0].lowercased(), WordInfo(classes: wordClass, gender: gender, plural: plural))
        }

        var adverbialPhrases: [String] = []
        for entry in try Lexicon.named("quotes-adverbials").entries {
            let isTime = entry.count > 1 && entry[1] == "time"
            let norms = try tokenizer.tokenize(entry[0]).map(\.norm)
            if norms.count == 1 {
                add(norms[0], WordInfo(classes: isTime ? [.time] : [.adverb]))
            } else {
                adverbialPhrases.append(entry[0])
            }
        }
        adverbials = try PhraseTable(adverbialPhrases, tokenizer: tokenizer)

        for entry in try Lexicon.named("quotes-speaker-nouns").entries where entry.count >= 3 {
            let wordClass: WordClass =
                switch entry[2] {
                case "person": .personNoun
                case "group": .groupNoun
                default: .documentNoun
                }
            Self.addNoun(entry[0], wordClass, gender: Gender(lexiconCode: entry[1]), to: &words)
        }
        for entry in try Lexicon.named("entities-titles").entries where entry.count >= 3 {
            let gender = Gender(lexiconCode: entry[2])
            if entry[1] == "honorific" {
                add(entry[0].lowercased(), WordInfo(classes: .honorific, gender: gender, plural: false))
            } else {
                Self.addNoun(entry[0], .role, gender: gender, to: &words)
            }
        }
        self.words = words
    }

    /// Adds a noun and its plural (`autorité` → `autorités`, `général` → `généraux`).
    private static func addNoun(_ noun: String, _ wordClass: WordClass, gender: Gender?, to words: inout [String: WordInfo]) {
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

    /// What the lexicons say about a token norm.
    @inline(__always)
    func info(_ norm: String) -> WordInfo { words[norm] ?? WordInfo() }
}
