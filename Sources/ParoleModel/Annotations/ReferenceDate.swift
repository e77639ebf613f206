/// The date a document was published, against which relative dates resolve.
///
/// A date header of `2024-02` says only the month; `2024-02-07` says the day.
/// Stages must respect the granularity: a month cannot pin a weekday.
public struct ReferenceDate: Hashable, Sendable, CustomStringConvertible {
    /// How precisely the date is known.
    public enum Granularity: Sendable, Hashable {
        /// Only the year and month are known.
        case month
        /// The day is known.
        case day
    }

    /// The year, such as 2024.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, when the granularity is ``Granularity/day``.
    public let day: Int?

    /// How precisely the date is known.
    public var granularity: Granularity { day == nil ? .month : .day }

    /// Creates a date, checking that the month and day exist.
    public init(year: Int, month: Int, day: Int? = nil) throws(ReferenceDateError) {
        guard (1...9999).contains(year) else { throw .outOfRange("year \(year)") }
        guard (1...12).contains(month) else { throw .outOfRange("month \(month)") }
        if let day {
            let last = ReferenceDate.daysInMonth(year: year, month: month)
            guard (1...last).contains(day) else {
                throw .outOfRange("day \(day) of \(year)-\(ReferenceDate.pad(month))")
            }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM` or `YYYY-MM-DD`, or an ISO 8601 date-time
    /// (`2024-01-05T10:00:00Z`, `2024-01-05T10:00+01:00`), whose day is the date as written.
    public init(parsing text: some StringProtocol) throws(ReferenceDateError) {
        if let time = text.firstIndex(of: "T") {
            guard text.distance(from: text.startIndex, to: time) == 10,
                Self.isTimeOfDay(text[text.index(after: time)...])
            else { throw .malformed(String(text)) }
            try self.init(parsing: text[..<time])
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
            parts[0].count == 4, parts[1].count == 2, parts.count == 2 || parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { throw .malformed(String(text)) }
        var day: Int?
        if parts.count == 3 {
            guard let value = Int(parts[2]) else { throw .malformed(String(text)) }
            day = value
        }
        try self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        let digits = String(year)
        let base = String(repeating: "0", count: max(0, 4 - digits.count)) + digits + "-" + ReferenceDate.pad(month)
        guard let day else { return base }
        return base + "-" + ReferenceDate.pad(day)
    }

    /// Whether `text` is an ISO 8601 time of day: `HH:MM`, then `:SS` and a fraction,
    /// then `Z` or an offset `±HH[:MM]`, each optional.
    static func isTimeOfDay(_ text: some StringProtocol) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func digits(_ count: Int) -> Bool {
            guard index + count <= bytes.count, bytes[index..<index + count].allSatisfy({ (48...57).contains($0) })
            else { return false }
            index += count
            return true
        }
        func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        guard digits(2), take(0x3A), digits(2) else { return false }
        if take(0x3A) {
            guard digits(2) else { return false }
            if take(0x2E) || take(0x2C) {
                guard digits(1) else { return false }
                while digits(1) {}
            }
        }
        if take(0x5A) { return index == bytes.count }
        if take(0x2B) || take(0x2D) {
            guard digits(2) else { return false }
            if take(0x3A) { guard digits(2) else { return false } } else { _ = digits(2) }
        }
        return index == bytes.count
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    package static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether `year` has a 29 February.
    package static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

/// Why a reference date was refused.
public enum ReferenceDateError: Error, Equatable, CustomStringConvertible {
    /// The text is not `YYYY-MM` or `YYYY-MM-DD`.
    case malformed(String)
    /// A field is outside the calendar.
    case outOfRange(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .malformed(let text): "'\(text)' is not a date of the form YYYY-MM or YYYY-MM-DD"
        case .outOfRange(let what): "\(what) does not exist"
        }
    }
}
