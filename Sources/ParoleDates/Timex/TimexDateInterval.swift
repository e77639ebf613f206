import Foundation
import ParoleCore

extension TimexValue {
    /// The stretch of time a calendar or time-of-day value stands for, in `timeZone`
    /// (UTC by default; a clock time's own zone wins), or `nil` for a duration, a set, a
    /// reference, or a value whose year (or the month, week or day it needs) is unknown.
    ///
    /// A day runs from midnight to midnight, a week from Monday (ISO 8601), a weekend
    /// from Saturday to Monday, a season between fixed dates (spring from 20 March, summer
    /// from 21 June, autumn from 22 September, winter from 21 December), a clock time for
    /// its last written field (a minute for `13:30`), a part of the day for the hours of
    /// ``TimexTime/DayPart/hours``.
    public func dateInterval(in timeZone: TimeZone = TimeZone(identifier: "UTC")!) -> DateInterval? {
        switch self {
        case .calendar(let date):
            return date.dateInterval(in: timeZone)
        case .time(let date?, let time):
            guard let day = date.dateInterval(in: timeZone), case .day = date.period else { return nil }
            return time.dateInterval(onDayStarting: day.start, in: timeZone)
        case .time(nil, _), .duration, .set, .reference:
            return nil
        }
    }
}

extension TimexDate {
    /// The stretch of time the value stands for, or `nil` when a field it needs is unknown
    /// (see ``TimexValue/dateInterval(in:)``).
    public func dateInterval(in timeZone: TimeZone = TimeZone(identifier: "UTC")!) -> DateInterval? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        func interval(_ start: (Int, Int, Int), _ end: (Int, Int, Int)) -> DateInterval? {
            guard let from = calendar.date(from: DateComponents(year: start.0, month: start.1, day: start.2)),
                let to = calendar.date(from: DateComponents(year: end.0, month: end.1, day: end.2))
            else { return nil }
            return DateInterval(start: from, end: to)
        }
        let year: Int
        switch self.year {
        case .year(let number): year = number
        case .decade(let first): return period == .year ? interval((first, 1, 1), (first + 10, 1, 1)) : nil
        case .century(let first): return period == .year ? interval((first, 1, 1), (first + 100, 1, 1)) : nil
        case .unknown: return nil
        }
        switch period {
        case .year:
            return interval((year, 1, 1), (year + 1, 1, 1))
        case .month(let month?):
            return interval((year, month, 1), (year, month + 1, 1))
        case .day(let month?, let day?):
            return interval((year, month, day), (year, month, day + 1))
        case .week(let week?):
            let monday = Self.isoWeekMonday(year: year, week: week)
            return interval((year, 1, monday), (year, 1, monday + 7))
        case .weekday(let week?, let weekday):
            let day = Self.isoWeekMonday(year: year, week: week) + weekday - 1
            return interval((year, 1, day), (year, 1, day + 1))
        case .weekend(let week?):
            let saturday = Self.isoWeekMonday(year: year, week: week) + 5
            return interval((year, 1, saturday), (year, 1, saturday + 2))
        case .season(let season):
            switch season {
            case .spring: return interval((year, 3, 20), (year, 6, 21))
            case .summer: return interval((year, 6, 21), (year, 9, 22))
            case .fall: return interval((year, 9, 22), (year, 12, 21))
            case .winter: return interval((year, 12, 21), (year + 1, 3, 20))
            }
        case .quarter(let quarter):
            return interval((year, quarter * 3 - 2, 1), (year, quarter * 3 + 1, 1))
        case .half(let half):
            return interval((year, half * 6 - 5, 1), (year, half * 6 + 1, 1))
        case .month(nil), .day, .week(nil), .weekday(nil, _), .weekend(nil):
            return nil
        }
    }

    /// The day of January (possibly ≤ 0, meaning late December) of the Monday of ISO week
    /// `week` of `year`: week 1 is the week holding 4 January.
    static func isoWeekMonday(year: Int, week: Int) -> Int {
        // Day of the week of 4 January, 0 for Monday (Zeller-free: days since 0001-01-01, a Monday).
        let previous = year - 1
        let daysBefore = previous * 365 + previous / 4 - previous / 100 + previous / 400
        let weekday = (daysBefore + 3) % 7
        return 4 - weekday + (week - 1) * 7
    }
}

extension TimexTime {
    /// The stretch of the day starting at `dayStart` that the time stands for, or `nil`
    /// when its hour is unknown.
    public func dateInterval(onDayStarting dayStart: Date, in timeZone: TimeZone) -> DateInterval? {
        switch self {
        case .part(let part):
            return DateInterval(
                start: dayStart.addingTimeInterval(Double(part.hours.lowerBound) * 3600),
                duration: Double(part.hours.count) * 3600)
        case .clock(let clock):
            guard let hour = clock.hour else { return nil }
            // The interval is as long as the last field written and known.
            var offset = Double(hour) * 3600
            var length = 3600.0
            for (field, unit) in zip(clock.fields.dropFirst(), [60.0, 1]) {
                guard let field else { break }
                offset += Double(field) * unit
                length = unit
            }
            // A written zone replaces the given one: move from `timeZone`'s midnight to the zone's.
            if let zoneOffset = clock.zoneOffset {
                offset += Double(timeZone.secondsFromGMT(for: dayStart) - zoneOffset)
            }
            return DateInterval(start: dayStart.addingTimeInterval(offset), duration: length)
        }
    }
}
