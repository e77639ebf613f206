import ParoleCore

/// A resolved temporal expression: its TIMEX3 value, the days it covers and what it was resolved against.
struct Resolution: Sendable, Equatable {
    /// The TIMEX3 value.
    var value: String
    /// The first and last day the value stands for, when it is a date.
    var days: ClosedRange<CalendarDay>?
    /// What the value was resolved against.
    var anchor: TemporalExpression.Anchor
    /// The day, when the value is one day (or a time on one day).
    var day: CalendarDay?

    /// A value standing for one day.
    /// A day that arithmetic pushed past 0001-01-01 or 9999-12-31 is left unresolved.
    static func day(_ day: CalendarDay, anchor: TemporalExpression.Anchor) -> Resolution {
        guard !day.isClamped else { return .token(Timex.unknownDay) }
        return Resolution(value: day.description, days: day...day, anchor: anchor, day: day)
    }

    /// A value standing for a month.
    static func month(_ year: Int, _ month: Int, anchor: TemporalExpression.Anchor) -> Resolution {
        let first = CalendarDay(year: year, month: month, day: 1)
        let last = CalendarDay(year: year, month: month, day: CalendarDay.daysInMonth(year: year, month: month))
        return Resolution(
            value: Timex.month(year, month), days: first.flatMap { f in last.map { f...$0 } },
            anchor: anchor, day: nil)
    }

    /// A value standing for a year.
    static func year(_ year: Int, anchor: TemporalExpression.Anchor) -> Resolution {
        let first = CalendarDay(year: year, month: 1, day: 1)
        let last = CalendarDay(year: year, month: 12, day: 31)
        return Resolution(
            value: Timex.year(year), days: first.flatMap { f in last.map { f...$0 } },
            anchor: anchor, day: nil)
    }

    /// A value standing for part `index` of `year` in `unit` (`.quarter` or
    /// `.halfYear`): `2024-Q3`, `2024-H1`.
    static func yearPart(_ unit: TimeUnit, _ index: Int, of year: Int, anchor: TemporalExpression.Anchor) -> Resolution
    {
        let months = unit == .quarter ? 3 : 6
        let code = unit == .quarter ? "Q" : "H"
        let firstMonth = (index - 1) * months + 1
        let lastMonth = firstMonth + months - 1
        let first = CalendarDay(year: year, month: firstMonth, day: 1)
        let last = CalendarDay(year: year, month: lastMonth, day: CalendarDay.daysInMonth(year: year, month: lastMonth))
        return Resolution(
            value: Timex.year(year) + "-\(code)\(index)", days: first.flatMap { f in last.map { f...$0 } },
            anchor: anchor, day: nil)
    }

    /// A value standing for the ISO week of `day`.
    static func week(of day: CalendarDay, anchor: TemporalExpression.Anchor) -> Resolution {
        let monday = day.adding(days: 1 - day.weekday)
        guard !day.isClamped, !monday.adding(days: 6).isClamped, !monday.isClamped else {
            return .token(Timex.unknownWeek)
        }
        return Resolution(value: Timex.week(of: day), days: monday...monday.adding(days: 6), anchor: anchor, day: nil)
    }

    /// A value with no interval.
    static func token(_ value: String, anchor: TemporalExpression.Anchor = .none) -> Resolution {
        Resolution(value: value, days: nil, anchor: anchor, day: nil)
    }
}

/// Which occurrence of a recurring date to take.
enum Lean: Sendable, Equatable {
    /// The latest on or before the reference.
    case past
    /// The latest strictly before the reference (`dernier`).
    case pastStrict
    /// The next on or after the reference.
    case future
    /// The next strictly after the reference (`prochain`).
    case futureStrict
    /// The nearest to the reference, the past one on a tie.
    case nearest

    /// The lean a tense gives.
    init(_ tense: Tense) {
        switch tense {
        case .past, .since: self = .past
        case .future: self = .future
        case .unknown: self = .nearest
        }
    }

    /// The lean a modifier gives (`dernier`, `prochain`), or the tense's.
    init(_ modifier: Modifier?, tense: Tense) {
        switch modifier {
        case .past?: self = .pastStrict
        case .future?: self = .futureStrict
        default: self.init(tense)
        }
    }

    /// The candidate offset (candidate minus reference) this lean prefers, among `offsets`.
    func choose(_ offsets: [Int]) -> Int? {
        switch self {
        case .past: return offsets.filter { $0 <= 0 }.max()
        case .pastStrict: return offsets.filter { $0 < 0 }.max()
        case .future: return offsets.filter { $0 >= 0 }.min()
        case .futureStrict: return offsets.filter { $0 > 0 }.min()
        case .nearest: return offsets.min { abs($0) < abs($1) || abs($0) == abs($1) && $0 < $1 }
        }
    }
}
