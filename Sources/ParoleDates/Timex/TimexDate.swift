import ParoleCore

/// The calendar part of a TIMEX3 value: a year (or decade, century, unknown year) and a
/// period of it (`2024-02-07`, `XXXX-01-26`, `2024-W06-WE`, `2024-SU`, `2024-Q1`, `201X`).
public struct TimexDate: Hashable, Sendable, CustomStringConvertible {
    /// The year field.
    public enum Year: Hashable, Sendable {
        /// A year (`2024`).
        case year(Int)
        /// A decade, by its first year (`201X` → 2010).
        case decade(Int)
        /// A century, by its first year (`19XX` → 1900).
        case century(Int)
        /// `XXXX`: the year cannot be known.
        case unknown
    }

    /// A season, as TIMEX3 names it.
    public enum Season: String, Hashable, Sendable, CaseIterable {
        /// `SP`.
        case spring = "SP"
        /// `SU`.
        case summer = "SU"
        /// `FA`.
        case fall = "FA"
        /// `WI`.
        case winter = "WI"
    }

    /// The part of the year named; `nil` fields were written `XX`.
    public enum Period: Hashable, Sendable {
        /// The whole year (or decade, or century).
        case year
        /// A month (`2024-02`).
        case month(Int?)
        /// A day (`2024-02-07`, `XXXX-01-26`).
        case day(month: Int?, day: Int?)
        /// An ISO 8601 week (`2024-W06`).
        case week(Int?)
        /// A day of an ISO week, 1 for Monday to 7 for Sunday (`XXXX-WXX-2`: a Tuesday).
        case weekday(week: Int?, day: Int)
        /// The weekend of an ISO week (`2024-W06-WE`).
        case weekend(week: Int?)
        /// A season (`2024-SU`).
        case season(Season)
        /// A quarter, 1 to 4 (`2024-Q1`).
        case quarter(Int)
        /// A half year, 1 or 2 (`2024-H1`).
        case half(Int)
    }

    /// The year field.
    public var year: Year
    /// The part of the year.
    public var period: Period

    /// Creates a calendar value.
    public init(year: Year, period: Period = .year) {
        self.year = year
        self.period = period
    }

    /// Reads the calendar part of a TIMEX3 value, or `nil`.
    public init?(_ text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = Self.year(parts[0]), parts.count <= 3 else { return nil }
        self.year = year
        guard parts.count > 1 else {
            period = .year
            return
        }
        guard let period = Self.period(parts[1], parts.count == 3 ? parts[2] : nil) else { return nil }
        if case .year(let number) = year, case .day(let month?, let day?) = period,
            day > ReferenceDate.daysInMonth(year: number, month: month)
        {
            return nil
        }
        self.period = period
    }

    private static func year(_ text: Substring) -> Year? {
        guard text.count == 4 else { return nil }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard text.dropFirst(digits.count).allSatisfy({ $0 == "X" }) else { return nil }
        switch digits.count {
        case 4: return .year(Int(digits)!)
        case 3: return .decade(Int(digits)! * 10)
        case 2: return .century(Int(digits)! * 100)
        case 0: return .unknown
        default: return nil
        }
    }

    private static func period(_ text: Substring, _ next: Substring?) -> Period? {
        if let season = Season(rawValue: String(text)) { return next == nil ? .season(season) : nil }
        if text.first == "W" {
            guard case .some(let week) = timexField(text.dropFirst()), week.map({ (1...53).contains($0) }) ?? true
            else { return nil }
            guard let next else { return .week(week) }
            if next == "WE" { return .weekend(week: week) }
            guard next.count == 1, let day = Int(next), (1...7).contains(day) else { return nil }
            return .weekday(week: week, day: day)
        }
        if text.count == 2, let number = Int(text.dropFirst()), next == nil {
            if text.first == "Q", (1...4).contains(number) { return .quarter(number) }
            if text.first == "H", (1...2).contains(number) { return .half(number) }
        }
        guard case .some(let month) = timexField(text), month.map({ (1...12).contains($0) }) ?? true else { return nil }
        guard let next else { return .month(month) }
        guard case .some(let day) = timexField(next), day.map({ (1...31).contains($0) }) ?? true else { return nil }
        return .day(month: month, day: day)
    }

    /// The value as TIMEX3 writes it.
    public var description: String {
        let year: String
        switch self.year {
        case .year(let number): year = timexField(number, digits: 4)
        case .decade(let first): year = timexField(first / 10, digits: 3) + "X"
        case .century(let first): year = timexField(first / 100, digits: 2) + "XX"
        case .unknown: year = "XXXX"
        }
        switch period {
        case .year: return year
        case .month(let month): return year + "-" + timexField(month)
        case .day(let month, let day): return year + "-" + timexField(month) + "-" + timexField(day)
        case .week(let week): return year + "-W" + timexField(week)
        case .weekday(let week, let day): return year + "-W" + timexField(week) + "-" + String(day)
        case .weekend(let week): return year + "-W" + timexField(week) + "-WE"
        case .season(let season): return year + "-" + season.rawValue
        case .quarter(let quarter): return year + "-Q" + String(quarter)
        case .half(let half): return year + "-H" + String(half)
        }
    }
}
