import Parole
import Testing

/// A negated speech verb reports nothing (`n'a jamais affirmé que`, `ne lui a pas
/// confirmé que`), except a verb of denial (`n'exclut pas que`), or a negation that bears on a
/// modal before the verb. A negative subject negates with a lone `ne` (`Aucun
/// responsable n'a confirmé que`, `Personne n'a affirmé que`).
@Suite("Negated speech verbs")
struct NegatedReportTests {
    @Test("n'a jamais affirmé que reports nothing")
    func neverSaid() throws {
        #expect(try quotes("Le ministre n'a jamais affirmé que les impôts baisseraient.").isEmpty)
    }

    @Test("An expletive ne is no negation")
    func expletiveNe() throws {
        let text = "Les étudiants ont manifesté avant que le directeur ne précise qu'aucun changement n'était prévu."
        #expect(try quotes(text).map(\.cue) == ["préciser"])
    }

    @Test("A negation before an object clitic")
    func negationBeforeClitic() throws {
        #expect(try quotes("La direction ne lui a pas confirmé que son poste serait maintenu.").isEmpty)
    }

    @Test("A negated verb of denial still reports")
    func negatedDenial() throws {
        let text = "La maire de Nantes n'exclut pas que la fête soit reportée à l'automne."
        #expect(try quotes(text).map(\.cue) == ["exclure"])
    }

    @Test("The same verb without negation reports")
    func affirmed() throws {
        let text = "Le ministre a affirmé que les impôts baisseraient."
        #expect(try quotes(text).map(\.text) == ["les impôts baisseraient"])
    }

    @Test(
        "A negative subject negates a lone ne",
        arguments: [
            "Aucun responsable de l'Élysée n'a confirmé que le sommet aurait lieu à Paris.",
            "Aucune source officielle n'a confirmé que le président était malade.",
            "Personne n'a affirmé que l'usine de Florange allait fermer.",
            "Rien ne dit que l'accord sera signé avant l'été.",
            "Nul n'a prétendu que la crise était terminée.",
            "Ni le ministre ni son cabinet n'ont confirmé que la réforme serait retirée.",
        ])
    func negativeSubject(text: String) throws {
        #expect(try quotes(text).isEmpty)
    }

    @Test("A person noun after an article is no negative subject")
    func personNoun() throws {
        let text =
            "La personne interrogée ne cache pas sa colère. Une personne proche du dossier a confirmé que le président était malade."
        #expect(try quotes(text).map(\.text) == ["le président était malade"])
    }
}
