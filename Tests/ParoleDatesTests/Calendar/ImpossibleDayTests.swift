import Testing

/// A day the month never has is no day of it: no TIMEX3 value such as `XXXX-02-30`.
@Suite("Days a month does not have")
struct ImpossibleDayTests {
    @Test("le 30 février and le 31 avril name the month only; le 30 avril stays a day (reference 2026-03-11)")
    func monthOnly() throws {
        let found = try dates(
            "La réunion du 30 février n'a jamais eu lieu. Le registre le dit né le 31 avril 1990.",
            on: "2026-03-11")
        #expect(!found.contains { $0.value.hasSuffix("-30") || $0.value.hasSuffix("-31") })
        #expect(value(of: "avril 1990", in: found) == "1990-04")
        #expect(value(of: "février", in: found) == "2026-02")
        // The days the month has stay days.
        let possible = try dates(
            "Le comité s'est réuni le 29 février 2024 et se réunira le 30 avril.", on: "2026-03-11")
        #expect(value(of: "le 29 février 2024", in: possible) == "2024-02-29")
        #expect(value(of: "le 30 avril", in: possible) == "2026-04-30")
    }
}
