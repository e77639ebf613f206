import Benchmark
import Foundation
import Parole
import ParoleBenchmarking

// Throughput of each stage and of the whole pipeline on the throughput corpus
// (../shared/data/corpus/throughput, or PAROLE_THROUGHPUT), side by side with a
// raw ICU word-break loop over the same text, in the same run:
//
//     swift package --package-path Benchmarks --disable-sandbox benchmark
//
// Each iteration processes the whole corpus once. `words/s` is the corpus word
// count divided by the iteration's wall-clock time. A stage measured alone gets
// documents that already carry the layers it needs (made before timing).
// `parole bench` gives the same figures with each configuration in its own
// process, which isolates peak memory.

let benchmarks: @Sendable () -> Void = {
    guard let corpus = try? ThroughputCorpus(folder: ThroughputCorpus.defaultFolder), !corpus.documents.isEmpty else {
        print("ParoleBenchmarks: no throughput corpus at \(ThroughputCorpus.defaultFolder.path); set PAROLE_THROUGHPUT")
        return
    }
    let wordsPerSecond = BenchmarkMetric.custom("words/s", polarity: .prefersLarger, useScalingFactor: false)
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, wordsPerSecond],
        warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 6)

    func timed(_ benchmark: Benchmark, _ body: () throws -> Void) rethrows {
        let elapsed = try ContinuousClock().measure(body)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        benchmark.measurement(wordsPerSecond, Int(Double(corpus.wordCount) / seconds))
    }

    Benchmark("ICU word-break loop (baseline)") { benchmark in
        let baseline = try ICUWordBreakBaseline()
        timed(benchmark) {
            for document in corpus.documents { blackHole(baseline.countBoundaries(document.utf16)) }
        }
    }

    let registry = StageRegistry.standard
    Benchmark("tokenize+sentences") { benchmark in
        let pipeline = try registry.pipeline(named: ["tokenize", "sentences"])
        try timed(benchmark) {
            for document in corpus.documents { blackHole(try pipeline.analyze(document)) }
        }
    }

    for (position, name) in registry.names.enumerated() {
        Benchmark("stage \(name) alone") { benchmark in
            let stage = try registry.makeStage(named: name)
            let before = try position == 0 ? nil : registry.pipeline(named: Array(registry.names.prefix(position)))
            let prepared = try corpus.documents.map { try before?.analyze($0) ?? $0 }
            try timed(benchmark) {
                for document in prepared {
                    var copy = document
                    try stage.process(&copy)
                    blackHole(copy)
                }
            }
        }
    }

    Benchmark("whole pipeline, JSON written") { benchmark in
        let pipeline = try registry.pipeline(named: registry.names)
        let writer = DocumentJSONWriter()
        try timed(benchmark) {
            for document in corpus.documents { blackHole(try writer.encode(pipeline.analyze(document))) }
        }
    }
}
