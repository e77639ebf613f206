/// A sentence, with the range of its tokens in the `tokens` layer.
public struct Sentence: Spanned, Hashable, Sendable, Codable {
    /// From the first character of the sentence to its last, spaces excluded.
    public var span: Span
    /// The indices of the sentence's tokens in ``Document/tokens``.
    public var tokens: Range<Int>

    /// Creates a sentence.
    public init(span: Span, tokens: Range<Int>) {
        self.span = span
        self.tokens = tokens
    }
}

/// The `sentences` layer: the document's sentences in text order.
public enum SentenceLayer: LayerKey {
    /// Sentences in text order, not overlapping.
    public typealias Value = [Sentence]
    /// `sentences`.
    public static let name: LayerName = "sentences"
}
