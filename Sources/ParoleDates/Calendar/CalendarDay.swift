/// A day of the proleptic Gregorian calendar, with the arithmetic that
/// resolving relative dates needs: adding days and months, weekdays, ISO weeks.
struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, such as 2024.
    let year: Int
    /// The month, 1 to 12.
    let month: Int
    /// The day of the month, 1 to 31.
    let day: Int
    /// Whether arithmetic ran past the years 1 to 9999 and this day was clamped to the
    /// nearest end: a value built on it cannot be written and is left unresolved.
    private(set) var isClamped = false

    /// Creates a day, or returns `nil` when the month or day does not exist.
    init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDay.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day number of 0001-01-01 and of 9999-12-31.
    static let dayNumbers = -719_162...2_932_896

    /// The day `number` days after 1 January 1970 (before it when negative),
    /// kept within the years 1 to 9999 (``isClamped`` tells when it was not).
    init(dayNumber number: Int) {
        // Howard Hinnant's days-to-civil algorithm.
        isClamped = !CalendarDay.dayNumbers.contains(number)
        let z = min(max(number, CalendarDay.dayNumbers.lowerBound), CalendarDay.dayNumbers.upperBound) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        self.day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        self.month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The number of days since 1 January 1970.
    var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day of the week, 1 for Monday to 7 for Sunday (ISO 8601).
    var weekday: Int {
        // 1 January 1970 was a Thursday.
        ((dayNumber % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// The day `count` days later (earlier when negative).
    func adding(days count: Int) -> CalendarDay {
        let (sum, overflow) = dayNumber.addingReportingOverflow(count)
        var result = CalendarDay(dayNumber: overflow ? (count < 0 ? Int.min : Int.max) : sum)
        result.isClamped = result.isClamped || isClamped
        return result
    }

    /// The same day of the month `count` months later, clamped to the month's last day.
    func adding(months count: Int) -> CalendarDay {
        let (year, month) = CalendarDay.shift(year: self.year, month: self.month, by: count)
        let day = min(self.day, CalendarDay.daysInMonth(year: year, month: month))
        guard var result = CalendarDay(year: year, month: month, day: day) else {
            var clamped = self
            clamped.isClamped = true
            return clamped
        }
        result.isClamped = isClamped
        return result
    }

    /// The ISO 8601 week of this day: its week-numbering year and week number.
    var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        guard let january1 = CalendarDay(year: thursday.year, month: 1, day: 1) else {
            return (thursday.year, 1)
        }
        return (thursday.year, (thursday.dayNumber - january1.dayNumber) / 7 + 1)
    }

    /// `YYYY-MM-DD`.
    var description: String {
        Timex.year(year) + "-" + Timex.pad(month) + "-" + Timex.pad(day)
    }

    /// Orders days in time.
    static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The year and month `count` months after `month` of `year`.
    static func shift(year: Int, month: Int, by count: Int) -> (year: Int, month: Int) {
        let count = min(max(count, -240_000), 240_000)  // beyond 20,000 years every result is out of range
        let index = year * 12 + (month - 1) + count
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        return (newYear, index - newYear * 12 + 1)
    }
}
