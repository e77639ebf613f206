import Foundation
import Parole
import Testing

@testable import ParoleDatabase

@Suite("Speakers merged across documents")
struct SpeakerMergingTests {
    @Test("B. Obama, Obama and Barack Obama in three articles are one speaker")
    func initialsAndSurname() throws {
        let database = try QuoteDatabase()
        try database.store(article(id: "a1", name: "Barack Obama", words: "Nous avons besoin de diplomatie"))
        try database.store(article(id: "a2", name: "B. Obama", words: "La paix reste possible au Proche-Orient"))
        try database.store(article(id: "a3", name: "Obama", words: "Le dialogue doit reprendre"))
        try database.mergeSpeakers()
        #expect(try database.counts().speakers == 1)
        #expect(Set(try database.search(QuoteQuery()).compactMap(\.speaker)) == ["Barack Obama"])
        // A search by an old spelling still finds the merged speaker.
        #expect(try database.search(QuoteQuery(speaker: "B. Obama")).count == 3)
    }

    @Test("Obama stays apart when Barack and Michelle Obama are both in the base; B. Obama joins Barack")
    func ambiguousSurname() throws {
        let database = try QuoteDatabase()
        try database.store(article(id: "a1", name: "Barack Obama", words: "Nous avons besoin de diplomatie"))
        try database.store(
            article(
                id: "a2", name: "Michelle Obama", words: "L'éducation des filles est essentielle", gender: .feminine))
        try database.store(article(id: "a3", name: "Obama", words: "Le dialogue doit reprendre"))
        try database.store(article(id: "a4", name: "B. Obama", words: "La paix reste possible"))
        try database.mergeSpeakers()
        let speakers = Dictionary(uniqueKeysWithValues: try database.speakers().map { ($0.name, $0.quotes) })
        #expect(speakers == ["Barack Obama": 2, "Michelle Obama": 1, "Obama": 1])
    }

    @Test("The merge does not depend on the order articles are stored in")
    func orderIndependent() throws {
        let names = ["Obama", "B. Obama", "Barack Obama"]
        var results: [[String]] = []
        for order in [names, names.reversed()] {
            let database = try QuoteDatabase()
            for (index, name) in order.enumerated() {
                try database.store(article(id: "a\(index)", name: name, words: "Déclaration numéro \(name)"))
                try database.mergeSpeakers()
            }
            results.append(try database.speakers().map(\.name))
        }
        #expect(results[0] == ["Barack Obama"] && results[1] == ["Barack Obama"])
    }

    @Test("Descriptions and pronouns are never global speakers; resolved ones link to their cluster")
    func descriptions() throws {
        var builder = try ArticleBuilder(
            id: "a1",
            text: "Le Premier ministre a déclaré : « Nous tiendrons ». Un responsable américain a déclaré : "
                + "« Rien n'est fait ». Une source diplomatique a déclaré : « Ça avance ». Il a déclaré : « Non ».")
        let cluster = builder.cluster("Benyamin Netanyahu", gender: .masculine)
        builder.quote(
            "Nous tiendrons", by: "Le Premier ministre", kind: .description, cluster: cluster, gender: .masculine,
            role: "Premier ministre")
        builder.quote("Rien n'est fait", by: "Un responsable américain", kind: .description, gender: .masculine)
        builder.quote("Ça avance", by: "Une source diplomatique", kind: .source)
        builder.quote("Non", by: "Il", kind: .pronoun, gender: .masculine)
        let database = try QuoteDatabase()
        try database.store(builder.document)
        try database.mergeSpeakers()
        #expect(try database.speakers().map(\.name) == ["Benyamin Netanyahu"])
        let quotes = try database.search(QuoteQuery())
        let byText = Dictionary(uniqueKeysWithValues: quotes.map { ($0.text, $0) })
        #expect(byText["Nous tiendrons"]?.speaker == "Benyamin Netanyahu")
        #expect(byText["Nous tiendrons"]?.speakerKind == "description")
        #expect(byText["Nous tiendrons"]?.speakerRole == "Premier ministre")
        #expect(byText["Rien n'est fait"]?.speaker == nil)
        #expect(byText["Rien n'est fait"]?.speakerText == "Un responsable américain")
        #expect(byText["Rien n'est fait"]?.speakerGender == "male")
        #expect(byText["Ça avance"]?.speaker == nil && byText["Ça avance"]?.speakerKind == "source")
        #expect(byText["Non"]?.speaker == nil && byText["Non"]?.speakerKind == "pronoun")
    }

