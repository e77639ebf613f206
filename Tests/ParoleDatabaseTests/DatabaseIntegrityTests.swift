import Foundation
import GRDB
import Parole
import Testing

@testable import ParoleDatabase

/// The database never loses, truncates or swaps a document, and never changes a file that is not its own.
@Suite("Quotation database integrity")
struct DatabaseIntegrityTests {
    /// A document with one direct quote of `quoted`, read from `source` (and `line`).
    private func document(
        id: String = "article", quoted: String = "Nous allons gagner", source: String? = nil, line: Int? = nil
    ) -> Document {
        let text = "Pierre Martin a déclaré : « \(quoted) »."
        var document = Document(
            id: id, text: text, metadata: DocumentMetadata(date: nil, source: source, line: line))
        let units = document.utf16
        let needle = Array(quoted.utf16)
        var start = 0
        while !units[start..<start + needle.count].elementsEqual(needle) { start += 1 }
        document.sentences = [Sentence(span: Span(start: 0, end: units.count), tokens: 0..<0)]
        document.quotes = [
            Quote(
                span: Span(start: start, end: start + needle.count), kind: .direct,
                speaker: .init(span: Span(start: 0, end: 13), canonical: "Pierre Martin", cluster: nil),
                cue: .init(span: Span(start: 14, end: 23), lemma: "déclarer"))
        ]
        return document
    }

