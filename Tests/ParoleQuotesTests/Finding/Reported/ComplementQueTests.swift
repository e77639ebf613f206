import Parole
import Testing

/// The `que` of a speech verb past what stands between: `le fait que`, a long complement
/// closed by a comma, and `revenir sur le fait que`.
@Suite("Que after the complements of a speech verb")
struct ComplementQueTests {
    @Test("le fait que restates the clause after que")
    func leFaitQue() throws {
        #expect(
            try quotes("L'avocate a dénoncé le fait que le dossier était incomplet.") == [
                QuoteSummary(.indirect, "le dossier était incomplet", "L'avocate", "dénoncer")
            ])
        let purpose =
            "La syndicaliste a pris la parole pour dénoncer le fait que les salaires stagnent et a critiqué la direction."
        #expect(try quotes(purpose).map(\.text) == ["les salaires stagnent"])
        #expect(
            try quote("Le maire y revient sur le fait que la piscine restera fermée.", startingWith: "la piscine")?.text
                == "la piscine restera fermée")
    }

    @Test("a complement with a relative clause or ainsi que, then a comma and que")
    func longComplement() throws {
        #expect(
            try quotes(
                "Le ministre a indiqué dans une lettre aux élus qui réclament des moyens, que le budget restera stable."
            )
                == [QuoteSummary(.indirect, "le budget restera stable", "Le ministre", "indiquer")])
        let coordinated =
            "Le préfet a déclaré en marge de sa visite du chantier ainsi que de l'usine voisine, qu'aucun retard n'était à craindre."
        #expect(try quotes(coordinated).map(\.text) == ["aucun retard n'était à craindre"])
    }

    @Test("an object after the complement makes the comma and que a relative")
    func objectThenRelative() throws {
        #expect(
            try quotes("Le maire a annoncé dans la salle des fêtes le nouveau projet, que le conseil votera lundi.")
                .isEmpty)
    }
}
