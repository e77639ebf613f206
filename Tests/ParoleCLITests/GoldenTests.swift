import Foundation
import ParoleCLI
import Testing

/// Whole-pipeline golden tests: short articles written for these tests, analysed by
/// `parole analyze`, compared byte for byte with the JSON lines recorded next to them.
///
/// A difference means some stage changed its output. When the change is intended,
/// record the new output and review the diff before committing:
///
///     PAROLE_UPDATE_GOLDEN=1 swift test --filter GoldenTests
///     git diff Tests/ParoleCLITests/Golden
@Suite("Golden outputs")
struct GoldenTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    private static var articles: [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("articles").path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }

    @Test("Every stage gives the recorded output on each golden article", arguments: articles)
    func article(name: String) throws {
        let path = Self.folder.appendingPathComponent("articles").appendingPathComponent(name).path
        let command = try #require(
            try ParoleCommand.parseAsRoot(["analyze", path, "--format", "jsonl"]) as? AnalyzeCommand)
        let output = MemorySink()
        let errors = MemorySink()
        #expect(try command.execute(output: output, errors: errors) == 0)
        let expectedURL = Self.folder.appendingPathComponent("expected")
            .appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".jsonl"))
        if ProcessInfo.processInfo.environment["PAROLE_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: expectedURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(output.bytes).write(to: expectedURL)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(output.text == expected, "\(name) changed; see GoldenTests.swift to review and record it")
    }

    @Test("The golden articles cover every annotation layer")
    func coverage() throws {
        var layers = Set<String>()
        for name in Self.articles {
            let url = Self.folder.appendingPathComponent("expected")
                .appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".jsonl"))
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
            for (key, value) in object where (value as? [Any])?.isEmpty == false { layers.insert(key) }
        }
        #expect(layers.isSuperset(of: ["sentences", "tokens", "entities", "dates", "quotes"]))
    }
}