    @Test("Files with the same name in two folders, and JSONL records, keep one row each")
    func keysDoNotCollide() throws {
        try withTemporaryFolder { folder in
            let database = try QuoteDatabase(path: databasePath(in: folder))
            try database.store(document(quoted: "un", source: "a/article.txt"))
            try database.store(document(quoted: "deux", source: "b/article.txt"))
            try database.store(document(id: "article-2", quoted: "trois", source: "news.jsonl", line: 2))
            try database.store(document(id: "article-2", quoted: "quatre", source: "article-2.txt"))
            #expect(try database.counts().documents == 4)
            #expect(
                Set(try database.search(QuoteQuery()).map(\.document)) == [
                    "a/article.txt", "b/article.txt", "news.jsonl#article-2", "article-2.txt",
                ])
        }
    }

    @Test("Texts from standard input are distinct by content; the same text replaces itself")
    func standardInputKeys() {
        let one = QuoteDatabase.key(for: document(quoted: "un", source: "-"))
        let two = QuoteDatabase.key(for: document(quoted: "deux", source: "-"))
        #expect(one != two)
        #expect(one == QuoteDatabase.key(for: document(quoted: "un", source: "-")))
        #expect(QuoteDatabase.key(for: document(id: "x", source: "-", line: 3)) == "-#x")
        #expect(QuoteDatabase.key(for: document(id: "a1")) == "a1")
        #expect(QuoteDatabase.key(for: document(source: "corpus/./a.txt")) == "corpus/a.txt")
    }

    @Test("A repeated key in one run is reported with both places, and the first document kept")
    func repeatedKeyReported() throws {
        try withTemporaryFolder { folder in
            let database = try QuoteDatabase(path: databasePath(in: folder))
            let indexer = try QuoteIndexer(database: database, pipeline: try Pipeline(stages: [KeptQuotes()]), jobs: 1)
            let inputs: [Result<Document, InputError>] = [
                .success(document(id: "x", quoted: "premier", source: "news.jsonl", line: 1)),
                .success(document(id: "x", quoted: "second", source: "news.jsonl", line: 7)),
            ]
            let summary = indexer.index(inputs)
            #expect(summary.documents == 1)
            #expect(summary.failures.count == 1)
            #expect(summary.failures.first?.contains("news.jsonl:7") == true)
            #expect(summary.failures.first?.contains("news.jsonl:1") == true)
            #expect(try database.search(QuoteQuery()).map(\.text) == ["premier"])
        }
    }

    @Test("A NUL character is stored with the rest of the text, and found by search")
    func nulKept() throws {
        try withTemporaryFolder { folder in
            let database = try QuoteDatabase(path: databasePath(in: folder))
            try database.store(document(quoted: "avant\u{0}après"))
            let quote = try #require(try database.search(QuoteQuery(text: "après")).first)
            #expect(quote.text == "avant\u{0}après")
            #expect(quote.sentence.hasSuffix("»."))
            #expect(quote.end - quote.start == "avant\u{0}après".unicodeScalars.count)
        }
    }

    @Test("% and _ in a speaker query are letters, not wildcards")
    func likeWildcards() throws {
        let database = try QuoteDatabase()
        try database.store(document())
        #expect(try database.search(QuoteQuery(speaker: "%")).isEmpty)
        #expect(try database.search(QuoteQuery(speaker: "Pierre_Martin")).isEmpty)
        #expect(try database.search(QuoteQuery(speaker: "pierre mar")).count == 1)
    }

    @Test("A second writer waits for the first instead of failing")
    func concurrentWriters() async throws {
        try await withTemporaryFolder { folder in
            let path = databasePath(in: folder)
            let first = try QuoteDatabase(path: path)
            let second = try QuoteDatabase(path: path)
            let holding = Task.detached {
                // Holds the write lock for a second, as a long document would.
                try first.store(document(quoted: "lent", source: "lent.txt")) { _ in Thread.sleep(forTimeInterval: 1) }
            }
            try await Task.sleep(nanoseconds: 200_000_000)
            try second.store(document(quoted: "rapide", source: "rapide.txt"))
            _ = try await holding.value
            #expect(try second.counts().documents == 2)
        }
    }

    @Test("Failures to store name the document")
    func failuresNameTheDocument() throws {
        try withTemporaryFolder { folder in
            let path = databasePath(in: folder)
            _ = try QuoteDatabase(path: path)
            let database = try QuoteDatabase(readingAt: path)
            let indexer = try QuoteIndexer(database: database, pipeline: try Pipeline(stages: [KeptQuotes()]), jobs: 1)
            let summary = indexer.index([.success(document(source: "corpus/a.txt"))])
            #expect(summary.failures.first?.hasPrefix("corpus/a.txt: not stored") == true)
        }
    }

    @Test("Opening for reading creates nothing, migrates nothing and refuses writes")
    func readOnlyOpening() throws {
        try withTemporaryFolder { folder in
            let missing = databasePath("missing", in: folder)
            #expect(throws: SchemaError.self) { try QuoteDatabase(readingAt: missing) }
            #expect(!FileManager.default.fileExists(atPath: missing))

            let path = databasePath(in: folder)
            try QuoteDatabase(path: path).store(document())
            let reader = try QuoteDatabase(readingAt: path)
            #expect(try reader.search(QuoteQuery()).count == 1)
            #expect(throws: SchemaError.self) { try reader.store(document()) }
        }
    }

    @Test("Another application's SQLite file is refused and left as it was")
    func foreignDatabase() throws {
        try withTemporaryFolder { folder in
            let path = databasePath(in: folder)
            let other = try DatabaseQueue(path: path)
            try other.write { db in try db.execute(sql: "CREATE TABLE notes (body TEXT)") }
            try other.close()
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(throws: SchemaError.self) { try QuoteDatabase(path: path) }
            #expect(throws: SchemaError.self) { try QuoteDatabase(readingAt: path) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        }
    }

    @Test("A Parole database carries Parole's application id")
    func applicationID() throws {
        try withTemporaryFolder { folder in
            let path = databasePath(in: folder)
            _ = try QuoteDatabase(path: path)
            let queue = try DatabaseQueue(path: path)
            #expect(try queue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == Schema.applicationID)
        }
    }
}

/// A stage that declares the quotes layer and keeps the quotes laid by hand.
private struct KeptQuotes: Stage {
    let name = "kept-quotes"
    let requiredLayers: [LayerName] = []
    let producedLayers: [LayerName] = [QuoteLayer.name]
    func process(_ document: inout Document) throws {}
}
