/// A Universal Dependencies part of speech (UPOS), such as `NOUN` or `ADP`.
public enum PartOfSpeech: UInt8, CaseIterable, Sendable, Hashable {
    /// Adjective.
    case adjective
    /// Adposition (`de`, `à`, `du`).
    case adposition
    /// Adverb.
    case adverb
    /// Auxiliary verb (`être`, `avoir` with a participle).
    case auxiliary
    /// Coordinating conjunction.
    case coordinatingConjunction
    /// Determiner.
    case determiner
    /// Interjection.
    case interjection
    /// Common noun.
    case noun
    /// Numeral.
    case numeral
    /// Particle.
    case particle
    /// Pronoun.
    case pronoun
    /// Proper noun.
    case properNoun
    /// Punctuation.
    case punctuation
    /// Subordinating conjunction.
    case subordinatingConjunction
    /// Symbol.
    case symbol
    /// Verb.
    case verb
    /// Other.
    case other

    /// The UD tag: `ADJ`, `ADP`, `ADV`, `AUX`, `CCONJ`, `DET`, `INTJ`, `NOUN`, `NUM`,
    /// `PART`, `PRON`, `PROPN`, `PUNCT`, `SCONJ`, `SYM`, `VERB`, `X`.
    public var tag: String { Self.tags[Int(rawValue)] }

    /// The part of speech of a UD tag, or `nil` for an unknown tag.
    public init?(tag: String) {
        guard let index = Self.tags.firstIndex(of: tag) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    private static let tags = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X",
    ]
}

/// A set of parts of speech, as a bit mask: the classes a word form can have.
package struct PartOfSpeechSet: OptionSet, Sendable, Hashable, Codable {
    /// One bit per ``PartOfSpeech`` raw value.
    package let rawValue: UInt32

    /// A set from its bit mask.
    package init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The set holding one part of speech.
    package init(_ partOfSpeech: PartOfSpeech) { rawValue = 1 << UInt32(partOfSpeech.rawValue) }

    /// Whether the set holds `partOfSpeech`.
    package func contains(_ partOfSpeech: PartOfSpeech) -> Bool {
        rawValue & (1 << UInt32(partOfSpeech.rawValue)) != 0
    }
}
