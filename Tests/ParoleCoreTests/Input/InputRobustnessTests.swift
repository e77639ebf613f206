import Foundation
import Testing

@testable import ParoleCore

/// Whatever a corpus holds, reading it never crashes, loops or fills memory.
@Suite("Reading hostile inputs")
struct InputRobustnessTests {
    /// Runs `body` with a temporary folder holding `files`, removed afterwards.
    private func withFolder(_ files: [String: [UInt8]], _ body: (URL) throws -> Void) throws {
        try withTemporaryFolder { url in
            for (name, bytes) in files { try Data(bytes).write(to: url.appendingPathComponent(name)) }
            try body(url)
        }
    }

    /// At most `limit` results: a reader that loops gives `limit`, and the test fails instead of hanging.
    private func read(_ paths: [String], _ options: DocumentReader.Options = .init(), limit: Int = 50)
        -> [Result<Document, InputError>]
    {
        Array(DocumentReader(paths: paths, options: options).prefix(limit))
    }

    private func failures(_ results: [Result<Document, InputError>]) -> [InputError] {
        results.compactMap { if case .failure(let error) = $0 { error } else { nil } }
    }

    @Test(
        "Invalid UTF-8 is found where it starts, even at the very end, without reading past it",
        arguments: [
            (Array("caf".utf8) + [0xC3, 0xA9, 0x80], 5, UInt8(0x80)),  // a stray continuation byte at the end
            (Array("Bonjour caf".utf8) + [0xC3], 11, 0xC3),  // cut inside a character
            (Array(Array("L’été".utf8).dropLast(1)), 7, 0xC3),  // `é` cut after its first byte
            ([0x61, 0xE2, 0x82, 0x41], 1, 0xE2),  // a three-byte sequence cut short before a letter
            ([0x41, 0xC0, 0x80], 1, 0xC0),  // an overlong NUL
            ([0x41, 0xED, 0xA0, 0x80], 1, 0xED),  // a UTF-16 surrogate
            ([0x41, 0xF4, 0x90, 0x80, 0x80], 1, 0xF4),  // above U+10FFFF
            ([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B], 3, 0xE9),  // Latin-1
            (Array("ab".utf8) + [0xC3, 0xA9, 0xE9] + Array("cd".utf8), 4, 0xE9),  // once named `d` at offset 6
        ] as [([UInt8], Int, UInt8)])
    func invalidUTF8(bytes: [UInt8], offset: Int, byte: UInt8) {
        #expect(UTF8Validation.firstInvalidSequence(bytes) == .init(offset: offset, byte: byte))
        guard case .failure(let bad) = UTF8Validation.decode(bytes) else {
            Issue.record("decoded invalid UTF-8")
            return
        }
        #expect(bad == .init(offset: offset, byte: byte))
    }

    @Test("Valid UTF-8 has no invalid sequence")
    func validUTF8() throws {
        let text = "« L’armée a dit : “non” » — 😀 € 𝄞"
        #expect(UTF8Validation.firstInvalidSequence(Array(text.utf8)) == nil)
        #expect(try UTF8Validation.decode(Array(text.utf8)).get() == text)
    }

    @Test("A file cut inside a character is one error and the run goes on")
    func truncatedFile() throws {
        try withFolder(["a.txt": Array("caf".utf8) + [0xC3, 0xA9, 0x80], "b.txt": Array("Bonjour.".utf8)]) { url in
            let results = read([url.path])
            #expect(results.count == 2)
            #expect(failures(results).map(\.reason) == [.notUTF8(offset: 5, byte: 0x80)])
        }
    }

    @Test("A UTF-16 file is told to convert from UTF-16, not Latin-1")
    func utf16Hint() throws {
        try withFolder(["u.txt": [0xFF, 0xFE, 0x41, 0x00]]) { url in
            let error = try #require(failures(read([url.appendingPathComponent("u.txt").path])).first)
            #expect(error.description.contains("iconv -f utf-16"))
        }
    }

