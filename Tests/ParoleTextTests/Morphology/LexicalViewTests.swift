import Parole
import Testing

@Suite("Lexical view")
struct LexicalViewTests {
    @Test("Each distinct spelling is interned once, with its lexicon classes and shape")
    func interning() throws {
        var document = Document(id: "t", text: "Les élus et les ÉLUS de Paris : les élus ont voté.")
        try StageRegistry.standard.pipeline(parsing: "tokenize").run(&document)
        let view = try document.lexicalView()
        #expect(view.formOfToken.count == document.tokens.count)
        // "les élus" three times: one form each for "les" and "élus"; "Les" and "ÉLUS" apart.
        #expect(view.formOfToken[3] == view.formOfToken[8])
        #expect(view.formOfToken[9] == view.formOfToken[1])
        #expect(view.formOfToken[0] != view.formOfToken[3])
        let capitalised = view.form(ofToken: 0)
        #expect(capitalised.shape.contains(.capitalised))
        #expect(capitalised.lowercaseClasses.contains(.determiner))
        #expect(view.form(ofToken: 4).shape.contains(.allCapitals))
        let paris = view.form(ofToken: 6)
        #expect(paris.classes.contains(.properNoun))
        #expect(view.form(ofToken: 7).shape.contains(.noLetter))
        #expect(view.lemma(ofToken: 11, as: .verb) == "voter")
    }

    @Test("A norm with more spellings than are compared still tells them apart and finds them again")
    func manySpellingsOfOneNorm() throws {
        let variants = ["paris", "Paris", "PARIS", "pAris", "paRis", "parIs", "pariS", "PAris", "PARis", "PARIs"]
        var document = Document(
            id: "t", text: (variants + ["paris", "PARIs", "pAris", "PARis"]).joined(separator: " "))
        try StageRegistry.standard.pipeline(parsing: "tokenize").run(&document)
        let view = try document.lexicalView()
        let forms = view.formOfToken
        #expect(Set(forms[..<10]).count == 10)
        #expect(Array(forms[10...]) == [forms[0], forms[9], forms[3], forms[8]])
        #expect(view.form(ofToken: 9).firstToken == 9)
    }

    @Test("The view is made once and stored; the morphology stage reads it")
    func storedOnce() throws {
        var document = Document(id: "t", text: "Le ministre a déclaré que le projet avançait.")
        try StageRegistry.standard.pipeline(parsing: "tokenize,morphology").run(&document)
        let stored = try #require(document[LexicalLayer.self])
        #expect(stored.formOfToken.count == document.tokens.count)
        #expect(document.morphology.count == document.tokens.count)
        #expect(try document.lexicalView().forms == stored.forms)
        #expect(!document.layerNames.isEmpty)
    }
}
