import ParoleCore

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
    init(entities: [Entity], tokens: TokenList) {
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
