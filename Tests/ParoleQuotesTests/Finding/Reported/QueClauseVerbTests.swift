import Parole
import Testing

/// A speech verb with no comma before it inverts no subject when it is the verb of a
/// `que` clause: `soutenir` in `… a affirmé que la France soutiendrait l'Ukraine`.
@Suite("Speech verbs inside a que clause")
struct QueClauseVerbTests {
    @Test("The verb of a que clause is no bare incise")
    func verbOfQueClause() throws {
        let text = "Le ministre a affirmé que les Pays-Bas soutiendraient l'Ukraine."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "les Pays-Bas soutiendraient l'Ukraine", "Le ministre", "affirmer")
            ])
        let town = "Le maire a assuré que la ville soutiendrait les commerçants."
        #expect(try quotes(town).map(\.speaker) == ["Le maire"])
    }

    @Test("A role noun after its article is no finite verb of a clause before a bare incise")
    func roleNounIsNoVerb() throws {
        // `président` is also `ils président`: the subject of the sentence is no clause reported.
        let text = "Le président du parti a répondu aux questions des journalistes."
        #expect(try quotes(text).isEmpty)
        let union = "La présidente du syndicat a répondu aux critiques des élus de la majorité."
        #expect(try quotes(union).isEmpty)
        let clause = "Une synergie qui mérite d'être connue précise le service de communication."
        #expect(try quotes(clause).map(\.text) == ["Une synergie qui mérite d'être connue"])
    }
}
