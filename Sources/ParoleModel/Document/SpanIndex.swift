import Synchronization

/// The spans of one layer sorted by start, with the running maximum of their ends, so
/// that the annotations overlapping a span are found by two binary searches.
struct SpanIndex: Sendable {
    /// The layer position of each sorted entry, or `nil` when the layer is already sorted.
    private let order: [Int32]?
    /// The starts, sorted.
    private let starts: [Int32]
    /// The ends in the same order.
    private let ends: [Int32]
    /// `maxEnds[i]` is the largest end among entries `0...i`: never decreasing.
    private let maxEnds: [Int32]

    /// Indexes `spans`, in linear time when they are already in text order.
    init(_ spans: [Span]) {
        var sorted = true
        for index in spans.indices.dropFirst() where spans[index] < spans[index - 1] {
            sorted = false
            break
        }
        let order: [Int32]? =
            sorted ? nil : spans.indices.sorted { spans[$0] < spans[$1] }.map { Int32($0) }
        let inOrder = order.map { $0.map { spans[Int($0)] } } ?? spans
        self.order = order
        starts = inOrder.map { Int32($0.start) }
        ends = inOrder.map { Int32($0.end) }
        var running = Int32.min
        maxEnds = inOrder.map {
            running = max(running, Int32($0.end))
            return running
        }
    }

    /// The layer positions, ascending, of the spans that overlap `span` (an empty span
    /// overlaps the spans that contain its offset).
    func overlapping(_ span: Span) -> [Int] {
        let (low, high) = (Int32(span.start), Int32(span.end))
        // Candidates start before `span` ends and have, or follow one that has, an end after it starts.
        let last = Self.firstIndex(in: starts) { span.isEmpty ? $0 > low : $0 >= high }
        let first = Self.firstIndex(in: maxEnds) { $0 > low }
        guard first < last else { return [] }
        var found: [Int] = []
        for position in first..<last where ends[position] > low {
            found.append(order.map { Int($0[position]) } ?? position)
        }
        return order == nil ? found : found.sorted()
    }

    /// The first index of `values` (ordered so that `predicate` is false, then true) where
    /// `predicate` holds, or `values.count`.
    private static func firstIndex(in values: [Int32], where predicate: (Int32) -> Bool) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(values[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// The ``SpanIndex`` of each layer a navigation call has needed, shared by the copies of a
/// document that have the same layers, and replaced whenever a layer changes.
final class SpanIndexCache: Sendable {
    private let indexes = Mutex<[LayerName: SpanIndex]>([:])

    /// The index of layer `name`, made from `spans` on first use.
    func index(of name: LayerName, spans: () -> [Span]) -> SpanIndex {
        if let index = indexes.withLock({ $0[name] }) { return index }
        let made = SpanIndex(spans())
        indexes.withLock { $0[name] = made }
        return made
    }
}
