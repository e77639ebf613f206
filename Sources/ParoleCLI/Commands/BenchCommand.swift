import ArgumentParser
import Foundation
import Parole
import ParoleBenchmarking

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
              STAGE        one later stage alone (the layers it needs are made beforehand, untimed),
                           including opt-in stages such as morphology
              pipeline     every stage of the default pipeline, one thread, no output
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
            ChildSignals.exitWithParent()
            let result = try measure(child)
            let data = try JSONEncoder().encode(result)
            print(String(decoding: data, as: UTF8.self))
            return
        }
        let names =
            only?.split(separator: ",").map(String.init)
            ?? ["icu", "tokenize", "sentences"] + StageRegistry.standardPipeline.dropFirst(2)
            + StageRegistry.standard.names.filter { StageRegistry.optionalStages.contains($0) } + [
                "pipeline", "analyze",
            ]
        ChildSignals.forwardToChild()
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

    private var executable: URL {
        let argument = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).standardizedFileURL
        if FileManager.default.isExecutableFile(atPath: argument.path) { return argument }
        return URL(fileURLWithPath: Bundle.main.executablePath ?? argument.path)
    }

    private func runChild(_ name: String) throws -> BenchResult {
        if name == "analyze" { return try runAnalyze() }
        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "bench", "--child", name, "--corpus", corpus, "--iterations", String(iterations), "--repeat",
            String(`repeat`),
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        ChildSignals.setRunning(process.processIdentifier)
        defer { ChildSignals.setRunning(0) }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(
                status: .inputFailed, "configuration \(name) failed (exit status \(process.terminationStatus))")
        }
        return try JSONDecoder().decode(BenchResult.self, from: data)
    }

    /// Runs the real `parole analyze` over the corpus written as JSON lines, output to
    /// /dev/null, and reads its wall time and peak memory from the child's resource usage.
    private func runAnalyze() throws -> BenchResult {
        var corpus = try ThroughputCorpus(folder: URL(fileURLWithPath: self.corpus))
        if `repeat` > 1 { corpus = corpus.repeated(`repeat`) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parole-bench-\(UUID().uuidString).jsonl")
        // Removed on every way out: return, error, and a signal that stops bench (ChildSignals).
        ChildSignals.setScratch(file.path)
        defer {
            try? FileManager.default.removeItem(at: file)
            ChildSignals.setScratch(nil)
        }
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        for document in corpus.documents {
            let record = try JSONSerialization.data(withJSONObject: ["id": document.id, "text": document.text])
            handle.write(record + Data([0x0A]))
        }
        try handle.close()
        var best = Double.infinity
        var peak = 0
        for _ in 0..<iterations {
            let (seconds, bytes) = try ChildProcess.measure(
                executable.path, ["analyze", file.path, "--format", "jsonl", "--quiet"])
            best = min(best, seconds)
            peak = max(peak, bytes)
        }
        return BenchResult(
            name: "analyze", seconds: best, words: corpus.wordCount, documents: corpus.documents.count,
            peakResidentBytes: peak)
    }

    /// Times one configuration in this process.
    func measure(_ name: String) throws -> BenchResult {
        var corpus = try ThroughputCorpus(folder: URL(fileURLWithPath: self.corpus))
        if `repeat` > 1 { corpus = corpus.repeated(`repeat`) }
        let registry = StageRegistry.standard
        let configuration = try CommandEnvironment.stageConfiguration()
        let documents = corpus.documents
        let work: () throws -> Void
        switch name {
        case "icu":
            let baseline = try ICUWordBreakBaseline()
            work = { for document in documents { _ = baseline.countBoundaries(document.utf16) } }
        case "tokenize", "sentences", "pipeline":
            let stages =
                name == "tokenize"
                ? ["tokenize"] : name == "sentences" ? ["tokenize", "sentences"] : StageRegistry.standardPipeline
            let pipeline = try registry.pipeline(named: stages, configuration: configuration)
            work = { for document in documents { _ = try pipeline.analyze(document) } }
        default:
            let stage = try registry.makeStage(named: name, options: configuration.options(for: name))
            let order =
                StageRegistry.optionalStages.contains(name) ? registry.names : StageRegistry.standardPipeline
            let before = try registry.pipeline(named: Array(order.prefix { $0 != name }), configuration: configuration)
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
                    + String(
                        format: "%12.0f %8.1f ms   %@  %6.0f MiB", result.wordsPerSecond, result.seconds * 1000, ratio,
                        Double(result.peakResidentBytes) / 1_048_576))
        }
        if let first = results.first {
            lines.append("(\(first.words) words in \(first.documents) documents; fastest of the timed passes)")
        }
        return lines.joined(separator: "\n")
    }
}

/// Runs a program with its output discarded and measures it.
enum ChildProcess {
    /// The wall time of `path arguments`, and its peak resident memory from `wait4`.
    static func measure(_ path: String, _ arguments: [String]) throws -> (seconds: Double, peakBytes: Int) {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        // The child starts with default signal handling, whatever `bench` set for itself.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGTERM, SIGINT, SIGHUP] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard spawned == 0 else {
            throw CommandFailure(status: .inputFailed, "cannot run \(path): \(String(cString: strerror(spawned)))")
        }
        ChildSignals.setRunning(pid)
        defer { ChildSignals.setRunning(0) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard status == 0 else {
            throw CommandFailure(status: .inputFailed, "\(path) \(arguments.first ?? "") failed (status \(status))")
        }
        return (seconds, usage.ru_maxrss * 1024)
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