    @Test("Folders, links to folders and pipes named like inputs are reported once each, never read")
    func nonRegularEntries() throws {
        try withFolder(["a.txt": Array("Un.".utf8), "z.jsonl": Array("{\"id\":\"z\",\"text\":\"Deux.\"}\n".utf8)]) {
            url in
            let manager = FileManager.default
            try manager.createDirectory(
                at: url.appendingPathComponent("dossier.jsonl"), withIntermediateDirectories: false)
            try manager.createDirectory(at: url.appendingPathComponent("notes.txt"), withIntermediateDirectories: false)
            try manager.createSymbolicLink(
                at: url.appendingPathComponent("lien.jsonl"),
                withDestinationURL: url.appendingPathComponent("dossier.jsonl"))
            #expect(mkfifo(url.appendingPathComponent("tube.txt").path, 0o600) == 0)
            let results = read([url.path])
            #expect(results.count == 6)
            #expect(results.compactMap { try? $0.get().id } == ["a", "z"])
            let reasons = failures(results).map(\.reason)
            #expect(
                reasons == [
                    .notRegularFile("a folder"), .notRegularFile("a folder"), .notRegularFile("a folder"),
                    .notRegularFile("a named pipe"),
                ])
        }
    }

    @Test("A stream that fails to read is reported once and closed")
    func failingStream() throws {
        try withFolder([:]) { url in
            let handle = try FileHandle(forReadingFrom: url)  // a folder: every read fails with EISDIR
            let reader = LineReader(handle: handle)
            #expect(throws: (any Error).self) { try reader.nextLine() }
            #expect(try reader.nextLine() == nil)
        }
    }

    @Test("A document over the maximum size is reported without being held; the next lines go on")
    func maximumSize() throws {
        let long = String(repeating: "mot ", count: 100)
        try withFolder([
            "long.txt": Array(long.utf8), "court.txt": Array("Court.".utf8),
            "lignes.jsonl": Array("{\"text\":\"un\"}\n{\"text\":\"\(long)\"}\n{\"text\":\"trois\"}".utf8),
        ]) { url in
            let results = read([url.path], .init(maximumDocumentBytes: 64))
            #expect(results.compactMap { try? $0.get().text } == ["Court.", "un", "trois"])
            #expect(
                failures(results).map(\.location).map { URL(fileURLWithPath: $0).lastPathComponent } == [
                    "lignes.jsonl:2", "long.txt",
                ])
            #expect(failures(results).allSatisfy { $0.reason == .tooLarge(limit: 64) })
        }
    }

    @Test("A line longer than the limit is skipped in small reads, without holding it")
    func longLineInChunks() throws {
        try withFolder(["l.jsonl": Array((String(repeating: "x", count: 1000) + "\nsuite\n").utf8)]) { url in
            let reader = LineReader(
                handle: try FileHandle(forReadingFrom: url.appendingPathComponent("l.jsonl")), chunkSize: 7,
                maximumLineLength: 20)
            #expect(throws: LineReader.LineTooLong.self) { try reader.nextLine() }
            #expect(try reader.nextLine() == Array("suite".utf8))
            #expect(try reader.nextLine() == nil)
        }
    }

    @Test("Documents remember their file and JSONL line")
    func sources() throws {
        try withFolder([
            "a.txt": Array("Un.".utf8), "b.jsonl": Array("\n{\"id\":\"x\",\"text\":\"Deux.\"}\n".utf8),
        ]) { url in
            let documents = read([url.path]).compactMap { try? $0.get() }
            #expect(
                documents.map { $0.metadata.source.map { URL(fileURLWithPath: $0).lastPathComponent } } == [
                    "a.txt", "b.jsonl",
                ])
            #expect(documents.map(\.metadata.line) == [nil, 2])
        }
    }

    @Test("A line break in a file name stays escaped in the one-line message")
    func printableLocation() {
        let error = InputError(location: "a\nb.txt", reason: .notFound)
        #expect(!error.description.contains("\n"))
        #expect(error.description.hasPrefix("a\\u{a}b.txt"))
    }
}

@Suite("Reference date edges")
struct ReferenceDateEdgeTests {
    @Test("Years before 1000 keep four digits")
    func earlyYears() throws {
        #expect(try ReferenceDate(parsing: "0001-01-01").description == "0001-01-01")
        #expect(try ReferenceDate(parsing: "0999-12").description == "0999-12")
    }

    @Test("Signs are not digits", arguments: ["+202-01-01", "2024-+1-01", "2024-01-+1", "٢٠٢٤-01-01"])
    func signs(text: String) {
        #expect(throws: ReferenceDateError.self) { try ReferenceDate(parsing: text) }
    }
}
