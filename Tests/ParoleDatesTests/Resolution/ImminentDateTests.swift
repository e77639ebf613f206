import Parole
import Testing

/// In a past clause, a date with no year just ahead of the publication date (the next month,
/// or up to two weeks ahead for a day) is the coming one, not the one nearly a year back.
@Suite("Imminent dates in a past clause")
struct ImminentDateTests {
    @Test("The next month is this year's in a past clause")
    func nextMonth() throws {
        let found = try dates("Le maire a proposé une réunion des riverains en octobre.", on: "2023-09-12")
        #expect(value(of: "octobre", in: found) == "2023-10")
    }

    @Test("A day under two weeks ahead is this year's in a past clause")
    func dayAhead() throws {
        let found = try dates("Le résultat du scrutin du 20 mars ne faisait guère de doute.", on: "2022-03-10")
        #expect(value(of: "20 mars", in: found) == "2022-03-20")
    }

    @Test("A season starting next month is this year's in a past clause")
    func seasonAhead() throws {
        let found = try dates("Les campings ont annoncé leurs tarifs pour les vacances d'été.", on: "2023-05-20")
        #expect(value(of: "les vacances d'été", in: found) == "2023-SU")
    }
}
