import ParoleCore

extension Lexicon {
    /// The first fields as a set of ``Normalizer/foldingKey(_:)`` keys (case and accents ignored).
    package var foldedWords: Set<String> { Set(words.map(Normalizer.foldingKey)) }
}
