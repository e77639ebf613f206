import Foundation
import ParoleCore
import Testing

@Suite("Reading documents")
struct DocumentReaderTests {
    /// Runs `body` with a temporary folder holding `files`, removed afterwards.
    private func withFolder(_ files: [String: [UInt8]], _ body: (URL) throws -> Void) throws {
        try withTemporaryFolder { url in
            for (name, bytes) in files { try Data(bytes).write(to: url.appendingPathComponent(name)) }
            try body(url)
        }
    }

    private func read(_ paths: [String], _ options: DocumentReader.Options = .init()) -> [Result<Document, InputError>]
    {
        Array(DocumentReader(paths: paths, options: options))
    }

    @Test("The date header becomes the reference date and leaves the text")
    func dateHeader() throws {
        try withFolder(["a.txt": Array(" date 2024-02 Les efforts diplomatiques.".utf8)]) { url in
            let document = try #require(try read([url.path]).first?.get())
            #expect(document.id == "a")
            #expect(document.date == (try ReferenceDate(year: 2024, month: 2)))
            #expect(document.date?.granularity == .month)
            #expect(document.text == "Les efforts diplomatiques.")
        }
    }

    @Test("A day header has day granularity; --date fills documents without one")
    func defaultDate() throws {
        try withFolder(["a.txt": Array("date 2024-02-07\nTexte.".utf8), "b.txt": Array("Texte.".utf8)]) { url in
            let fallback = try ReferenceDate(parsing: "2020-01-01")
            let documents = read([url.path], .init(defaultDate: fallback)).compactMap { try? $0.get() }
            #expect(documents.map(\.date?.description) == ["2024-02-07", "2020-01-01"])
        }
    }

    @Test("A folder yields its .txt and .jsonl files sorted by name")
    func folderOrder() throws {
        try withFolder([
            "b.txt": Array("deux".utf8), "a.txt": Array("un".utf8), "notes.md": Array("non".utf8),
            "c.jsonl": Array(
                "{\"id\":\"c1\",\"text\":\"trois\"}\n\n{\"id\":\"c2\",\"text\":\"quatre\",\"date\":\"2024-05\"}\n".utf8),
        ]) { url in
            let documents = read([url.path]).compactMap { try? $0.get() }
            #expect(documents.map(\.id) == ["a", "b", "c1", "c2"])
            #expect(documents[3].date?.description == "2024-05")
        }
    }

    @Test("Analysed input reads `parole analyze` lines back with their layers, keeping where they came from")
    func analyzedInput() throws {
        var document = Document(id: "n1", text: "Le maire a parlé à Namur.")
        document.sentences = [Sentence(span: Span(start: 0, end: 25), tokens: 0..<0)]
        let line = try DocumentJSONWriter().encode(document)
        try withFolder(["news.jsonl": Array(line) + [0x0A] + Array("{\"id\":\"n2\",\"text\":\"x\"}\n".utf8)]) { url in
            let path = url.appendingPathComponent("news.jsonl").path
            let results = read([path], .init(standardInput: .analyzed))
            let read = try #require(try results.first?.get())
            #expect(read.sentences == document.sentences)
            #expect(read.text == document.text)
            #expect(read.metadata.source == path)
            #expect(read.metadata.line == 1)
            // As jsonl input, the same line is a new document without layers.
            #expect(try self.read([path]).first?.get().sentences.isEmpty == true)
            // A line without the analysis is still a document (the indexer refuses it for want of quotes);
            // a line that is not JSON is an error naming its line.
            #expect(results.count == 2)
            let broken = url.appendingPathComponent("bad.jsonl")
            try Data("pas du JSON\n".utf8).write(to: broken)
            guard case .failure(let error) = self.read([broken.path], .init(standardInput: .analyzed)).first else {
                Issue.record("expected a failure")
                return
            }
            #expect(error.location.hasSuffix("bad.jsonl:1"))
        }
    }

