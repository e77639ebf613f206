import ParoleCore

/// One reading of a word form in the French lexicon: its lemma, class and features.
package struct LexicalAnalysis: Sendable, Hashable {
    /// The lemma: the infinitive of a verb, the masculine singular of an adjective.
    package let lemma: String
    /// The class: a UD part of speech (verbs are `verb`, never `auxiliary`).
    package let partOfSpeech: PartOfSpeech
    /// UD-style features, such as `Mood=Ind|Tense=Imp|Person=3|Number=Sing`, plus
    /// `NameKind=FirstName`, `Surname` or `Name` on proper nouns.
    package let features: String

    /// Creates an analysis.
    package init(lemma: String, partOfSpeech: PartOfSpeech, features: String) {
        self.lemma = lemma
        self.partOfSpeech = partOfSpeech
        self.features = features
    }

    /// The value of feature `name` (`Gender`, `Number`, `Tense`...), or `nil`.
    package func feature(_ name: String) -> String? {
        for pair in features.split(separator: "|") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == name { return String(parts[1]) }
        }
        return nil
    }
}

/// The grammatical gender the lexicon gives a first name.
package enum NameGender: String, Sendable, Hashable {
    /// A masculine first name (`Antony`).
    case male
    /// A feminine first name (`Barbara`).
    case female
    /// A first name given to both (`Dominique`).
    case either
}
