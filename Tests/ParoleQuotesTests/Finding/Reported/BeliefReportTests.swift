import Parole
import Testing

/// Verbs of belief (`penser`, `croire`: the `belief` frame of `quotes-speech-verbs.txt`)
/// and verbs that report an infinitive (`révéler avoir …`).
@Suite("Beliefs in finite forms, revealed infinitives")
struct BeliefReportTests {
    @Test("croire que with a named holder reports the clause, even after an adverb")
    func croireQue() throws {
        #expect(
            try quotes("La présidente du syndicat croit pourtant que la grève sera suivie.") == [
                QuoteSummary(.indirect, "la grève sera suivie", "La présidente du syndicat", "croire")
            ])
    }

    @Test("a belief governed by another verb or held while acting is no statement")
    func nonFiniteBelief() throws {
        #expect(try quotes("Le négociateur voulait croire que l'accord restait possible.").isEmpty)
        #expect(try quotes("Croyant que la voie était libre, le conducteur a accéléré.").isEmpty)
        #expect(try quotes("Pensant que le magasin était fermé, les clients sont repartis.").isEmpty)
    }

    @Test("révéler reports an infinitive")
    func revelerInfinitive() throws {
        #expect(
            try quotes("La directrice a révélé avoir reçu des menaces anonymes.") == [
                QuoteSummary(.indirect, "avoir reçu des menaces anonymes", "La directrice", "révéler")
            ])
    }
}
