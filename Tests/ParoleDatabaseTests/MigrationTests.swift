import Foundation
import Parole
import Testing

@testable import ParoleDatabase

/// The fixture `Fixtures/schema-v1.sqlite` was made by `parole quotes` of the build before
/// migration v2 (main at 9cb29e2) from the five seed articles of the shared corpus.
@Suite("Schema migrations")
struct MigrationTests {
    /// Copies the fixture into `folder`; returns the copy's path.
    private func fixtureCopy(in folder: URL) throws -> String {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/schema-v1.sqlite")
        let path = databasePath(in: folder)
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
        return path
    }

    @Test("A v1 file is refused for reading until it is upgraded")
    func readOnlyNeedsUpgrade() throws {
        try withTemporaryFolder { folder in
            let path = try fixtureCopy(in: folder)
            #expect(throws: SchemaError.self) { try QuoteDatabase(readingAt: path) }
        }
    }

    @Test("Opening a v1 file for storing upgrades it, keeping every document and quote")
    func upgrade() throws {
        try withTemporaryFolder { folder in
            let path = try fixtureCopy(in: folder)
            let database = try QuoteDatabase(path: path)
            let counts = try database.counts()
            #expect(counts.documents == 5 && counts.quotes == 43)
            // v1 kept descriptions as speakers (19 in all); only the 11 named ones stay.
            #expect(counts.speakers == 11)
            let quotes = try QuoteDatabase(readingAt: path).search(QuoteQuery())
            #expect(quotes.allSatisfy { $0.quoteGroup != nil && $0.quoteDate == $0.date && $0.position != nil })
            let description = try #require(quotes.first { $0.speakerText == "les médias égyptiens" })
            #expect(description.speaker == nil)
            let blinken = quotes.filter { $0.speaker == "Antony Blinken" }
            #expect(blinken.count == 8 && blinken.allSatisfy { $0.speakerKind == "name" })
            #expect(try database.quoteGroupCount() == 43)
            let first = try #require(try database.document("/work/shared/corpus/seeds/000_5af56007a8cdcc22.txt"))
            #expect(first.id == "000_5af56007a8cdcc22")
        }
    }

    @Test("An upgraded file takes new documents and merges their speakers with the old ones")
    func storeAfterUpgrade() throws {
        try withTemporaryFolder { folder in
            let path = try fixtureCopy(in: folder)
            let database = try QuoteDatabase(path: path)
            try database.store(article(id: "new", name: "A. Blinken", words: "Nous continuerons"))
            try database.mergeSpeakers()
            #expect(try database.search(QuoteQuery(text: "continuerons")).first?.speaker == "Antony Blinken")
            #expect(try database.counts().speakers == 11)
        }
    }
}
