import Testing

@testable import ParoleDates

/// The ends of the calendar TIMEX3 can write (years 0001 to 9999) and absurd amounts.
@Suite("Calendar edges")
struct CalendarEdgeTests {
    @Test("Year 1: the document date and the days in it are written on four digits")
    func yearOne() throws {
        let found = try dates("Il est venu hier. Il reviendra demain.", on: "0001-01-02")
        #expect(found.map(\.value) == ["0001-01-01", "0001-01-03"])
    }

    @Test("Before year 1 a value is left unresolved, never `00-2`")
    func beforeYearOne() throws {
        let found = try dates("Il est venu hier. L'an dernier, rien. Il y a deux ans, rien.", on: "0001-01-01")
        #expect(found.map(\.value) == ["XXXX-XX-XX", "XXXX", "XXXX"])
        for value in found.map(\.value) {
            #expect(!value.contains("-1") && !value.contains("-2") || value.hasPrefix("XXXX"))
        }
    }

    @Test("After 9999-12-31 a value is left unresolved, not clamped to the last day")
    func afterYear9999() throws {
        let found = try dates("Il viendra demain. Il est venu hier. L'an prochain, il reviendra.", on: "9999-12-31")
        #expect(found.map(\.value) == ["XXXX-XX-XX", "9999-12-30", "XXXX"])
    }

    @Test("Day arithmetic reports clamping")
    func clamping() throws {
        let last = try #require(CalendarDay(year: 9999, month: 12, day: 31))
        #expect(!last.isClamped)
        #expect(last.adding(days: 1).isClamped)
        #expect(last.adding(days: Int.max).isClamped)
        #expect(last.adding(months: 1).isClamped)
        #expect(!last.adding(days: -1).isClamped)
        let first = try #require(CalendarDay(year: 1, month: 1, day: 1))
        #expect(first.adding(days: -1).isClamped)
        #expect(first.adding(days: Int.min).isClamped)
        #expect(first.adding(months: -1_000_000_000).isClamped)
    }

    @Test("Absurd amounts give valid durations")
    func absurdDurations() throws {
        #expect(try dates("Il a attendu 999999999999 jours.", on: "2024-05-13").map(\.value) == ["P999999999999D"])
        let huge = try dates("Il a attendu 99999999999999999999999 jours.", on: "2024-05-13").map(\.value)
        #expect(huge.allSatisfy { $0 == "PXD" })
        #expect(Timex.number(1e20) == "X")
        #expect(Timex.number(0.000001) == "0.000001")
        #expect(Timex.number(30.4) == "30.4")
        #expect(Timex.number(-2.5) == "-2.5")
    }
}
