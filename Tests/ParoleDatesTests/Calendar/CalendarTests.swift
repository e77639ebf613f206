import Testing

@testable import ParoleDates

/// Calendar arithmetic the resolution relies on.
@Suite("Calendar")
struct CalendarTests {
    @Test("Day numbers round-trip and weekdays are ISO (1 = Monday)")
    func dayNumbers() throws {
        let day = try #require(CalendarDay(year: 2024, month: 2, day: 29))
        #expect(CalendarDay(dayNumber: day.dayNumber) == day)
        #expect(day.weekday == 4)
        #expect(try #require(CalendarDay(year: 1970, month: 1, day: 1)).dayNumber == 0)
        #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
    }

    @Test("Adding days and months")
    func adding() throws {
        let day = try #require(CalendarDay(year: 2024, month: 1, day: 31))
        #expect(day.adding(days: 30).description == "2024-03-01")
        #expect(day.adding(months: 1).description == "2024-02-29")
        #expect(day.adding(months: -13).description == "2022-12-31")
    }

    @Test("ISO weeks at year boundaries")
    func isoWeeks() throws {
        #expect(try #require(CalendarDay(year: 2024, month: 2, day: 7)).isoWeek == (2024, 6))
        #expect(try #require(CalendarDay(year: 2021, month: 1, day: 3)).isoWeek == (2020, 53))
        #expect(try #require(CalendarDay(year: 2024, month: 12, day: 30)).isoWeek == (2025, 1))
    }

    @Test("Easter and the feasts that follow it")
    func easter() throws {
        #expect(Holiday.easterSunday(2024)?.description == "2024-03-31")
        #expect(Holiday.easterSunday(1999)?.description == "1999-04-04")
        let pentecost = Holiday(words: ["pentecôte"], rule: .easter(offset: 49))
        #expect(pentecost.day(in: 1999)?.description == "1999-05-23")
    }

    @Test("Duration values")
    func durations() {
        #expect(Timex.duration(.exact(6), .week) == "P6W")
        #expect(Timex.duration(.exact(15), .minute) == "PT15M")
        #expect(Timex.duration(.exact(1.5), .year) == "P18M")
        #expect(Timex.duration(.exact(0.5), .hour) == "PT30M")
        #expect(Timex.duration(.exact(0.5), .century) == "P50Y")
        #expect(Timex.duration(.unknown, .decade) == "PXDE")
    }
}
