import Foundation
import Parole
import Testing

@testable import ParoleDatabase

@Suite("Wire copies grouped")
struct QuoteGroupTests {
    @Test("The same quote by the same speaker in two outlets shares a quote group")
    func wireCopy() throws {
        let database = try QuoteDatabase()
        try database.store(
            article(
                id: "afp-1", name: "Antony Blinken", words: "Un cessez-le-feu reste possible", fields: ["outlet": "A"]))
        // The second outlet prints it with a typographic apostrophe change and other spacing.
        try database.store(
            article(
                id: "b-7", name: "Antony Blinken", words: "Un cessez-le-feu  reste possible", fields: ["outlet": "B"]))
        try database.mergeSpeakers()
        let quotes = try database.search(QuoteQuery())
        #expect(quotes.count == 2)
        #expect(quotes[0].quoteGroup != nil && quotes[0].quoteGroup == quotes[1].quoteGroup)
        #expect(try database.quoteGroupCount() == 1)
    }

    @Test("The same words by two speakers are two groups")
    func differentSpeakers() throws {
        let database = try QuoteDatabase()
        try database.store(article(id: "a1", name: "Antony Blinken", words: "Nous y travaillons"))
        try database.store(
            article(id: "a2", name: "Karine Jean-Pierre", words: "Nous y travaillons", gender: .feminine))
        try database.mergeSpeakers()
        #expect(try database.quoteGroupCount() == 2)
    }

    @Test("Copies whose speakers merge later (B. Obama, Barack Obama) end in one group")
    func groupsFollowMerging() throws {
        let database = try QuoteDatabase()
        try database.store(article(id: "a1", name: "Barack Obama", words: "Nous avons besoin de diplomatie"))
        try database.store(article(id: "a2", name: "B. Obama", words: "Nous avons besoin de diplomatie !"))
        #expect(try database.quoteGroupCount() == 2)
        try database.mergeSpeakers()
        #expect(try database.quoteGroupCount() == 1)
    }

    @Test("Normalised text ignores case, accents, punctuation and spacing")
    func textKey() {
        #expect(TextKey.of("Nous n’irons  pas, À GAZA.") == TextKey.of("nous n'irons pas a gaza"))
        #expect(TextKey.of("Nous irons") != TextKey.of("Nous n'irons pas"))
    }

    @Test("A fragment keeps the index of the quote that holds it")
    func parentKept() throws {
        var builder = try ArticleBuilder(
            id: "a1", text: "Antony Blinken a déclaré que le bilan restait « trop élevé » à Gaza.")
        let cluster = builder.cluster("Antony Blinken")
        builder.quote(
            "le bilan restait « trop élevé » à Gaza", by: "Antony Blinken", kind: .name, cluster: cluster,
            quoteKind: .indirect)
        builder.quote("trop élevé", by: "Antony Blinken", kind: .name, cluster: cluster, quoteKind: .partial, parent: 0)
        let database = try QuoteDatabase()
        try database.store(builder.document)
        let quotes = try database.search(QuoteQuery())
        #expect(quotes.map(\.position) == [0, 1])
        #expect(quotes.map(\.parent) == [nil, 0])
        // Statistics count the fragment with its parent, not apart.
        #expect(try database.statistics([.gender]).rows.map(\.quotes) == [1])
    }
}
