import Parole
import Testing

/// Adverbs of `quotes-adverbials.txt` inside a compound speech verb (`a donc affirmé`).
@Suite("Adverbs inside a speech verb group")
struct VerbGroupAdverbTests {
    @Test("donc, surtout, d'abord, plutôt, encore une fois between the auxiliary and the participle")
    func adverbsInCompoundForms() throws {
        for adverb in ["donc", "surtout", "d'abord", "plutôt", "encore une fois", "par exemple"] {
            let text = "Le ministre a \(adverb) affirmé que la réforme sera votée avant l'été."
            #expect(
                try quotes(text) == [
                    QuoteSummary(.indirect, "la réforme sera votée avant l'été", "Le ministre", "affirmer")
                ], "\(adverb)")
        }
    }

    @Test("même, bien right after a finite verb stand before its que (they open a clause in même si, bien que)")
    func emphasisBeforeQue() throws {
        #expect(
            try quotes("La directrice de l'hôpital, Sophie Lemaire, note même que les délais d'attente ont doublé.")
                .map(\.text) == ["les délais d'attente ont doublé"])
        #expect(
            try quotes("Le syndicat affirme bien que la grève sera reconduite jeudi.") == [
                QuoteSummary(.indirect, "la grève sera reconduite jeudi", "Le syndicat", "affirmer")
            ])
    }

    @Test("bien after a participle, another adverb or before a subjunctive opens a concession, not the verb's que")
    func concessiveBienQue() throws {
        #expect(try quotes("Le ministre a répondu bien qu'il soit fatigué par la longue séance de nuit.").isEmpty)
        #expect(try quotes("Le maire assure bien qu'il ne soit pas candidat à sa succession.").isEmpty)
        #expect(
            try quotes("L'entraîneur a expliqué ensuite bien qu'il ait perdu dimanche face à Lens.").isEmpty)
        #expect(
            try quotes("Le procureur note bien que le suspect avait déjà été condamné.").map(\.text) == [
                "le suspect avait déjà été condamné"
            ])
    }
}
