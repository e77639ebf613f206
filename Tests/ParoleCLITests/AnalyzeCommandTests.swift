import Foundation
import ParoleCLI
import Testing

@Suite("parole analyze")
struct AnalyzeCommandTests {
    /// Runs `body` with a temporary folder holding `files`, removed afterwards.
    private func withFolder(_ files: [String: [UInt8]], _ body: (URL) throws -> Void) throws {
        try withTemporaryFolder { url in
            for (name, bytes) in files { try Data(bytes).write(to: url.appendingPathComponent(name)) }
            try body(url)
        }
    }

    private func run(_ arguments: [String]) throws -> (output: String, errors: String, failures: Int) {
        let command = try #require(try ParoleCommand.parseAsRoot(["analyze"] + arguments) as? AnalyzeCommand)
        let output = MemorySink()
        let errors = MemorySink()
        let failures = try command.execute(output: output, errors: errors)
        return (output.text, errors.text, failures)
    }

    @Test("A folder gives one JSON line per document, in name order, with the header as meta.date")
    func folderToJSONLines() throws {
        try withFolder([
            "b.txt": Array("date 2024-02-07\nM. Blinken est arrivé. Il repart demain.".utf8),
            "a.txt": Array("Texte sans date.".utf8),
        ]) { url in
            let result = try run([url.path, "--format", "jsonl", "--stages", "tokenize,sentences"])
            #expect(result.failures == 0 && result.errors.isEmpty)
            let lines = result.output.split(separator: "\n")
            #expect(lines.count == 2)
            let documents = try lines.map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
            #expect(documents.map { $0["id"] as? String } == ["a", "b"])
            #expect((documents[1]["meta"] as? [String: Any])?["date"] as? String == "2024-02-07")
            #expect(documents[1]["text"] as? String == "M. Blinken est arrivé. Il repart demain.")
            #expect((documents[1]["sentences"] as? [Any])?.count == 2)
        }
    }

    @Test("Bad documents are reported on one line each, the others are written, and the failures counted")
    func badInput() throws {
        try withFolder([
            "1-good.txt": Array("Bonjour.".utf8),
            "2-latin1.txt": [0x43, 0x61, 0x66, 0xE9],
            "3-date.txt": Array("date 2024-02-31 Texte.".utf8),
            "4-good.txt": Array("Au revoir.".utf8),
        ]) { url in
            let result = try run([url.path, "--format", "jsonl"])
            #expect(result.failures == 2)
            #expect(result.output.split(separator: "\n").count == 2)
            let errorLines = result.errors.split(separator: "\n")
            #expect(errorLines.count == 2)
            #expect(errorLines[0].contains("2-latin1.txt: not UTF-8"))
            #expect(errorLines[1].contains("3-date.txt: invalid date"))
        }
    }

    @Test("JSON format is one valid array")
    func jsonArray() throws {
        try withFolder(["a.txt": Array("Un.".utf8), "b.txt": Array("Deux.".utf8)]) { url in
            let result = try run([url.path, "--format", "json"])
            let array = try #require(
                try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
            #expect(array.count == 2)
        }
    }

    @Test("Text format shows numbered sentences")
    func textFormat() throws {
        try withFolder(["a.txt": Array("date 2024-03\nPremière phrase. Seconde phrase.".utf8)]) { url in
            let result = try run([url.path, "--format", "text", "--stages", "tokenize,sentences"])
            #expect(result.output.contains("date 2024-03"))
            #expect(result.output.contains("[1] Première phrase."))
            #expect(result.output.contains("[2] Seconde phrase."))
        }
    }

    @Test("--date sets the date of documents without one")
    func defaultDate() throws {
        try withFolder(["a.txt": Array("Texte.".utf8)]) { url in
            let result = try run([url.path, "--date", "2023-10-07", "--stages", "tokenize", "--format", "jsonl"])
            #expect(result.output.contains("\"meta\":{\"date\":\"2023-10-07\"}"))
        }
    }

