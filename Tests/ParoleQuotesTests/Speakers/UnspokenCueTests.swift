import Parole
import Testing

/// A speech verb with no tense of its own (a present participle, an infinitive) borrows its
/// subject; when no speaker can be found for it, the clause it leads reports nobody.
@Suite("Non-finite cues with no speaker")
struct UnspokenCueTests {
    @Test("a participle after a thing reports nobody")
    func participleAfterThing() throws {
        let text =
            "Au sommaire du conseil, une charte exigeant que chaque quartier dispose d'un jardin partagé."
        #expect(try quotes(text).filter { $0.kind == .indirect } == [])
    }

    @Test("a participle after a tone reports nobody")
    func participleAfterTone() throws {
        let text =
            "Ce qui a obligé le chef de gare à durcir le ton menaçant de fermer les quais si la foule continuait d'avancer."
        #expect(try quotes(text).filter { $0.kind == .indirect } == [])
    }

    @Test("an infinitive auxiliary with no speaker reports nobody")
    func infinitiveAuxiliary() throws {
        let text =
            "Le rapport a été retiré du site après avoir constaté que plusieurs chiffres avaient été mal recopiés."
        #expect(try quotes(text).filter { $0.kind == .indirect } == [])
    }

    @Test("a participle after a person still reports them")
    func participleAfterPerson() throws {
        let text = "Le maire a répondu aux habitants, affirmant que les travaux reprendraient en mars."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "les travaux reprendraient en mars", "Le maire", "affirmer")
            ])
    }
}
