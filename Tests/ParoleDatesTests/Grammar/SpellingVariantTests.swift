import Testing

@testable import ParoleDates

/// Temporal words as news from every French-speaking country writes them: hyphenated words
/// written as two (`après midi`), regional words (`avant-midi`), nights counted as days.
@Suite("Spelling variants and counted nights")
struct SpellingVariantTests {
    @Test("A hyphenated part of the day written as two words is one expression")
    func spacedAfternoon() throws {
        let found = try dates("Le conseil s'est réuni lundi dans l'après midi avec les syndicats.", on: "2018-05-15")
        #expect(found.map(\.text) == ["lundi dans l'après midi"])
        #expect(found.map(\.value) == ["2018-05-14TAF"])
    }

    @Test("Avant hier written as two words counts two days back")
    func spacedDayBeforeYesterday() throws {
        let found = try dates("Les pompiers sont intervenus avant hier sur la route du col.", on: "2021-03-10")
        #expect(found.map(\.text) == ["avant hier"])
        #expect(found.map(\.value) == ["2021-03-08"])
    }

    @Test("Après midi after an adverb or a verb is a time after noon, not the afternoon")
    func afterNoon() throws {
        let found = try dates("Les secours sont arrivés peu après midi sur la route du col.", on: "2021-03-10")
        #expect(found.map(\.text) == ["midi"])
        #expect(found.map(\.value) == ["2021-03-10T12:00"])
        let afternoon = try dates("En début d'après midi, la circulation a repris.", on: "2021-03-10")
        #expect(afternoon.map(\.value) == ["2021-03-10TAF"])
    }

    @Test("Avant-midi is the morning (Quebec, Belgium)")
    func morningInQuebec() throws {
        let found = try dates("La mairesse a pris la parole jeudi avant-midi devant la presse.", on: "2020-12-17")
        #expect(found.map(\.text) == ["jeudi avant-midi"])
        #expect(found.map(\.value) == ["2020-12-17TMO"])
    }

    @Test("A count of nights is a duration in days; every night is once a day")
    func countedNights() throws {
        let found = try dates(
            "Le service des urgences a fermé 12 nuits en mai. Toutes les nuits, des bénévoles patrouillent.",
            on: "2024-06-03")
        #expect(found.map(\.text) == ["12 nuits", "mai", "Toutes les nuits"])
        #expect(found.map(\.value) == ["P12D", "2024-05", "P1D"])
    }

    @Test("Un avenir proche refers to the future")
    func nearFuture() throws {
        let found = try dates(
            "Le texte pourrait être adopté dans un avenir proche. Une réforme suivra dans un proche avenir.",
            on: "2022-06-10")
        #expect(found.map(\.value) == ["FUTURE_REF", "FUTURE_REF"])
    }
}