    @Test(
        "Invalid options are refused before any work",
        arguments: [
            ["--stages", "sentences,tokenize"], ["--stages", "nope"], ["--date", "2024-13"], ["--jobs", "0"],
        ])
    func invalidOptions(arguments: [String]) {
        #expect(throws: (any Error).self) { try ParoleCommand.parseAsRoot(["analyze"] + arguments) }
    }

    @Test("The order check names the stage to put first")
    func orderMessage() {
        let message = ParoleCommand.message(
            for: ValidationErrorProbe.error(["analyze", "--stages", "sentences,tokenize"]))
        #expect(message.contains("`sentences` needs `tokenize`"))
    }
}

/// Runs the parser on arguments that should fail, returning the error.
enum ValidationErrorProbe {
    static func error(_ arguments: [String]) -> any Error {
        do {
            _ = try ParoleCommand.parseAsRoot(arguments)
            return CancellationError()
        } catch {
            return error
        }
    }
}

@Suite("Output safety")
struct OutputSafetyTests {
    @Test("A write error is kept, not ignored (/dev/full)")
    func writeError() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let sink = StreamSink(descriptor: descriptor, threshold: 16)
        sink.write("{\"id\":\"a\"}\n")
        sink.flush()
        #expect(sink.writeError != nil)
    }

    @Test("A closed descriptor is a write error")
    func closedDescriptor() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        close(ends[0])
        close(ends[1])
        let sink = StreamSink(descriptor: ends[1], threshold: 0)
        sink.write("texte")
        #expect(sink.writeError != nil)
    }

    @Test("Text output shows control characters as escapes, never as they are")
    func terminalEscapes() throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("a.txt")
            try Data("Le titre \u{1B}]0;piège\u{07} change.\u{1B}[2J".utf8).write(to: file)
            let command = try #require(
                try ParoleCommand.parseAsRoot([
                    "analyze", file.path, "--format", "text", "--stages", "tokenize,sentences",
                ])
                    as? AnalyzeCommand)
            let output = MemorySink()
            _ = try command.execute(output: output, errors: MemorySink())
            #expect(!output.bytes.contains(0x1B) && !output.bytes.contains(0x07))
            #expect(output.text.contains("\\u{1b}"))
        }
    }
}

@Suite("parole analyze on a folder of bad entries")
struct BadEntriesTests {
    @Test("Every bad entry is one line, every good document is written in order, and the run ends")
    func folderOfBadEntries() throws {
        try withTemporaryFolder { folder in
            let manager = FileManager.default
            try Data("Le premier texte.".utf8).write(to: folder.appendingPathComponent("a.txt"))
            try Data(Array("caf".utf8) + [0xC3, 0xA9, 0x80]).write(to: folder.appendingPathComponent("b.txt"))
            try manager.createDirectory(
                at: folder.appendingPathComponent("c.jsonl"), withIntermediateDirectories: false)
            try manager.createSymbolicLink(
                at: folder.appendingPathComponent("d.jsonl"),
                withDestinationURL: folder.appendingPathComponent("c.jsonl"))
            #expect(mkfifo(folder.appendingPathComponent("e.txt").path, 0o600) == 0)
            try Data("{\"id\":\"f1\",\"text\":\"Le second.\"}\n{\"id\":\"f2\",\"text\":\"Le troisième.\"}\n".utf8)
                .write(to: folder.appendingPathComponent("f.jsonl"))
            let command = try #require(
                try ParoleCommand.parseAsRoot(["analyze", folder.path, "--stages", "tokenize", "--format", "jsonl"])
                    as? AnalyzeCommand)
            let output = MemorySink()
            let errors = MemorySink()
            let failures = try command.execute(output: output, errors: errors)
            #expect(failures == 4)
            #expect(errors.text.split(separator: "\n").count == 4)
            let ids = output.text.split(separator: "\n").compactMap {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
            }
            #expect(ids == ["a", "f1", "f2"])
        }
    }
}
