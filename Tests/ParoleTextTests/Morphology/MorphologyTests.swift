import Parole
import Testing

/// The part of speech and lemma of each token of `text`.
private func morphology(_ text: String) throws -> [(String, String, String)] {
    var document = Document(id: "t", text: text)
    try StageRegistry.standard.pipeline(parsing: "tokenize,morphology").run(&document)
    return zip(document.tokens, document.morphology).map {
        (document.text(of: $0.0.span), $0.1.partOfSpeech.tag, $0.1.lemma)
    }
}

@Suite("Morphology")
struct MorphologyTests {
    @Test("Tags and lemmatises a news sentence")
    func newsSentence() throws {
        let result = try morphology("Le ministre déclarait mercredi que les négociations avaient échoué.")
        let expected: [(String, String, String)] = [
            ("Le", "DET", "le"), ("ministre", "NOUN", "ministre"), ("déclarait", "VERB", "déclarer"),
            ("mercredi", "NOUN", "mercredi"), ("que", "SCONJ", "que"), ("les", "DET", "le"),
            ("négociations", "NOUN", "négociation"), ("avaient", "AUX", "avoir"), ("échoué", "VERB", "échouer"),
            (".", "PUNCT", "."),
        ]
        #expect(result.count == expected.count)
        for (got, want) in zip(result, expected) {
            #expect(got == want)
        }
    }

    @Test("The same form gets the class its context asks for")
    func ambiguity() throws {
        let pronoun = try morphology("La police la cherche depuis mardi.")
        #expect(pronoun[0].1 == "DET")
        #expect(pronoun[2].1 == "PRON")
        #expect(pronoun[2].2 == "lui")  // UD French: third-person pronouns have lemma lui
        #expect(pronoun[3].1 == "VERB")
        let auxiliary = try morphology("Elle est partie. Il est ministre.")
        #expect(auxiliary[1].1 == "AUX")
        #expect(auxiliary[1].2 == "être")
    }

    @Test("A contraction stays one token: du is ADP with lemma de")
    func contractions() throws {
        let result = try morphology("Le porte-parole du gouvernement est revenu au pays.")
        let du = try #require(result.first { $0.0 == "du" })
        #expect(du.1 == "ADP")
        #expect(du.2 == "de")
        let au = try #require(result.first { $0.0 == "au" })
        #expect(au.1 == "ADP")
        #expect(au.2 == "à")
    }

    @Test("Names are proper nouns and keep their form as lemma")
    func properNouns() throws {
        let result = try morphology("Barbara Pompili a rencontré Antony Blinken à Washington.")
        for name in ["Barbara", "Pompili", "Antony", "Blinken", "Washington"] {
            let token = try #require(result.first { $0.0 == name })
            #expect(token.1 == "PROPN")
            #expect(token.2 == name)
        }
    }

    @Test("An unknown word still gets a class and a lemma")
    func unknownWords() throws {
        let result = try morphology("Les zorglubs ont été exfiltrés.")
        #expect(result[1].1 == "NOUN")
        #expect(result[4].2 == "exfiltrer")
    }

    @Test("The JSON gives each token its upos and lemma")
    func json() throws {
        var document = Document(id: "t", text: "Il a parlé du budget.")
        try StageRegistry.standard.pipeline(parsing: "tokenize,morphology").run(&document)
        let line = try DocumentJSONWriter().string(document)
        #expect(line.contains(#""text":"du","norm":"du","kind":"word","upos":"ADP","lemma":"de""#))
        #expect(line.contains(#""text":"parlé","norm":"parlé","kind":"word","upos":"VERB","lemma":"parler""#))
        #expect(!line.contains(#""morphology""#))
    }

    @Test("Without the stage, tokens carry no upos")
    func optIn() throws {
        #expect(!StageRegistry.standardPipeline.contains("morphology"))
        #expect(StageRegistry.standard.contains("morphology"))
        var document = Document(id: "t", text: "Il a parlé.")
        try StageRegistry.standard.pipeline(parsing: "tokenize,sentences").run(&document)
        #expect(try !DocumentJSONWriter().string(document).contains("upos"))
    }
}
