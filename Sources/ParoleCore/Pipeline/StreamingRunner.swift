import CParoleICU
import Foundation

/// Runs work over a stream of inputs on several threads and hands each result back in
/// input order as soon as it and every result before it are done.
///
/// Unlike ``ParallelRunner``, which reads a whole batch before working on it, inputs are
/// read on their own thread while earlier ones are worked on, so a slow source (a pipe
/// that another program writes to and keeps open) gets each result back without waiting
/// for later inputs. At most `window` inputs, and `windowWeight` of their weight, are in
/// flight at once, which bounds memory.
///
/// ```swift
/// StreamingRunner(jobs: 4).run(DocumentReader(paths: ["-"]), transform: { input in
///     try pipeline.analyze(try input.get())
/// }, consume: { index, result in print(index, result) }, idle: { flushOutput() })
/// ```
package struct StreamingRunner: Sendable {
    /// How many inputs are worked on at once.
    package let jobs: Int
    /// How many inputs are read ahead at most.
    package let window: Int
    /// How much input weight (see `run`'s `weight`) is in flight at most, beyond one input.
    package let windowWeight: Int

    /// Creates a runner; `jobs` defaults to the number of active processors, `window` to
    /// 16 inputs a job, and `windowWeight` to one million (about a million UTF-16 units of
    /// text when the weight is the document length).
    package init(jobs: Int? = nil, window: Int? = nil, windowWeight: Int? = nil) {
        let jobs = max(1, jobs ?? ProcessInfo.activeProcessorCountOrOne)
        self.jobs = jobs
        self.window = max(1, window ?? jobs * 16)
        self.windowWeight = max(1, windowWeight ?? 1_000_000)
    }

    /// Applies `transform` to every element of `inputs` on ``jobs`` threads and passes
    /// each result to `consume` on the calling thread, in input order, with the element's
    /// position; errors thrown by `transform` are handed to `consume`. `idle` is called
    /// each time the next result is not ready yet, before waiting for it: the moment to
    /// flush output. `inputs` is read on a thread of its own.
    package func run<Inputs: Sequence, Output>(
        _ inputs: Inputs,
        weight: @escaping @Sendable (Inputs.Element) -> Int = { _ in 0 },
        transform: @escaping @Sendable (Inputs.Element) throws -> Output,
        consume: (Int, Result<Output, any Error>) -> Void,
        idle: () -> Void = {}
    ) where Inputs.Element: Sendable {
        let state = StreamState<Inputs.Element, Output>()
        // The iterator moves to the reader thread, behind a closure, and only that thread uses it.
        var iterator = inputs.makeIterator()
        let source = UncheckedBox<() -> Inputs.Element?>({ iterator.next() })
        let window = self.window
        let windowWeight = self.windowWeight
        let reader = Thread {
            var count = 0
            while let next = source.value() {
                let cost = weight(next)
                state.condition.lock()
                while state.inFlight >= window || (state.inFlight > 0 && state.weightInFlight + cost > windowWeight) {
                    state.condition.wait()
                }
                state.inFlight += 1
                state.weightInFlight += cost
                state.queue.append((count, next, cost))
                count += 1
                state.condition.broadcast()
                state.condition.unlock()
            }
            state.condition.lock()
            state.total = count
            state.condition.broadcast()
            state.condition.unlock()
        }
        reader.start()
        for _ in 0..<jobs {
            let worker = Thread {
                while let (index, input, cost) = state.nextWork() {
                    let result = Result { try transform(input) }
                    state.condition.lock()
                    state.results[index] = (result, cost)
                    state.condition.broadcast()
                    state.condition.unlock()
                }
            }
            worker.stackSize = 8 << 20
            worker.start()
        }
        var position = 0
        var consumedWeight = 0
        while true {
            state.condition.lock()
            var waited = false
            while state.results[position] == nil, state.total != position {
                if !waited {
                    // Nothing ready: push out what was written before waiting.
                    state.condition.unlock()
                    idle()
                    waited = true
                    state.condition.lock()
                    continue
                }
                state.condition.wait()
            }
            guard let (result, cost) = state.results.removeValue(forKey: position) else {
                state.condition.unlock()
                return
            }
            state.inFlight -= 1
            state.weightInFlight -= cost
            state.condition.broadcast()
            state.condition.unlock()
            consume(position, result)
            position += 1
            consumedWeight += cost
            if consumedWeight >= windowWeight / 2 {
                // As ParallelRunner does after a heavy batch: keep peak memory flat.
                parole_release_free_memory()
                consumedWeight = 0
            }
        }
    }
}

/// What the reader, the workers and the consumer of a ``StreamingRunner`` share, under
/// one condition variable.
private final class StreamState<Input, Output>: @unchecked Sendable {
    let condition = NSCondition()
    /// Inputs read and not yet taken by a worker: position, input, weight.
    var queue: [(Int, Input, Int)] = []
    var queueStart = 0
    /// Results not yet consumed, by position, with the input's weight.
    var results: [Int: (Result<Output, any Error>, Int)] = [:]
    /// Inputs read and not yet consumed, and their weight.
    var inFlight = 0
    var weightInFlight = 0
    /// The number of inputs, once all are read.
    var total: Int?

    /// The next input to work on, waiting for one; `nil` when all are read and taken.
    func nextWork() -> (Int, Input, Int)? {
        condition.lock()
        defer { condition.unlock() }
        while queueStart == queue.count {
            if total != nil { return nil }
            condition.wait()
        }
        let work = queue[queueStart]
        queueStart += 1
        if queueStart == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueStart = 0
        }
        return work
    }
}

/// Carries a value that only one thread uses to that thread.
private final class UncheckedBox<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
