import ParoleCore

/// Which span of a layer (entities, dates) covers each token: the span that contains
/// the token's start, found in one pass over spans sorted by start.
enum SpanCoverage {
    /// Calls `body` with each token covered by one of `spans` and the index of the
    /// span in `spans`, in token order.
    static func forEach(_ spans: [Span], over tokens: [Token], _ body: (_ token: Int, _ span: Int) -> Void) {
        var spanIndex = 0
        let sorted = spans.enumerated().sorted { $0.element.start < $1.element.start }
        tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices {
                let start = tokens[index].span.start
                while spanIndex < sorted.count && sorted[spanIndex].element.end <= start { spanIndex += 1 }
                if spanIndex < sorted.count, sorted[spanIndex].element.contains(start) {
                    body(index, sorted[spanIndex].offset)
                }
            }
        }
    }
}

/// The tokens each entity covers (see ``SpanCoverage``), as runs of consecutive tokens
/// in text order: twelve bytes an entity rather than bytes per token.
struct EntityRuns: Sendable {
    /// A run of tokens covered by one entity.
    private struct Run: Sendable {
        var start: Int32
        var end: Int32
        var entity: Int32
    }

    /// The runs, in text order; two runs side by side cover different entities.
    private var runs: [Run] = []

    /// The runs of `entities` over `tokens`.
    init(entities: [Entity], tokens: [Token]) {
        SpanCoverage.forEach(entities.map(\.span), over: tokens) { token, entity in
            if let last = runs.last, Int(last.end) == token, Int(last.entity) == entity {
                runs[runs.count - 1].end += 1
            } else {
                runs.append(Run(start: Int32(token), end: Int32(token + 1), entity: Int32(entity)))
            }
        }
    }

    /// Calls `body` with the tokens and the entity of each run.
    func forEachRun(_ body: (_ tokens: Range<Int>, _ entity: Int) -> Void) {
        for run in runs { body(Int(run.start)..<Int(run.end), Int(run.entity)) }
    }

    /// The tokens and the entity of the run that contains token `index`, if any.
    func run(containing index: Int) -> (tokens: Range<Int>, entity: Int)? {
        var low = 0
        var high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if Int(runs[middle].start) <= index { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let run = runs[low - 1]
        guard index < Int(run.end) else { return nil }
        return (Int(run.start)..<Int(run.end), Int(run.entity))
    }
}

/// A set of tokens given as ranges, stored as their union: sorted ranges that do not
/// touch, searched by bisection.
struct TokenRanges: Sendable {
    private var ranges: [Range<Int>] = []

    /// The union of `ranges`.
    init(_ ranges: [Range<Int>]) {
        for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = self.ranges.last, range.lowerBound <= last.upperBound {
                self.ranges[self.ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                self.ranges.append(range)
            }
        }
    }

    /// Whether token `index` lies in one of the ranges.
    func contains(_ index: Int) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= index { low = middle + 1 } else { high = middle }
        }
        return low > 0 && index < ranges[low - 1].upperBound
    }
}
