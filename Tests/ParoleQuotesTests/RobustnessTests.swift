import Parole
import Testing

/// Odd input: the stage never crashes, loops or lets a mark run wild.
@Suite("Robustness")
struct RobustnessTests {
    @Test("Empty, blank and punctuation-only texts")
    func degenerate() throws {
        for text in [
            "", " ", "\n\n", "«", "»", "« « « »", "\" \" \"", "— — —", "« , a-t-il dit", ", a déclaré", "selon",
            "Selon lui,",
        ] {
            _ = try quotes(text)
        }
    }

    @Test("Random sequences of marks, cues and names")
    func random() throws {
        let words = [
            "«", "»", "“", "”", "\"", "'", "’", "—", "--", ",", ".", ":", ";", "?", "(", ")", "\n", "a", "-t-il",
            "déclaré",
            "dit", "selon", "lui", "elle", "que", "qu'", "le", "la", "l'", "ministre", "M.", "Jean", "Dupont", "estime",
            "ajoute-t-elle", "en", "affirmant", "d'", "après", "Pour", "Comme", "qui", "et", "s'", "est", "dite",
            "fait",
            "savoir", "GENÈVE", "(ATS)", "-", "vouloir", "communiqué", "de", "Alors", "soupire", "un", "agent", "20",
            "ans",
        ]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {  // SplitMix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        for _ in 0..<300 {
            let text = (0..<next(80)).map { _ in words[next(words.count)] }.joined(separator: next(5) == 0 ? "" : " ")
            let document = try analyzeQuotes(text)
            #expect(document.quotes.allSatisfy { $0.span.end <= document.length && !$0.span.isEmpty })
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
        let text =
            String(repeating: "« “ ", count: 300) + "fin" + String(repeating: " ” »", count: 300) + ", a-t-il dit."
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
            "Le député a estimé que le texte « manque d'ambition » et qu'il « ne règle rien ». « Nous voterons contre », a-t-il ajouté."
        )
        let starts = document.quotes.map(\.span.start)
        #expect(starts == starts.sorted())
        #expect(document.quotes.map(\.kind) == [.indirect, .partial, .partial, .direct])
    }
}
