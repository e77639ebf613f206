import Dispatch
import Foundation

/// Runs work over a stream of inputs on all cores and hands the results back in
/// input order, holding only one batch in memory at a time.
///
/// ```swift
/// let runner = ParallelRunner(jobs: 4)
/// runner.run(DocumentReader(paths: ["corpus"]), transform: { input in
///     try pipeline.analyze(try input.get())
/// }, consume: { index, result in print(index, result) })
/// ```
public struct ParallelRunner: Sendable {
    /// How many inputs run at once.
    public let jobs: Int
    /// How many inputs are read ahead; bounds memory use.
    public let batchSize: Int

    /// Creates a runner; `jobs` defaults to the number of active processors.
    public init(jobs: Int? = nil, batchSize: Int? = nil) {
        let jobs = max(1, jobs ?? ProcessInfo.activeProcessorCountOrOne)
        self.jobs = jobs
        self.batchSize = max(1, batchSize ?? jobs * 16)
    }

    /// Applies `transform` to every element of `inputs`, in parallel, and passes
    /// each result to `consume` in input order, with the element's position.
    /// Errors thrown by `transform` are handed to `consume`; an error thrown by
    /// `consume` stops the run.
    public func run<Inputs: Sequence, Output, Failure: Error>(
        _ inputs: Inputs,
        transform: @Sendable (Inputs.Element) throws -> Output,
        consume: (Int, Result<Output, any Error>) throws(Failure) -> Void
    ) throws(Failure) where Inputs.Element: Sendable {
        var iterator = inputs.makeIterator()
        var position = 0
        var batch: [Inputs.Element] = []
        batch.reserveCapacity(batchSize)
        while true {
            batch.removeAll(keepingCapacity: true)
            while batch.count < batchSize, let next = iterator.next() { batch.append(next) }
            if batch.isEmpty { return }
            let results = process(batch, transform)
            for result in results {
                try consume(position, result)
                position += 1
            }
        }
    }

    private func process<Input: Sendable, Output>(
        _ batch: [Input], _ transform: @Sendable (Input) throws -> Output
    ) -> [Result<Output, any Error>] {
        if jobs == 1 || batch.count == 1 {
            return batch.map { input in Result { try transform(input) } }
        }
        let slots = UnsafeMutableBufferPointer<Result<Output, any Error>?>.allocate(capacity: batch.count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        nonisolated(unsafe) let shared = slots
        // Each index writes only its own slot.
        DispatchQueue.concurrentPerform(iterations: batch.count) { index in
            shared[index] = Result { try transform(batch[index]) }
        }
        return slots.map { $0! }
    }
}

extension ProcessInfo {
    /// The active processor count, at least one.
    static var activeProcessorCountOrOne: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
