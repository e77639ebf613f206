/// A feast or holiday named as a date (`Noël`, `la Pentecôte`), from the `dates-holidays` lexicon.
struct Holiday: Sendable, Hashable {
    /// How the day of a holiday is found in a given year.
    enum Rule: Sendable, Hashable {
        /// The same month and day every year (`Noël`: 12-25).
        case fixed(month: Int, day: Int)
        /// A number of days after Easter Sunday (`Pentecôte`: 49).
        case easter(offset: Int)
    }

    /// The name's token norms, such as `["lundi", "de", "pâques"]`.
    let words: [String]
    /// How to find its day.
    let rule: Rule

    /// The holiday's day in `year`.
    func day(in year: Int) -> CalendarDay? {
        switch rule {
        case .fixed(let month, let day):
            return CalendarDay(year: year, month: month, day: day)
        case .easter(let offset):
            return Holiday.easterSunday(year).map { $0.adding(days: offset) }
        }
    }

    /// Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm).
    static func easterSunday(_ year: Int) -> CalendarDay? {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)
    }
}
