import Foundation
import Parole
import Testing

@testable import ParoleDatabase

@Suite("Metadata, filters, search syntax and statistics")
struct ExportTests {
    @Test("JSONL metadata: url, title, outlet and author in columns, other fields kept as JSON")
    func metadata() throws {
        let database = try QuoteDatabase()
        let fields = [
            "url": "https://example.org/a1", "title": "Trêve à Gaza", "outlet": "Le Quotidien", "author": "Léa Martin",
            "section": "monde", "lang": "fr",
        ]
        var stored = try article(
            id: "a1", name: "Antony Blinken", words: "Un cessez-le-feu reste possible", fields: fields)
        // Fields that are not strings in the JSONL record stay JSON values.
        stored.metadata.jsonFields = ["mots": "812", "tags": #"["gaza","trêve"]"#]
        try database.store(stored)
        let document = try #require(try database.document("a1"))
        #expect(document.url == "https://example.org/a1" && document.title == "Trêve à Gaza")
        #expect(document.outlet == "Le Quotidien" && document.author == "Léa Martin")
        #expect(document.meta == #"{"lang":"fr","mots":812,"section":"monde","tags":["gaza","trêve"]}"#)
        let quote = try #require(try database.search(QuoteQuery()).first)
        #expect(quote.outlet == "Le Quotidien" && quote.url == "https://example.org/a1")
    }

    /// Four articles in two outlets: a hand count of the gender statistics follows each.
    private func base() throws -> QuoteDatabase {
        let database = try QuoteDatabase()
        var first = try ArticleBuilder(
            id: "a1",
            text: "Karine Jean-Pierre a déclaré : « Nous y travaillons ». Elle a déclaré : « Rien n'est fait ». "
                + "Antony Blinken a déclaré : « Un accord est possible ».",
            date: "2024-02-07", fields: ["outlet": "Le Quotidien"])
        let karine = first.cluster("Karine Jean-Pierre", gender: .feminine)
        let blinken = first.cluster("Antony Blinken", gender: .masculine)
        first.quote("Nous y travaillons", by: "Karine Jean-Pierre", kind: .name, cluster: karine, gender: .feminine)
        first.quote("Rien n'est fait", by: "Elle", kind: .pronoun, cluster: karine, gender: .feminine)
        first.quote("Un accord est possible", by: "Antony Blinken", kind: .name, cluster: blinken, gender: .masculine)
        try database.store(first.document)
        // A wire copy of a1 in another outlet: its quotes count once.
        var copy = first
        copy.document = Document(
            id: "b1", text: first.document.text,
            metadata: DocumentMetadata(
                date: try ReferenceDate(parsing: "2024-02-07"), fields: ["outlet": "La Gazette"]))
        copy.document.sentences = first.document.sentences
        copy.document.entityClusters = first.document.entityClusters
        copy.document.quotes = first.document.quotes
        try database.store(copy.document)
        try database.store(
            article(
                id: "a2", name: "Ursula von der Leyen", words: "L'Europe est prête", gender: .feminine,
                fields: ["outlet": "La Gazette"]))
        var unknown = try ArticleBuilder(
            id: "a3", text: "Un témoin a déclaré : « Tout a brûlé ».", date: "2024-03-02",
            fields: ["outlet": "Le Quotidien"])
        unknown.quote("Tout a brûlé", by: "Un témoin", kind: .source)
        try database.store(unknown.document)
        try database.mergeSpeakers()
        return database
    }

    @Test("--stats gender counts quote groups once and distinct speakers (hand count)")
    func genderStatistics() throws {
        let statistics = try base().statistics([.gender])
        // female: Karine ×2 (copies once), von der Leyen ×1 → 3 quotes, 2 speakers;
        // male: Blinken ×1 → 1 quote, 1 speaker; unknown: the witness → 1 quote, 1 article speaker.
        #expect(statistics.rows.map(\.values) == [["female"], ["male"], ["unknown"]])
        #expect(statistics.rows.map(\.quotes) == [3, 1, 1])
        #expect(statistics.rows.map(\.speakers) == [2, 1, 1])
    }

    @Test("--stats gender,outlet,month groups by outlet and statement month")
    func outletMonthStatistics() throws {
        let statistics = try base().statistics([.gender, .outlet, .month])
        let rows = statistics.rows.map { $0.values + ["\($0.quotes)", "\($0.speakers)"] }
        #expect(
            rows == [
                ["female", "La Gazette", "2024-02", "3", "2"], ["female", "Le Quotidien", "2024-02", "2", "1"],
                ["male", "La Gazette", "2024-02", "1", "1"], ["male", "Le Quotidien", "2024-02", "1", "1"],
                ["unknown", "Le Quotidien", "2024-03", "1", "1"],
            ])
    }

    @Test("Filters: date range, outlet, kind, gender")
    func filters() throws {
        let database = try base()
        #expect(try database.search(QuoteQuery()).count == 8)
        #expect(try database.search(QuoteQuery(from: "2024-03")).map(\.text) == ["Tout a brûlé"])
        #expect(try database.search(QuoteQuery(to: "2024-02")).count == 7)
        #expect(try database.search(QuoteQuery(from: "2024-02-07", to: "2024-02-07")).count == 7)
        #expect(try database.search(QuoteQuery(outlet: "la gazette")).count == 4)
        #expect(try database.search(QuoteQuery(gender: "female")).count == 5)
        #expect(try database.search(QuoteQuery(gender: "unknown")).count == 1)
        #expect(try database.search(QuoteQuery(kind: "indirect")).isEmpty)
        #expect(try database.search(QuoteQuery(outlet: "La Gazette", gender: "male")).count == 1)
    }

    @Test("Search: phrases, OR, NOT, parentheses; a bad search says what to write")
    func searchSyntax() throws {
        let database = try base()
        #expect(try database.search(QuoteQuery(text: "\"accord est possible\"")).count == 2)
        #expect(try database.search(QuoteQuery(text: "\"possible accord\"")).isEmpty)
        #expect(try database.search(QuoteQuery(text: "travaillons OR brûlé")).count == 3)
        // `n'est` holds the word `est` too.
        #expect(try database.search(QuoteQuery(text: "est NOT europe")).count == 4)
        // `-word` excludes as `NOT word` does; a hyphen inside a word does not.
        #expect(try database.search(QuoteQuery(text: "est -europe")).count == 4)
        #expect(throws: SearchSyntaxError.self) { try database.search(QuoteQuery(text: "-europe")) }
        #expect(try database.search(QuoteQuery(text: "(europe OR accord) est")).count == 3)
        #expect(try database.search(QuoteQuery(text: "travaill*")).count == 2)
        #expect(throws: SearchSyntaxError.self) { try database.search(QuoteQuery(text: "NOT europe")) }
        #expect(throws: SearchSyntaxError.self) { try database.search(QuoteQuery(text: "\"accord est")) }
        #expect(throws: SearchSyntaxError.self) { try database.search(QuoteQuery(text: "(europe OR accord")) }
    }
}
