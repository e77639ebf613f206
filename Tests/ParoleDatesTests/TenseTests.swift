import Testing

@testable import ParoleDates

/// Reading the tense of the verb that governs a date.
@Suite("Tense")
struct TenseTests {
    @Test(
        "Verb endings",
        arguments: [
            ("annonçaient", Tense.past), ("déclarera", .future), ("viendrait", .future), ("pourront", .future),
            ("rencontrèrent", .past),
        ])
    func endings(_ word: String, _ tense: Tense) {
        #expect(TenseReader.suffixTense(word) == tense)
    }

    @Test(
        "Participles and look-alikes",
        arguments: [
            ("annoncé", true), ("pris", true), ("venu", true), ("atteint", true), ("jamais", false), ("mois", false),
            ("peu", false), ("désormais", false),
        ])
    func participles(_ word: String, _ isParticiple: Bool) {
        #expect(TenseReader.isParticiple(word) == isParticiple)
    }

    @Test("The nearest verb decides; a reporting incise after a comma counts less (reference Thu 2024-12-05)")
    func nearestVerb() throws {
        #expect(
            try dates("Il a déclaré mercredi qu'il ne viendrait pas.", on: "2024-12-05").first?.value == "2024-12-04")
        #expect(try dates("Il a promis qu'il viendrait mercredi.", on: "2024-12-05").first?.value == "2024-12-11")
        #expect(
            try dates("Le sommet doit s'ouvrir lundi, a indiqué la présidence.", on: "2024-12-05").first?.value
                == "2024-12-09")
    }

    @Test("With no verb to read, the nearest such weekday (reference Wed 2003-01-15)")
    func noVerb() throws {
        #expect(try dates("Rendez-vous dimanche pour la finale.", on: "2003-01-15").first?.value == "2003-01-12")
        #expect(try dates("Réunion vendredi à la mairie.", on: "2003-01-15").first?.value == "2003-01-17")
    }
}
