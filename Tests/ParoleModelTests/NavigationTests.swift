import Parole
import Testing

@Suite("Document navigation")
struct NavigationTests {
    /// Three sentences with emoji: a quote over the first two, names in each.
    static let document: Document = {
        let text =
            "« Nous 🙏 ne céderons pas. Le dialogue reste ouvert », a déclaré lundi le président Emmanuel Macron à Paris. "
            + "🇫🇷 Selon Olaf Scholz, la réunion de Bruxelles a été « constructive ». Rien n'a filtré."
        let pipeline = try! StageRegistry.standard.pipeline(named: StageRegistry.standard.names)
        return try! pipeline.analyze(Document(id: "n", text: text, date: try! ReferenceDate(parsing: "2024-02-05")))
    }()

    @Test("The sentence containing a span, or none across a boundary")
    func sentenceContaining() throws {
        let document = Self.document
        try #require(document.sentences.count >= 3)
        for (index, sentence) in document.sentences.enumerated() {
            #expect(document.sentence(containing: sentence.span) == sentence)
            for token in document.tokens(in: sentence) {
                #expect(document.sentence(containing: token.span) == sentence, "token \(document.text(of: token))")
            }
            if index > 0 {
                let across = Span(start: document.sentences[index - 1].span.end - 1, end: sentence.span.start + 1)
                #expect(document.sentence(containing: across) == nil)
            }
        }
        let first = document.sentences[0].span
        let gap = Span(start: first.end, end: document.sentences[1].span.start)
        #expect(!gap.isEmpty && document.sentence(containing: gap) == nil)
    }

    @Test("A sentence's tokens are the tokens inside it, in order")
    func tokensInSentence() {
        let document = Self.document
        var all: [Token] = []
        for sentence in document.sentences {
            let tokens = document.tokens(in: sentence)
            #expect(tokens.allSatisfy { sentence.span.contains($0.span) })
            all += tokens
        }
        #expect(all == Array(document.tokens))
    }

    @Test("A sentence's entities and quotes are those that overlap it, as a scan finds them")
    func entitiesAndQuotes() throws {
        let document = Self.document
        #expect(!document.entities.isEmpty && !document.quotes.isEmpty)
        for sentence in document.sentences {
            #expect(document.entities(in: sentence) == document.entities.filter { $0.span.overlaps(sentence.span) })
            #expect(document.quotes(in: sentence) == document.quotes.filter { $0.span.overlaps(sentence.span) })
            #expect(document.dates(in: sentence) == document.dates.filter { $0.span.overlaps(sentence.span) })
        }
        let macron = try #require(document.entities.first { document.text(of: $0) == "Emmanuel Macron" })
        let scholz = try #require(document.entities.first { document.text(of: $0) == "Olaf Scholz" })
        let first = try #require(document.sentence(containing: macron.span))
        let second = try #require(document.sentence(containing: scholz.span))
        #expect(first != second)
        #expect(document.entities(in: first).contains(macron) && !document.entities(in: first).contains(scholz))
        #expect(document.entities(in: second).contains(scholz))
        // The direct quote runs over the first two sentences: it is a quote of both.
        let quote = try #require(document.quotes.first { $0.kind == .direct })
        #expect(document.quotes(in: document.sentences[0]).contains(quote))
        #expect(document.quotes(in: first).contains(quote))
        #expect(document.quotes(in: document.sentences.last!).isEmpty)
    }

    @Test("Entities in an unsorted layer are still found, in layer order")
    func unsortedLayer() {
        var document = Self.document
        document.entities.reverse()
        for sentence in document.sentences {
            #expect(document.entities(in: sentence) == document.entities.filter { $0.span.overlaps(sentence.span) })
        }
    }

    @Test("The index follows a changed layer")
    func changedLayer() {
        var document = Self.document
        let sentence = document.sentences[1]
        #expect(!document.entities(in: sentence).isEmpty)
        document.entities = []
        #expect(document.entities(in: sentence).isEmpty)
    }

    @Test("A span's String range covers the same text, emoji included")
    func stringRange() {
        let document = Self.document
        for annotation in document.tokens.map(\.span) + document.entities.map(\.span) + document.quotes.map(\.span) {
            let range = document.range(of: annotation)
            #expect(String(document.text[range]) == document.text(of: annotation))
            #expect(document.span(of: range) == annotation)
        }
        let emoji = document.tokens.first { document.text(of: $0) == "🙏" }
        #expect(emoji.map { document.text[document.range(of: $0.span)] } == "🙏")
    }
}
