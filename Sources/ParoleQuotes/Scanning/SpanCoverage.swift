import ParoleCore

/// Which span of a layer (entities, dates) covers each token: the span that contains
/// the token's start, found in one pass over spans sorted by start.
enum SpanCoverage {
    /// Calls `body` with each token covered by one of `spans` and the index of the
    /// span in `spans`, in token order.
    static func forEach(_ spans: [Span], over tokens: TokenList, _ body: (_ token: Int, _ span: Int) -> Void) {
        var spanIndex = 0
        let sorted = spans.enumerated().sorted { $0.element.start < $1.element.start }
        do {
            for index in tokens.indices {
                let start = tokens.span(at: index).start
                while spanIndex < sorted.count && sorted[spanIndex].element.end <= start { spanIndex += 1 }
                if spanIndex < sorted.count, sorted[spanIndex].element.contains(start) {
                    body(index, sorted[spanIndex].offset)
                }
            }
        }
    }
}
