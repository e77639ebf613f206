import Benchmark
import Foundation
import Parole

// Throughput of tokenization and sentence splitting on the throughput corpus
// (../shared/data/corpus/throughput, or PAROLE_THROUGHPUT), side by side with a
// raw ICU word-break loop over the same text, in the same run.
//
//     swift package --disable-sandbox benchmark --target ParoleBenchmarks
//
// Each iteration processes the whole corpus once. `words/s` is the corpus word
// count divided by the iteration's wall-clock time.

let benchmarks: @Sendable () -> Void = {
    guard let corpus = try? ThroughputCorpus(folder: ThroughputCorpus.defaultFolder), !corpus.documents.isEmpty else {
        print("ParoleBenchmarks: no throughput corpus at \(ThroughputCorpus.defaultFolder.path); set PAROLE_THROUGHPUT")
        return
    }
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .custom("words/s", polarity: .prefersLarger, useScalingFactor: false)],
        warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 8)

    func timed(_ benchmark: Benchmark, _ body: () throws -> Void) rethrows {
        let clock = ContinuousClock()
        let elapsed = try clock.measure(body)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        benchmark.measurement(.custom("words/s", polarity: .prefersLarger, useScalingFactor: false), Int(Double(corpus.wordCount) / seconds))
    }

    Benchmark("ICU word-break loop (baseline)") { benchmark in
        let baseline = try ICUWordBreakBaseline()
        timed(benchmark) {
            for document in corpus.documents { blackHole(baseline.countBoundaries(document.utf16)) }
        }
    }

    Benchmark("tokenize") { benchmark in
        let tokenizer = try FrenchTokenizer()
        try timed(benchmark) {
            for document in corpus.documents { blackHole(try tokenizer.tokenize(document.utf16)) }
        }
    }

    Benchmark("tokenize+sentences") { benchmark in
        let pipeline = try StageRegistry.standard.pipeline(parsing: "tokenize,sentences")
        try timed(benchmark) {
            for document in corpus.documents { blackHole(try pipeline.analyze(document)) }
        }
    }
}
