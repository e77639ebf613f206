import Testing

@testable import ParoleDates

/// Date errors of the twenty-third round, classified on the read real-news sets; the
/// sentences are written for these tests.
@Suite("Real-news dates, twenty-third round")
struct RealNewsTwentyThirdRoundTests {
    @Test("A list of days that writes its year once, at its end, is all in that year")
    func listSharesItsYear() throws {
        let found = try dates(
            "Le préfet a accordé une dérogation pour quatre dimanches : 31 mars, 19 mai, 14 juillet et 29 décembre 2024.",
            on: "2023-12-15")
        #expect(value(of: "31 mars", in: found) == "2024-03-31")
        #expect(value(of: "19 mai", in: found) == "2024-05-19")
        #expect(value(of: "14 juillet", in: found) == "2024-07-14")
        #expect(value(of: "29 décembre 2024", in: found) == "2024-12-29")
    }

    @Test("A day glued by a hyphen to a year or a dateline starts a date")
    func gluedDays() throws {
        let found = try dates(
            "La compétition se tiendra au Sénégal (14 novembre 2027-9 décembre 2027). "
                + "APS-12 octobre 2026 : le sélectionneur a dévoilé sa liste.",
            on: "2026-10-12")
        #expect(value(of: "14 novembre 2027", in: found) == "2027-11-14")
        #expect(value(of: "9 décembre 2027", in: found) == "2027-12-09")
        #expect(value(of: "12 octobre 2026", in: found) == "2026-10-12")
    }

    @Test("A range glued by a hyphen across the new year takes the first day's own year")
    func gluedRangeAcrossYears() throws {
        let found = try dates(
            "La Coupe se jouera au Maroc (21 décembre 2025-18 janvier 2026).", on: "2024-10-10")
        #expect(value(of: "21 décembre 2025", in: found) == "2025-12-21")
        #expect(value(of: "18 janvier 2026", in: found) == "2026-01-18")
    }

    @Test("Il y a quelques jours is a time before now, unplaced (PAST_REF)")
    func vagueAgo() throws {
        let found = try dates(
            "Il y a quelques jours, le maire avait annoncé sa démission. Le club a recruté il y a plusieurs semaines.",
            on: "2021-09-09")
        #expect(value(of: "Il y a quelques jours", in: found) == "PAST_REF")
        #expect(value(of: "il y a plusieurs semaines", in: found) == "PAST_REF")
    }

    @Test("A day joined to a dated day by a comma and et is a clause, not a list: it keeps its year")
    func listYearStopsAtClauses() throws {
        let found = try dates(
            "L'ancien élu a été entendu le 20 février, et le 4 mars 2026 il sera jugé.", on: "2025-03-01")
        #expect(value(of: "le 20 février", in: found) == "2025-02-20")
        #expect(value(of: "le 4 mars 2026", in: found) == "2026-03-04")
    }

    @Test("A number glued to a season or a road name is no day of the month after it")
    func gluedNumbersThatAreNoDays() throws {
        let found = try dates(
            "Pendant la saison 2024-25 mai a été le mois le plus chargé. "
                + "Sur la D-18 mars a été le mois le plus meurtrier.",
            on: "2025-06-10")
        #expect(value(of: "25 mai", in: found) == nil)
        #expect(value(of: "18 mars", in: found) == nil)
    }
}
