/// The part of speech and lemma of one token.
public struct TokenMorphology: Sendable, Hashable, Codable {
    /// The UD part of speech.
    public var partOfSpeech: PartOfSpeech
    /// The lemma: `déclarer` for `déclarait`, `de` for `du`, the form itself for a proper noun.
    public var lemma: String

    /// Creates the morphology of a token.
    public init(partOfSpeech: PartOfSpeech, lemma: String) {
        self.partOfSpeech = partOfSpeech
        self.lemma = lemma
    }
}

/// The `morphology` layer: one ``TokenMorphology`` per token, in token order. The
/// JSON writes it inside `tokens`, as `upos` and `lemma`.
public enum MorphologyLayer: LayerKey {
    /// One entry per token of the `tokens` layer.
    public typealias Value = [TokenMorphology]
    /// `morphology`.
    public static let name: LayerName = "morphology"
}

extension Document {
    /// The part of speech and lemma of each token, empty when the `morphology` stage has not run.
    public var morphology: [TokenMorphology] {
        get { self[MorphologyLayer.self] ?? [] }
        set { self[MorphologyLayer.self] = newValue }
    }
}
