import Parole
import Testing

/// Odd input: the stage never crashes, loops or lets a mark run wild.
@Suite("Robustness")
struct RobustnessTests {
    @Test("Empty, blank and punctuation-only texts")
    func degenerate() throws {
        for text in ["", " ", "\n\n", "«", "»", "« « « »", "\" \" \"", "— — —", "« , a-t-il dit", ", a déclaré", "selon", "Selon lui,"] {
            _ = try quotes(text)
        }
    }

    @Test("Thousands of unmatched marks stay bounded")
    func manyMarks() throws {
        let text = String(repeating: "« Il a dit que oui, selon lui. ", count: 2_000)
        let document = try analyzeQuotes(text)
        #expect(document.quotes.allSatisfy { $0.span.length < 200 })
    }

    @Test("Deeply nested marks")
    func deepNesting() throws {
        let text = String(repeating: "« “ ", count: 300) + "fin" + String(repeating: " ” »", count: 300) + ", a-t-il dit."
        #expect(try quotes(text).count == 1)
    }

    @Test("The stage declares its layers and needs no dates")
    func layers() throws {
        let stage = try QuoteStage()
        #expect(stage.name == "quotes")
        #expect(stage.requiredLayers == ["tokens", "sentences", "entities"])
        #expect(stage.producedLayers == ["quotes"])
        #expect(StageRegistry.standard.names.contains("quotes"))
    }

    @Test("Quotes come in text order, a reported clause before the fragments inside it")
    func order() throws {
        let document = try analyzeQuotes(
            "Le député a estimé que le texte « manque d'ambition » et qu'il « ne règle rien ». « Nous voterons contre », a-t-il ajouté.")
        let starts = document.quotes.map(\.span.start)
        #expect(starts == starts.sorted())
        #expect(document.quotes.map(\.kind) == [.indirect, .partial, .partial, .direct])
    }
}
