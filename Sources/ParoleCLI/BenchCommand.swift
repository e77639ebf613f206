import ArgumentParser
import Foundation
import Parole

/// `parole bench`: words per second and peak memory of each stage and of the
/// whole pipeline on a corpus, next to a raw ICU word-break loop measured in the
/// same run.
public struct BenchCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure words/s and peak memory of each stage and the whole pipeline.",
        discussion: """
            Each configuration runs in its own process, so that its peak resident memory is its own:
              icu          ICU's word-break iterator walked over the text, nothing else (the baseline)
              tokenize     the tokenize stage
              sentences    tokenize + sentences
              STAGE        one later stage alone (the layers it needs are made beforehand, untimed)
              pipeline     every stage, one thread, no output
              analyze      `parole analyze` on all cores, JSON lines written to /dev/null
            Use a release build: swift build -c release.
            """)

    @Option(help: "Folder of .txt/.jsonl files, split at '### doc=' lines.")
    var corpus: String = ThroughputCorpus.defaultFolder.path

    @Option(help: "Comma-separated configurations (default: all).")
    var only: String?

    @Option(help: "Timed passes over the corpus per configuration; the fastest counts.")
    var iterations = 3

    @Option(help: "Repeat the corpus this many times (to see that memory stays flat).")
    var `repeat` = 1

    @Flag(help: "Write results as JSON lines.")
    var json = false

    @Option(help: .hidden)
    var child: String?

    /// Creates the command (ArgumentParser calls this).
    public init() {}

    /// Checks the options.
    public mutating func validate() throws {
        guard iterations > 0, `repeat` > 0 else { throw ValidationError("--iterations and --repeat must be positive") }
    }

    /// Runs the configurations, each in a child process, and prints the table.
    public func run() throws {
        if let child {
            let result = try measure(child)
            let data = try JSONEncoder().encode(result)
            print(String(decoding: data, as: UTF8.self))
            return
        }
        let names = only?.split(separator: ",").map(String.init)
            ?? ["icu", "tokenize", "sentences"] + StageRegistry.standardPipeline.dropFirst(2) + ["pipeline", "analyze"]
        var results: [BenchResult] = []
        for name in names {
            results.append(try runChild(name))
            if !json { FileHandle.standardError.write(Data("  measured \(name)\n".utf8)) }
        }
        if json {
            for result in results { print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self)) }
        } else {
            print(BenchResult.table(results))
        }
    }

    private func runChild(_ name: String) throws -> BenchResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path),
            let path = Bundle.main.executablePath
        {
            process.executableURL = URL(fileURLWithPath: path)
        }
        process.arguments = [
            "bench", "--child", name, "--corpus", corpus, "--iterations", String(iterations), "--repeat", String(`repeat`),
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("configuration \(name) failed (exit status \(process.terminationStatus))")
        }
        return try JSONDecoder().decode(BenchResult.self, from: data)
    }

    /// Times one configuration in this process.
    func measure(_ name: String) throws -> BenchResult {
        var corpus = try ThroughputCorpus(folder: URL(fileURLWithPath: self.corpus))
        if `repeat` > 1 { corpus = corpus.repeated(`repeat`) }
        let registry = StageRegistry.standard
        let documents = corpus.documents
        let work: () throws -> Void
        switch name {
        case "icu":
            let baseline = try ICUWordBreakBaseline()
            work = { for document in documents { _ = baseline.countBoundaries(document.utf16) } }
        case "tokenize", "sentences", "pipeline":
            let stages = name == "tokenize" ? ["tokenize"] : name == "sentences" ? ["tokenize", "sentences"] : registry.names
            let pipeline = try registry.pipeline(named: stages)
            work = { for document in documents { _ = try pipeline.analyze(document) } }
        case "analyze":
            work = { try analyze(documents, registry) }
        default:
            let stage = try registry.makeStage(named: name)
            let before = try registry.pipeline(named: Array(registry.names.prefix { $0 != name }))
            let prepared = try documents.map { try before.analyze($0) }
            work = {
                for document in prepared {
                    var copy = document
                    try stage.process(&copy)
                }
            }
        }
        try work()  // warm-up: lexicons, tables, caches
        var best = Double.infinity
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            try work()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return BenchResult(
            name: name, seconds: best, words: corpus.wordCount, documents: documents.count,
            peakResidentBytes: PeakMemory.residentBytes())
    }

    private func analyze(_ documents: [Document], _ registry: StageRegistry) throws {
        let pipeline = try registry.pipeline(named: registry.names)
        let writer = DocumentJSONWriter()
        guard let null = FileHandle(forWritingAtPath: "/dev/null") else { return }
        defer { try? null.close() }
        var buffer: [UInt8] = []
        ParallelRunner().run(documents, transform: { try writer.encode(pipeline.analyze($0)) }) { _, result in
            if case .success(let bytes) = result {
                buffer.append(contentsOf: bytes)
                buffer.append(0x0A)
                if buffer.count > 1 << 16 {
                    null.write(Data(buffer))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        null.write(Data(buffer))
    }
}

/// One configuration's measurement.
struct BenchResult: Codable {
    var name: String
    var seconds: Double
    var words: Int
    var documents: Int
    var peakResidentBytes: Int

    var wordsPerSecond: Double { Double(words) / seconds }

    /// A table with the ratio of each configuration's time to the ICU baseline's.
    static func table(_ results: [BenchResult]) -> String {
        let baseline = results.first { $0.name == "icu" }
        var lines = [
            "configuration      words/s       time      × ICU   peak RSS",
            "-------------      -------       ----      -----   --------",
        ]
        for result in results {
            let ratio = baseline.map { String(format: "%5.1f×", result.seconds / $0.seconds) } ?? "    -"
            lines.append(
                result.name.padding(toLength: 14, withPad: " ", startingAt: 0)
                    + String(format: "%12.0f %8.1f ms   %@  %6.0f MiB", result.wordsPerSecond, result.seconds * 1000, ratio,
                        Double(result.peakResidentBytes) / 1_048_576))
        }
        if let first = results.first {
            lines.append("(\(first.words) words in \(first.documents) documents; fastest of the timed passes)")
        }
        return lines.joined(separator: "\n")
    }
}

/// The peak resident memory of this process.
enum PeakMemory {
    /// `VmHWM` from `/proc/self/status`, in bytes (0 where it is not available).
    static func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }
}