    @Test("The same description in two articles stays two article speakers, not one person")
    func descriptionsStayPerArticle() throws {
        let database = try QuoteDatabase()
        for (id, words) in [("a1", "Nous tiendrons"), ("a2", "Nous négocierons")] {
            var builder = try ArticleBuilder(id: id, text: "Le premier ministre a déclaré : « \(words) ».")
            builder.quote(words, by: "Le premier ministre", kind: .description, gender: .masculine)
            try database.store(builder.document)
        }
        try database.mergeSpeakers()
        #expect(try database.counts().speakers == 0)
        let statistics = try database.statistics([.gender])
        #expect(statistics.rows.map(\.speakers) == [2])
    }

    @Test("An alias file joins names that spelling cannot, and is kept in the base")
    func aliasFile() throws {
        try withTemporaryFolder { folder in
            let path = databasePath(in: folder)
            let database = try QuoteDatabase(path: path)
            try database.store(article(id: "a1", name: "Benyamin Netanyahu", words: "Nous tiendrons"))
            try database.store(article(id: "a2", name: "Benjamin Netanyahu", words: "La victoire est proche"))
            try database.mergeSpeakers()
            #expect(try database.counts().speakers == 2)
            try database.setAliases(
                SpeakerAliases(parsing: "# transliterations\nBenjamin Netanyahu = Benyamin Netanyahu\n"))
            #expect(try database.speakers().map(\.name) == ["Benjamin Netanyahu"])
            // A later run keeps the rule.
            try database.store(article(id: "a3", name: "Benyamin Netanyahu", words: "Pas de trêve"))
            try database.mergeSpeakers()
            #expect(try QuoteDatabase(path: path).speakers().map(\.name) == ["Benjamin Netanyahu"])
        }
    }

    @Test("A malformed alias file names its line")
    func badAliasFile() {
        #expect(throws: AliasFileError.self) { try SpeakerAliases(parsing: "A = B\nC\n") }
        do {
            _ = try SpeakerAliases(parsing: "# x\nA = B\nB = C\n")
            Issue.record("a name on two lines was accepted")
        } catch {
            #expect(error.line == 3)
        }
    }

    @Test("Name compatibility reads from the surname, word by word or by initials")
    func compatibility() {
        func words(_ name: String) -> [String] { Normalizer.foldingKey(name).split(separator: " ").map(String.init) }
        #expect(SpeakerNames.isCompatible(words("B. Obama"), with: words("Barack Obama")))
        #expect(SpeakerNames.isCompatible(words("Obama"), with: words("Barack Obama")))
        #expect(SpeakerNames.isCompatible(words("J.-Y. Le Drian"), with: words("Jean-Yves Le Drian")))
        #expect(SpeakerNames.isCompatible(words("Le Drian"), with: words("Jean-Yves Le Drian")))
        #expect(!SpeakerNames.isCompatible(words("M. Obama"), with: words("Barack Obama")))
        #expect(!SpeakerNames.isCompatible(words("Barack"), with: words("Barack Obama")))
        #expect(!SpeakerNames.isCompatible(words("Michelle Obama"), with: words("Barack Obama")))
    }

    @Test("Organisations merge by folded name only")
    func organisations() throws {
        let database = try QuoteDatabase()
        for (id, name) in [("a1", "Maison Blanche"), ("a2", "maison blanche"), ("a3", "Blanche")] {
            var builder = try ArticleBuilder(id: id, text: "\(name) a déclaré : « Texte \(id) ».")
            let cluster = builder.cluster(name, label: .organization)
            builder.quote("Texte \(id)", by: name, kind: .organisation, cluster: cluster)
            try database.store(builder.document)
        }
        try database.mergeSpeakers()
        #expect(try database.counts().speakers == 2)
    }
}
