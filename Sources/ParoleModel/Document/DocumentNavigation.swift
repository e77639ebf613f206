/// Moving between layers: the sentence of a span, the tokens, entities, dates and quotes
/// of a sentence, and the bridge between spans and `String` indices.
///
/// Each call is a binary search over a layer sorted by start; the first call on a layer
/// builds its index in linear time (once per document, until a layer changes).
///
/// ```swift
/// for sentence in document.sentences {
///     let names = document.entities(in: sentence).map(\.canonical)
///     let quotes = document.quotes(in: sentence)
///     print(document.text[document.range(of: sentence.span)], names, quotes.count)
/// }
/// ```
extension Document {
    /// The sentence that contains all of `span`, or `nil` when the span crosses a
    /// sentence boundary or lies between sentences.
    public func sentence(containing span: Span) -> Sentence? {
        let sentences = self.sentences
        var low = 0
        var high = sentences.count
        // The first sentence starting after the span's start; the one before it is the candidate.
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].span.start > span.start { high = middle } else { low = middle + 1 }
        }
        guard low > 0, sentences[low - 1].span.contains(span) else { return nil }
        return sentences[low - 1]
    }

    /// The tokens of `sentence`, a slice of ``tokens`` (empty when the tokens are gone).
    public func tokens(in sentence: Sentence) -> Slice<TokenList> {
        let tokens = self.tokens
        let range = sentence.tokens.clamped(to: tokens.indices)
        return tokens[range]
    }

    /// The entity mentions that overlap `sentence`, in layer order.
    public func entities(in sentence: Sentence) -> [Entity] {
        annotations(of: EntityLayer.self, overlapping: sentence.span)
    }

    /// The temporal expressions that overlap `sentence`, in layer order.
    public func dates(in sentence: Sentence) -> [TemporalExpression] {
        annotations(of: DateLayer.self, overlapping: sentence.span)
    }

    /// The quotes whose words overlap `sentence`, in layer order: a quote that runs over
    /// several sentences is a quote of each.
    public func quotes(in sentence: Sentence) -> [Quote] {
        annotations(of: QuoteLayer.self, overlapping: sentence.span)
    }

    /// The annotations of layer `key` that overlap `span`, in layer order.
    public func annotations<Key: LayerKey>(of key: Key.Type, overlapping span: Span) -> [Key.Value.Element]
    where Key.Value: RandomAccessCollection, Key.Value.Element: Spanned, Key.Value.Index == Int {
        guard let layer = self[key] else { return [] }
        let index = spanIndexes.index(of: Key.name) { layer.map(\.span) }
        return index.overlapping(span).map { layer[$0] }
    }

    /// The range of ``text`` that `span` covers.
    ///
    /// The span's offsets must fall on character boundaries of the text's Unicode scalars
    /// (as every span a stage makes does).
    public func range(of span: Span) -> Range<String.Index> {
        let start = String.Index(utf16Offset: span.start, in: text)
        let end = String.Index(utf16Offset: span.end, in: text)
        return start..<end
    }

    /// The span of ``text`` that `range` covers: the inverse of ``range(of:)``.
    public func span(of range: Range<String.Index>) -> Span {
        Span(start: range.lowerBound.utf16Offset(in: text), end: range.upperBound.utf16Offset(in: text))
    }
}
