import Parole
import Testing

/// A source phrase between a subject and its verb attributes the whole sentence.
@Suite("Source asides")
struct SourceAsideTests {
    @Test("Subject, selon X, verb: the whole sentence")
    func betweenSubjectAndVerb() throws {
        let text = "Les tarifs du nouveau réseau, selon l'association des usagers, sont devenus trop élevés."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .indirect,
                    "Les tarifs du nouveau réseau, selon l'association des usagers, sont devenus trop élevés",
                    "l'association des usagers", "selon")
            ])
    }

    @Test("A fronted adverbial, selon X, clause: the words after the aside")
    func afterAdverbial() throws {
        let text = "Mardi soir, selon la préfecture, trois cents manifestants ont défilé dans le centre."
        #expect(try quotes(text).map(\.text) == ["trois cents manifestants ont défilé dans le centre"])
    }
}
