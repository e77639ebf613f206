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
}
