import Foundation
import Parole
import Testing

@testable import ParoleDatabase

@Suite("Quotation database")
struct QuoteDatabaseTests {
    /// A document with quotes laid by hand, as the quotes stage would make them.
    private func article(id: String = "a1", secondQuote: String = "ni aujourd'hui ni demain") throws -> Document {
        let text =
            "Antony Blinken a déclaré : « Un cessez-le-feu reste possible ». M. Blinken a ajouté : « \(secondQuote) »."
        var document = Document(id: id, text: text, date: try ReferenceDate(parsing: "2024-02-07"))
        let units = document.utf16
        func span(_ part: String, after start: Int = 0) -> Span {
            let needle = Array(part.utf16)
            var index = start
            while !units[index..<index + needle.count].elementsEqual(needle) { index += 1 }
            return Span(start: index, end: index + needle.count)
        }
        document.sentences = [Sentence(span: Span(start: 0, end: span(".").end), tokens: 0..<0)]
        document.entityClusters = [
            EntityCluster(
                label: .person, canonical: "Antony Blinken", aliases: ["Antony Blinken", "Blinken"], gender: .masculine,
                mentions: [0, 1])
        ]
        let first = span("Un cessez-le-feu reste possible")
        let second = span(secondQuote)
        document.quotes = [
            Quote(
                span: first, kind: .direct,
                speaker: .init(span: span("Antony Blinken"), canonical: "Antony Blinken", cluster: 0),
                cue: .init(span: span("a déclaré"), lemma: "déclarer")),
            Quote(
                span: second, kind: .direct,
                speaker: .init(span: span("Blinken", after: first.end), canonical: "Antony Blinken", cluster: 0),
                cue: .init(span: span("a ajouté"), lemma: "ajouter")),
        ]
        return document
    }

    @Test("Documents, speakers and quotes round-trip through a database file")
    func roundTrip() throws {
        try withTemporaryFolder { folder in
            let path = databasePath(in: folder)
            let database = try QuoteDatabase(path: path)
            #expect(try database.store(article()) == 2)
            let reopened = try QuoteDatabase(path: path)
            let counts = try reopened.counts()
            #expect(counts.documents == 1 && counts.speakers == 1 && counts.quotes == 2)
            let quotes = try reopened.search(QuoteQuery())
            #expect(quotes.map(\.text) == ["Un cessez-le-feu reste possible", "ni aujourd'hui ni demain"])
            #expect(quotes.first?.speaker == "Antony Blinken")
            #expect(quotes.first?.cue == "déclarer")
            #expect(quotes.first?.date == "2024-02-07")
            #expect(quotes.first?.document == "a1")
            #expect(quotes.first?.sentence.hasPrefix("Antony Blinken a déclaré") == true)
        }
    }

    @Test("Storing the same document again replaces it instead of duplicating")
    func rerunReplaces() throws {
        try withTemporaryFolder { folder in
            let database = try QuoteDatabase(path: databasePath(in: folder))
            try database.store(article())
            try database.store(article(secondQuote: "nous y travaillerons"))
            try database.store(article(id: "a2"))
            let counts = try database.counts()
            #expect(counts.documents == 2 && counts.quotes == 4 && counts.speakers == 1)
            #expect(try database.search(QuoteQuery(text: "travaillerons")).map(\.document) == ["a1"])
        }
    }

    @Test("Full-text search ignores accents and case and matches hyphenated words as phrases")
    func fullTextSearch() throws {
        let database = try QuoteDatabase()
        try database.store(article())
        #expect(try database.search(QuoteQuery(text: "cessez-le-feu")).count == 1)
        #expect(try database.search(QuoteQuery(text: "AUJOURD'HUI demain")).count == 1)
        // The words are there, not in that order:
        #expect(try database.search(QuoteQuery(text: "feu-cessez")).count == 0)
        #expect(try database.search(QuoteQuery(text: "posible")).isEmpty)
    }

    @Test("Speaker search matches the canonical name and the aliases, accents ignored")
    func speakerSearch() throws {
        let database = try QuoteDatabase()
        try database.store(article())
        #expect(try database.search(QuoteQuery(speaker: "blinken")).count == 2)
        #expect(try database.search(QuoteQuery(text: "possible", speaker: "Antony")).count == 1)
        #expect(try database.search(QuoteQuery(speaker: "Netanyahu")).isEmpty)
        #expect(try database.speakers().map(\.name) == ["Antony Blinken"])
    }

    @Test("An interrupted write leaves the previous state intact")
    func interruptedWrite() throws {
        try withTemporaryFolder { folder in
            struct Interrupted: Error {}
            let path = databasePath(in: folder)
            let database = try QuoteDatabase(path: path)
            try database.store(article())
            #expect(throws: Interrupted.self) {
                try database.store(try article(secondQuote: "une version qui ne doit pas rester")) { index in
                    if index == 1 { throw Interrupted() }
                }
            }
            let reopened = try QuoteDatabase(path: path)
            #expect(try reopened.counts().quotes == 2)
            #expect(try reopened.search(QuoteQuery(text: "rester")).isEmpty)
            #expect(try reopened.search(QuoteQuery(text: "demain")).count == 1)
        }
    }

    @Test("Documents analysed elsewhere are stored as they are, and one without quotes is reported")
    func storeAnalyzed() throws {
        let database = try QuoteDatabase()
        let indexer = try QuoteIndexer(database: database)
        let analysed = try article()
        let bare = Document(id: "nu", text: "Aucune citation ici.")
        let summary = indexer.store(analyzed: [.success(analysed), .success(bare)])
        #expect(summary.documents == 1)
        #expect(summary.quotes == analysed.quotes.count)
        #expect(summary.failures.count == 1)
        #expect(summary.failures.first?.contains("no quotes layer") == true)
        #expect(try database.counts().quotes == analysed.quotes.count)
    }

    @Test("The indexer refuses a pipeline without the quotes stage")
    func indexerNeedsQuotes() throws {
        let database = try QuoteDatabase()
        #expect(throws: QuoteIndexer.SetupError.self) {
            try QuoteIndexer(database: database, pipeline: StageRegistry.core.pipeline(parsing: "tokenize,sentences"))
        }
    }
}
