import Foundation
import ParoleCLI
import ParoleEvaluation
import Testing

/// `parole eval --gold` against `score.py gold` itself, on Parole's own output for the shared
/// sets and the sets kept in Evaluation/. Skipped when python3 or ../shared is absent, except
/// under CI=true, where their absence is a failure.
@Suite("Gold scoring agrees with score.py")
struct ScorePyAgreementTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let script = shared.appendingPathComponent("tools/score.py")
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let available = python != nil && FileManager.default.fileExists(atPath: script.path)
    /// Under CI the comparison must run whenever ../shared is there (a clone without it is a
    /// supported set-up: the gate then scores the in-repository sets only).
    static let required =
        ProcessInfo.processInfo.environment["CI"] == "true" && FileManager.default.fileExists(atPath: shared.path)

    static let sets: [(corpus: URL, gold: URL)] =
        ["seeds", "dev", "wikinews"].map {
            (shared.appendingPathComponent("corpus/\($0)"), shared.appendingPathComponent("gold/\($0)"))
        }
        + ["written-1", "real-1"].map {
            (
                root.appendingPathComponent("Evaluation/\($0)/corpus"),
                root.appendingPathComponent("Evaluation/\($0)/gold")
            )
        }

    @Test("python3 and ../shared/tools/score.py are present under CI when ../shared is")
    func referencePresent() {
        #expect(Self.available || !Self.required, "CI=true but python3 or \(Self.script.path) is missing")
    }

    @Test(
        "Same figures and same output as score.py gold",
        .enabled(
            if: ScorePyAgreementTests.available || ScorePyAgreementTests.required,
            "python3 or ../shared/tools/score.py is absent"),
        arguments: ScorePyAgreementTests.sets.map(\.gold.path))
    func sameFigures(goldPath: String) throws {
        let set = try #require(Self.sets.first { $0.gold.path == goldPath })
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parole-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let predictions = scratch.appendingPathComponent("pred.jsonl")
        let analysis = MemorySink()
        let analyze = try AnalyzeCommand.parse([set.corpus.path, "--format", "jsonl", "--quiet"])
        #expect(try analyze.execute(output: analysis, errors: MemorySink()) == 0)
        try Data(analysis.bytes).write(to: predictions)
        // A second file without the first document and with every span shifted by one code
        // point, so that misses, partial overlaps and missing documents are compared too.
        let shifted = scratch.appendingPathComponent("shifted.jsonl")
        try Data(Self.shifted(analysis.bytes).utf8).write(to: shifted)
        for file in [predictions, shifted] {
            for json in [true, false] {
                let expected = try Self.scorePy(gold: set.gold, predictions: file, json: json)
                var arguments = ["eval", "--gold", set.gold.path, "--pred", file.path]
                if json { arguments.append("--json") }
                let command = try #require(try ParoleCommand.parseAsRoot(arguments) as? EvalCommand)
                let output = MemorySink()
                try command.execute(output: output)
                #expect(String(decoding: output.bytes, as: UTF8.self) == expected, "\(file.lastPathComponent)")
            }
        }
    }

    @Test("--corpus analyses and scores in one step, as --pred does")
    func corpusMode() throws {
        let set = Self.sets[3]
        let direct = try #require(
            try ParoleCommand.parseAsRoot(["eval", "--gold", set.gold.path, "--corpus", set.corpus.path, "--json"])
                as? EvalCommand)
        let output = MemorySink()
        #expect(try direct.execute(output: output) == 0)
        let object = try JSONSerialization.jsonObject(with: Data(output.bytes)) as? [String: Any]
        let quotes = try #require(object?["quotes"] as? [String: Any])
        #expect((quotes["gold"] as? Int ?? 0) > 0)
        #expect((quotes["tp"] as? Int ?? 0) > 0)
    }

    static func shifted(_ bytes: [UInt8]) throws -> String {
        var lines: [String] = []
        for (index, line) in bytes.split(separator: 0x0A).enumerated() where index > 0 {
            guard var object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { continue }
            for layer in ["quotes", "entities", "dates"] {
                guard let items = object[layer] as? [[String: Any]] else { continue }
                object[layer] = items.enumerated().map { offset, item -> [String: Any] in
                    var item = item
                    if offset % 2 == 0, let start = item["start"] as? Int { item["start"] = start + 1 }
                    if offset % 3 == 0 { item["speaker"] = NSNull() }
                    return item
                }
            }
            let data = try JSONSerialization.data(withJSONObject: object)
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func scorePy(gold: URL, predictions: URL, json: Bool) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(python))
        process.arguments =
            [script.path, "gold", "--gold", gold.path, "--pred", predictions.path] + (json ? ["--json"] : [])
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }
}