    @Test("Text that is not UTF-8 is refused with the offset of the bad byte")
    func notUTF8() throws {
        try withFolder(["latin1.txt": [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]]) { url in
            let results = read([url.appendingPathComponent("latin1.txt").path])
            guard case .failure(let error) = results.first else {
                Issue.record("expected a failure")
                return
            }
            #expect(error.reason == .notUTF8(offset: 3, byte: 0xE9))
            #expect(error.description.contains("not UTF-8"))
        }
    }

    @Test("A byte-order mark is not part of the text")
    func byteOrderMark() throws {
        try withFolder(["bom.txt": [0xEF, 0xBB, 0xBF] + Array("date 2024-03-01 Bonjour".utf8)]) { url in
            let document = try #require(try read([url.path]).first?.get())
            #expect(document.text == "Bonjour")
            #expect(document.date?.description == "2024-03-01")
        }
    }

    @Test("Bad inputs are reported one by one and the others go through")
    func badInputs() throws {
        try withFolder([
            "a.txt": Array("date 2024-13-01 Texte".utf8),
            "b.jsonl": Array(
                "{\"id\":\"ok\",\"text\":\"Bien.\"}\nnot json\n{\"id\":\"x\"}\n{\"text\":\"sans id\",\"date\":\"2024-02-30\"}\n"
                    .utf8),
        ]) { url in
            let results = read([url.path, "/nonexistent/parole.txt"])
            let errors = results.compactMap { result -> InputError? in
                if case .failure(let error) = result { return error }
                return nil
            }
            #expect(results.count == 6)
            #expect(results.compactMap { try? $0.get().id } == ["ok"])
            #expect(
                errors.map(\.location)
                    == [
                        url.appendingPathComponent("a.txt").path, url.appendingPathComponent("b.jsonl").path + ":2",
                        url.appendingPathComponent("b.jsonl").path + ":3",
                        url.appendingPathComponent("b.jsonl").path + ":4",
                        "/nonexistent/parole.txt",
                    ].map { $0.replacingOccurrences(of: url.path + "/", with: url.relativePath + "/") })
            #expect(errors[2].reason == .missingField("text"))
            #expect(errors.last?.reason == .notFound)
        }
    }

    @Test("An empty folder is an error")
    func emptyFolder() throws {
        try withFolder([:]) { url in
            guard case .failure(let error) = read([url.path]).first else {
                Issue.record("expected a failure")
                return
            }
            #expect(error.reason == .emptyFolder)
        }
    }

    @Test("JSONL keeps other string fields as metadata")
    func extraFields() throws {
        try withFolder([
            "n.jsonl": Array("{\"id\":7,\"text\":\"Bonjour\",\"url\":\"https://ex.fr/a\",\"n\":3}\n".utf8)
        ]) { url in
            let document = try #require(try read([url.path]).first?.get())
            #expect(document.id == "7")
            #expect(document.metadata.fields == ["url": "https://ex.fr/a"])
        }
    }

    @Test("Reference dates are checked against the calendar")
    func referenceDates() throws {
        #expect(throws: ReferenceDateError.outOfRange("day 29 of 2023-02")) { try ReferenceDate(parsing: "2023-02-29") }
        #expect(throws: ReferenceDateError.malformed("2024-2")) { try ReferenceDate(parsing: "2024-2") }
        #expect(try ReferenceDate(parsing: "2024-02-29").day == 29)
    }

    @Test("The header needs the word date, a space and a date")
    func headerShapes() {
        #expect(DateHeader.parse("date 2024-02-07 Texte")?.date == "2024-02-07")
        #expect(DateHeader.parse("\n  date\t2024-02\nTexte")?.date == "2024-02")
        #expect(DateHeader.parse("Date 2024-02 Texte") == nil)
        #expect(DateHeader.parse("dates 2024-02 Texte") == nil)
        #expect(DateHeader.parse("date 24-02 Texte") == nil)
    }
}
