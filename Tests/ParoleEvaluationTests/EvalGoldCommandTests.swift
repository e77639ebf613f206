import Foundation
import ParoleCLI
import Testing

/// The options of `parole eval --gold`, on a gold folder and predictions made here.
@Suite("parole eval --gold")
struct EvalGoldCommandTests {
    @Test("--gold needs exactly one of --pred and --corpus, and no treebank")
    func validation() {
        #expect(throws: (any Error).self) { try ParoleCommand.parseAsRoot(["eval", "--gold", "g"]) }
        #expect(throws: (any Error).self) {
            try ParoleCommand.parseAsRoot(["eval", "--gold", "g", "--pred", "p.jsonl", "--corpus", "c"])
        }
        #expect(throws: (any Error).self) {
            try ParoleCommand.parseAsRoot(["eval", "x.conllu", "--gold", "g", "--pred", "p.jsonl"])
        }
        #expect(throws: (any Error).self) { try ParoleCommand.parseAsRoot(["eval"]) }
    }

    @Test("Prints score.py's table, one key per line, and its JSON with --json")
    func table() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parole-gold-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "« Nous ne céderons pas », a déclaré Hélène Martin mardi."
        let gold = #"""
            {"id": "d1", "quotes": [{"text": "Nous ne céderons pas", "type": "direct", "speaker": ["Hélène Martin"]}],
             "entities": [{"text": "Hélène Martin", "label": "PER"}], "dates": [{"text": "mardi", "value": "2025-03-11"}]}
            """#
        try Data(gold.utf8).write(to: folder.appendingPathComponent("d1.json"))
        let predictions = #"""
            {"id": "d1", "text": "\#(text)", "quotes": [{"start": 0, "end": 24, "speaker": {"text": "Hélène Martin", "canonical": "Hélène Martin"}}], "entities": [{"start": 36, "end": 49, "label": "PER"}], "dates": [{"start": 50, "end": 55, "value": "2025-03-11"}]}
            """#
        let file = folder.appendingPathComponent("pred.jsonl")
        try Data(predictions.utf8).write(to: file)
        for json in [false, true] {
            let arguments = ["eval", "--gold", folder.path, "--pred", file.path] + (json ? ["--json"] : [])
            let command = try #require(try ParoleCommand.parseAsRoot(arguments) as? EvalCommand)
            let output = MemorySink()
            try command.execute(output: output)
            let printed = String(decoding: output.bytes, as: UTF8.self)
            let perfect = #"{"p": 100.0, "r": 100.0, "f1": 100.0, "tp": 1, "pred": 1, "gold": 1}"#
            if json {
                #expect(printed.hasPrefix(#"{"quotes": \#(perfect), "quotes_strict": "#))
            } else {
                let lines = printed.split(separator: "\n").map(String.init)
                #expect(lines.count == 12)
                #expect(lines.first == "quotes: \(perfect)")
                #expect(lines.contains("speaker_accuracy: 100.0"))
                #expect(lines.contains("entities: \(perfect)"))
                #expect(lines.contains("dates_resolved: \(perfect)"))
                #expect(lines.last == "problems: []")
            }
        }
    }
}
