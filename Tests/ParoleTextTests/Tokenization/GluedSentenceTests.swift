import ParoleCore
import ParoleText
import Testing

@Suite("Sentences glued by their final punctuation")
struct GluedSentenceTests {
    @Test("A period between a French word and a capitalised word splits the word piece")
    func splitsTokens() throws {
        #expect(
            try tokens("La séance fut levée.Didier Martin prit la parole.") == [
                "La", "séance", "fut", "levée", ".", "Didier", "Martin", "prit", "la", "parole", ".",
            ])
        #expect(
            try tokens("le vote de l'assemblée.L'opposition") == [
                "le", "vote", "de", "l'", "assemblée", ".", "L'", "opposition",
            ])
        #expect(try tokens("un orage violent.Gaspard") == ["un", "orage", "violent", ".", "Gaspard"])
    }

    @Test("Addresses, program names, titles, initials, acronyms and numbers stay whole")
    func keepsOtherDots() throws {
        #expect(try tokens("sur lemonde.fr avec Node.js") == ["sur", "lemonde.fr", "avec", "Node.js"])
        #expect(try tokens("M.Dupont et Mme.Durand") == ["M.", "Dupont", "et", "Mme.", "Durand"])
        #expect(
            try tokens("J.Martin aux U.S.A. pour 3.5 litres") == ["J.Martin", "aux", "U.S.A.", "pour", "3.5", "litres"])
        #expect(try tokens("le fichier rapport.pdf et site.Com") == ["le", "fichier", "rapport.pdf", "et", "site.Com"])
        #expect(try tokens("Vue.Js et ASP.Net") == ["Vue.Js", "et", "ASP.Net"])
    }

    @Test("A sentence ends at a glued period, question or exclamation mark")
    func splitsSentences() throws {
        #expect(
            try sentences("La séance fut levée.Didier Martin prit la parole.") == [
                "La séance fut levée.", "Didier Martin prit la parole.",
            ])
        #expect(
            try sentences("Qui a signé cette lettre?Personne ne le sait.") == [
                "Qui a signé cette lettre?", "Personne ne le sait.",
            ])
        #expect(
            try sentences("Il parle d'une \"erreur de calcul\".Elle sera corrigée.") == [
                "Il parle d'une \"erreur de calcul\".", "Elle sera corrigée.",
            ])
        #expect(
            try sentences("Le chantier finira en mai 2031.Les riverains attendent.") == [
                "Le chantier finira en mai 2031.", "Les riverains attendent.",
            ])
        #expect(
            try sentences("Il dénonce \"une trahison\".\"Nous partirons\", dit-il.") == [
                "Il dénonce \"une trahison\".", "\"Nous partirons\", dit-il.",
            ])
    }

    @Test("No sentence ends inside a title, an address or a number")
    func keepsSentences() throws {
        #expect(try sentences("Il a vu M.Dupont sur lemonde.fr hier.") == ["Il a vu M.Dupont sur lemonde.fr hier."])
        #expect(try sentences("Prenez 2.5 litres et la version 3.Beta ce soir.").count == 1)
    }

    @Test("Token spans cover the text exactly, whatever glued punctuation it holds")
    func offsetsStayExact() throws {
        let pieces = [
            "fidèle", ".", "Marine", "?", "!", "\"", "»", "«", "l'", "L'", "M.", "U.S.A.", "lemonde.fr", "2021",
            "3.5", "Et", "rumeur", "\u{202F}", " ", "Node.js", "(", ")", "…", "-", "aujourd'hui", "Chahed",
        ]
        var generator = SplitMix(seed: 0x9E37_79B9)
        for _ in 0..<400 {
            let count = Int(generator.next() % 24) + 1
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let units = Array(text.utf16)
            let list = try Shared.tokenizer.tokenize(units)
            var previousEnd = 0
            for token in list {
                #expect(token.span.start >= previousEnd && token.span.end > token.span.start, "\(text)")
                let gap = units[previousEnd..<token.span.start]
                #expect(gap.allSatisfy { UnitClass.test($0, .space) || $0 == 0x202F }, "\(text)")
                previousEnd = token.span.end
            }
            #expect(units[previousEnd...].allSatisfy { UnitClass.test($0, .space) || $0 == 0x202F }, "\(text)")
            let spans = try Shared.splitter.split(units, tokens: list)
            #expect(spans.first?.tokens.lowerBound ?? 0 == 0 && (spans.last?.tokens.upperBound ?? 0) == list.count)
            for (first, second) in zip(spans, spans.dropFirst()) {
                #expect(first.tokens.upperBound == second.tokens.lowerBound, "\(text)")
            }
        }
    }
}

/// A small deterministic generator for the offset guard.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
