import Foundation
import Parole
import ParoleDatabase
import Testing

@testable import ParolePostgres

/// The PostgreSQL store against a real server, beside the SQLite store on the same articles.
@Suite("PostgreSQL quotation store", .serialized, .enabled(if: TestServer.enabled))
struct PostgresStoreTests {
    /// The searches compared with SQLite: a word, a phrase, OR, an exclusion and a prefix.
    static let searches = ["Gaza", "\"cessez-le-feu\"", "Israël OR Hamas", "président -Macron", "négo*"]

    @Test("The same articles give the same counts as SQLite, and a re-run leaves them unchanged")
    func sameCountsAsSQLite() throws {
        _ = try TestServer.analysedDocuments()
        let url = try TestServer.makeDatabase()
        defer { TestServer.drop(url) }
        let store = try PostgresQuoteStore(url: url)
        for document in try TestServer.analysedDocuments() { try store.store(document) }
        try store.mergeSpeakers()
        let expected = try StoreFigures(try TestServer.sqliteReference())
        let figures = try StoreFigures(store)
        #expect(figures == expected)
        #expect(figures.quotes > 0)
        // A re-run replaces each document: nothing more, nothing less.
        for document in try TestServer.analysedDocuments() { try store.store(document) }
        try store.mergeSpeakers()
        #expect(try StoreFigures(store) == expected)
        #expect(
            try store.session.integer(
                "SELECT COUNT(*) FROM (SELECT key FROM document GROUP BY key HAVING COUNT(*) > 1) AS d") == 0)
    }

    @Test("Five searches return the same quotes as SQLite, and statistics agree")
    func searchesMatchSQLite() throws {
        let url = try TestServer.makeDatabase()
        defer { TestServer.drop(url) }
        let store = try PostgresQuoteStore(url: url)
        for document in try TestServer.analysedDocuments() { try store.store(document) }
        try store.mergeSpeakers()
        let reference = try TestServer.sqliteReference()
        var found = 0
        for search in Self.searches {
            let expected = identities(try reference.search(QuoteQuery(text: search)))
            #expect(identities(try store.search(QuoteQuery(text: search))) == expected, "\(search)")
            found += expected.count
        }
        #expect(found > 0)
        let everything = QuoteQuery()
        #expect(identities(try store.search(everything)) == identities(try reference.search(everything)))
        let dimensions: [QuoteStatistics.Dimension] = [.gender, .kind, .month]
        #expect(try store.statistics(dimensions, everything) == reference.statistics(dimensions, everything))
        let filtered = QuoteQuery(speaker: "a", from: "2000", kind: "direct")
        #expect(identities(try store.search(filtered)) == identities(try reference.search(filtered)))
    }

    @Test("The search syntax: phrases, OR, NOT and -word, prefixes, precedence as in FTS5")
    func searchSyntax() throws {
        let url = try TestServer.makeDatabase()
        defer { TestServer.drop(url) }
        let store = try PostgresQuoteStore(url: url)
        var document = Document(
            id: "syntax",
            text: """
                « Le cessez-le-feu doit tenir », a déclaré le ministre. « Les négociations reprendront à Doha », \
                a affirmé la porte-parole. « Nous refusons toute trêve à Gaza sans négociateur neutre », a dit le porte-parole.
                """)
        document = try StageRegistry.standard.pipeline(named: StageRegistry.standardPipeline).analyze(document)
        #expect(try store.store(document) == 3)
        func texts(_ search: String) throws -> Set<String> {
            Set(try store.search(QuoteQuery(text: search)).map(\.text))
        }
        #expect(try texts("\"cessez-le-feu\"").count == 1)
        #expect(try texts("Doha OR Gaza").count == 2)
        #expect(try texts("négo*").count == 2)
        #expect(try texts("négo* -Gaza").count == 1)
        #expect(try texts("négo* NOT Gaza") == texts("négo* -Gaza"))
        // FTS5's precedence: AND before OR.
        #expect(try texts("Doha OR trêve Gaza").count == 2)
        #expect(try texts("(Doha OR trêve) Gaza").count == 1)
        #expect(throws: SearchSyntaxError.self) { try store.search(QuoteQuery(text: "NOT Gaza")) }
    }

    @Test("A SQLite export of the store has the same counts and the same searches")
    func exportToSQLite() throws {
        let url = try TestServer.makeDatabase()
        defer { TestServer.drop(url) }
        let store = try PostgresQuoteStore(url: url)
        for document in try TestServer.analysedDocuments() { try store.store(document) }
        try store.mergeSpeakers()
        // In a folder of its own, removed with the export's -wal and -shm companions.
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("export.sqlite")
            try store.exportSQLite(to: file.path)
            let copy = try QuoteDatabase(readingAt: file.path)
            #expect(try StoreFigures(copy) == StoreFigures(store))
            #expect(try StoreFigures(copy) == StoreFigures(try TestServer.sqliteReference()))
            let search = QuoteQuery(text: "Gaza OR Israël")
            #expect(identities(try copy.search(search)) == identities(try store.search(search)))
        }
    }
}
