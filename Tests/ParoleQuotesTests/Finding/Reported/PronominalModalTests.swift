import Parole
import Testing

/// A pronominal verb that takes an infinitive (`se contenter de`, `se borner à`, `se
/// limiter à`) leads a speech verb as `tenir à` does: the clause after its `que` is
/// reported, in the compound past with `être` too.
@Suite("Pronominal modals before a speech verb")
struct PronominalModalTests {
    @Test("s'est contenté de dire que reports the clause")
    func contentedPast() throws {
        let text = "Le ministre de la Santé s'est contenté de dire que la réforme suivait son cours."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "la réforme suivait son cours", "Le ministre de la Santé", "dire")
            ])
    }

    @Test(
        "The present and other pronominal modals",
        arguments: [
            "La directrice de l'hôpital s'est bornée à indiquer que l'enquête était en cours.",
            "Le porte-parole de la préfecture se contente de rappeler que la loi s'applique à tous.",
            "La juge d'instruction se limite à constater que les délais sont dépassés.",
        ])
    func others(text: String) throws {
        #expect(try quotes(text).count == 1)
    }

    @Test("A verb after a negated relative clause keeps its cue")
    func afterNegatedRelative() throws {
        let text =
            "La mairesse de Gatineau, qui n'a pas voulu commenter, s'est contentée de dire que la Ville « respecterait la loi »."
        #expect(try quotes(text).map(\.cue) == ["dire", "dire"])
    }

    @Test("A pronominal modal before no infinitive is no cue")
    func noInfinitive() throws {
        #expect(try quotes("Le sommet s'est tenu à Paris en présence de vingt chefs d'État.").isEmpty)
        #expect(try quotes("Le gouvernement s'est limité à des promesses.").isEmpty)
    }
}
