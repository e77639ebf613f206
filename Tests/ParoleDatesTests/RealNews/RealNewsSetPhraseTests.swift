import Testing

@testable import ParoleDates

/// Set phrases of `dates-sets` (a time that recurs, valued one of its unit) and the count of
/// times before a rate (`une fois par an`).
@Suite("Real-news set phrases")
struct RealNewsSetPhraseTests {
    @Test("Set phrases are one expression each, valued one of their unit")
    func setPhrases() throws {
        let found = try dates(
            "Les maraîchers répercutent la hausse au jour le jour sur leurs prix. "
                + "La colère des riverains grandit de jour en jour. "
                + "Les bénévoles accompagnent ces familles au quotidien. "
                + "Le numéro d'urgence répond 24 heures sur 24 depuis l'ouverture.",
            on: "2025-03-10")
        #expect(found.map(\.text) == ["au jour le jour", "de jour en jour", "au quotidien", "24 heures sur 24"])
        #expect(found.map(\.value) == ["P1D", "P1D", "P1D", "P1D"])
        #expect(found.map(\.kind) == ["SET", "SET", "SET", "SET"])
    }

    @Test("Before a capitalised word or an adjective the phrase names a newspaper")
    func newspaper() throws {
        #expect(try dates("Le maire a confié ses doutes au quotidien Le Progrès.", on: "2025-03-10").isEmpty)
        #expect(try dates("Elle a écrit au quotidien régional pour protester.", on: "2025-03-10").isEmpty)
    }

    @Test("The count of times before a rate is part of the set")
    func timesPerUnit() throws {
        let found = try dates(
            "Le conseil de quartier se réunit une fois par mois. Les bus passent deux fois par semaine.",
            on: "2025-03-10")
        #expect(found.map(\.text) == ["une fois par mois", "deux fois par semaine"])
        #expect(found.map(\.value) == ["P1M", "P1W"])
    }
}
