/// A span of code points `[start, end)` in a document's text, as `score.py` counts them.
package struct ScalarSpan: Hashable, Sendable {
    /// The first code point.
    package var start: Int
    /// One past the last code point.
    package var end: Int

    /// Creates a span.
    package init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// Intersection over union of the two spans (0 when the union is empty).
    package func overlap(with other: ScalarSpan) -> Double {
        let intersection = max(0, min(end, other.end) - max(start, other.start))
        let union = max(end, other.end) - min(start, other.start)
        return union != 0 ? Double(intersection) / Double(union) : 0
    }
}

/// The matching rules of `score.py`: finding gold text in the output text, trimming spans, and
/// greedy one-to-one pairing by best overlap.
package enum SpanMatching {
    /// What `trim` removes from both ends of a quotation span.
    static let trimmed: Set<UInt32> = Set(" \t\n\u{A0}\u{202F}«»\"“”'‘’.,;:!?…".unicodeScalars.map(\.value))

    /// The span of the `occurrence`-th (from 0) occurrence of `needle` in `text`, or nil.
    package static func find(_ needle: [UInt32], in text: [UInt32], occurrence: Int = 0) -> ScalarSpan? {
        var position = -1
        for _ in 0...max(0, occurrence) {
            guard let found = firstIndex(of: needle, in: text, from: position + 1) else { return nil }
            position = found
        }
        return ScalarSpan(position, position + needle.count)
    }

    /// Python's `str.find(needle, from)`.
    static func firstIndex(of needle: [UInt32], in text: [UInt32], from start: Int) -> Int? {
        guard start <= text.count else { return nil }
        guard let first = needle.first else { return start }
        guard needle.count <= text.count - start else { return nil }
        var index = start
        let last = text.count - needle.count
        while index <= last {
            if text[index] == first {
                var offset = 1
                while offset < needle.count, text[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// `span` without the spaces, quotation marks and punctuation at either end.
    package static func trim(_ span: ScalarSpan, in text: [UInt32]) -> ScalarSpan {
        var start = span.start
        var end = span.end
        while start < end, start >= 0, start < text.count, trimmed.contains(text[start]) { start += 1 }
        while end > start, end - 1 >= 0, end - 1 < text.count, trimmed.contains(text[end - 1]) { end -= 1 }
        return ScalarSpan(start, end)
    }

    /// Greedy one-to-one pairs (gold index, predicted index): the pairs of highest overlap
    /// first (ties: higher gold index, then higher predicted index, as Python's reverse sort of
    /// tuples), each span used once, none under `threshold`.
    package static func match(gold: [ScalarSpan], predicted: [ScalarSpan], threshold: Double) -> [(Int, Int)] {
        var candidates: [(score: Double, gold: Int, predicted: Int)] = []
        for (i, g) in gold.enumerated() {
            for (j, p) in predicted.enumerated() {
                let score = g.overlap(with: p)
                if score >= threshold { candidates.append((score, i, j)) }
            }
        }
        candidates.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.gold != b.gold { return a.gold > b.gold }
            return a.predicted > b.predicted
        }
        var usedGold = Set<Int>()
        var usedPredicted = Set<Int>()
        var pairs: [(Int, Int)] = []
        for candidate in candidates
        where !usedGold.contains(candidate.gold) && !usedPredicted.contains(candidate.predicted) {
            usedGold.insert(candidate.gold)
            usedPredicted.insert(candidate.predicted)
            pairs.append((candidate.gold, candidate.predicted))
        }
        return pairs
    }
}
