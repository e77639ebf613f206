import CParoleICU
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
package struct ParallelRunner: Sendable {
    /// How many inputs run at once.
    package let jobs: Int
    /// How many inputs are read ahead at most; bounds memory use.
    package let batchSize: Int
    /// How much input weight (see `run`'s `weight`) a batch holds at most, beyond its first input.
    package let batchWeight: Int

    /// Creates a runner; `jobs` defaults to the number of active processors. A batch
    /// holds up to `batchSize` inputs and up to `batchWeight` of their weight (by
    /// default one million: about a million UTF-16 units of text when the weight is
    /// the document length), whichever comes first; a longer input runs alone.
    package init(jobs: Int? = nil, batchSize: Int? = nil, batchWeight: Int? = nil) {
        let jobs = max(1, jobs ?? ProcessInfo.activeProcessorCountOrOne)
        self.jobs = jobs
        self.batchSize = max(1, batchSize ?? jobs * 16)
        self.batchWeight = max(1, batchWeight ?? 1_000_000)
    }

    /// Applies `transform` to every element of `inputs`, in parallel, and passes
    /// each result to `consume` in input order, with the element's position.
    /// Errors thrown by `transform` are handed to `consume`; an error thrown by
    /// `consume` stops the run.
    /// `weight` tells how much memory an input will need (for documents, their
    /// length), so that a batch of long documents stays small.
    package func run<Inputs: Sequence, Output, Failure: Error>(
        _ inputs: Inputs,
        weight: (Inputs.Element) -> Int = { _ in 0 },
        transform: @Sendable (Inputs.Element) throws -> Output,
        consume: (Int, Result<Output, any Error>) throws(Failure) -> Void
    ) throws(Failure) where Inputs.Element: Sendable {
        var iterator = inputs.makeIterator()
        var position = 0
        var batch: [Inputs.Element] = []
        batch.reserveCapacity(batchSize)
        var pending: Inputs.Element?
        while true {
            batch.removeAll(keepingCapacity: true)
            var load = 0
            while batch.count < batchSize, let next = pending ?? iterator.next() {
                pending = nil
                let cost = weight(next)
                if !batch.isEmpty, load + cost > batchWeight {
                    pending = next
                    break
                }
                load += cost
                batch.append(next)
            }
            if batch.isEmpty { return }
            do {
                let results = process(batch, transform)
                for result in results {
                    try consume(position, result)
                    position += 1
                }
            }
            if load >= batchWeight / 2 { Self.returnFreedMemory() }
        }
    }

    /// Gives memory freed by a heavy batch back to the system, so that peak memory
    /// does not creep up over many long documents (glibc keeps freed blocks per thread).
    private static func returnFreedMemory() {
        parole_release_free_memory()
    }

    private func process<Input: Sendable, Output>(
        _ batch: [Input], _ transform: @Sendable (Input) throws -> Output
    ) -> [Result<Output, any Error>] {
        if jobs == 1 || batch.count == 1 {
            return batch.map { input in Result { try transform(input) } }
        }
        let slots = UnsafeMutableBufferPointer<Result<Output, any Error>?>.allocate(capacity: batch.count)
        slots.initialize(repeating: nil)
        defer {
            // Release the results the slots hold, then the slots themselves.
            _ = slots.deinitialize()
            slots.deallocate()
        }
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
