import ParoleCore

/// The time-of-day part of a TIMEX3 value, after its `T`: a clock time (`13:30`, `XX:XX`,
/// `10:00+01`) or a part of the day (`MO`, `EV`).
public enum TimexTime: Hashable, Sendable, CustomStringConvertible {
    /// A part of the day, as TIMEX3 names it.
    public enum DayPart: String, Hashable, Sendable, CaseIterable {
        /// `MO`: the morning, taken as 06:00 to 12:00.
        case morning = "MO"
        /// `MI`: midday, taken as 12:00 to 14:00.
        case midday = "MI"
        /// `AF`: the afternoon, taken as 12:00 to 18:00.
        case afternoon = "AF"
        /// `EV`: the evening, taken as 18:00 to 24:00.
        case evening = "EV"
        /// `NI`: the night, taken as 21:00 to 06:00 the next day.
        case night = "NI"
        /// `DT`: the daytime, taken as 06:00 to 18:00.
        case daytime = "DT"

        /// The hours the part covers, from the start of its day (the night runs past 24).
        public var hours: Range<Int> {
            switch self {
            case .morning: 6..<12
            case .midday: 12..<14
            case .afternoon: 12..<18
            case .evening: 18..<24
            case .night: 21..<30
            case .daytime: 6..<18
            }
        }
    }

    /// A clock time (`13:30`, `XX:XX`, `10:00+01`).
    case clock(TimexClock)
    /// A part of the day.
    case part(DayPart)

    /// Reads the part after `T`, or `nil`.
    public init?(_ text: Substring) {
        if let part = DayPart(rawValue: String(text)) {
            self = .part(part)
            return
        }
        let zoneStart = text.firstIndex { $0 == "Z" || $0 == "+" || $0 == "-" } ?? text.endIndex
        let zone = text[zoneStart...]
        if !zone.isEmpty {
            let digits = zone.dropFirst().filter { $0 != ":" }
            guard
                zone == "Z" || (!digits.isEmpty && digits.count <= 4 && digits.allSatisfy { $0.isASCII && $0.isNumber })
            else { return nil }
        }
        let fields = text[..<zoneStart].split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count) else { return nil }
        var values: [Int?] = []
        for (index, field) in fields.enumerated() {
            guard case .some(let value) = timexField(field) else { return nil }
            if let value, value > [24, 59, 60][index] { return nil }
            values.append(value)
        }
        self = .clock(TimexClock(fields: values, zone: zone.isEmpty ? nil : String(zone)))
    }

    /// The part as TIMEX3 writes it, without the `T`.
    public var description: String {
        switch self {
        case .part(let part):
            return part.rawValue
        case .clock(let clock):
            return clock.fields.map { timexField($0) }.joined(separator: ":") + (clock.zone ?? "")
        }
    }

}

/// A clock time of a TIMEX3 value: hour, then minute, then second, as far as written.
public struct TimexClock: Hashable, Sendable {
    /// The hour, minute and second as far as written (one to three entries); `nil` for `XX`.
    public var fields: [Int?]
    /// The zone as written (`Z`, `+01`, `-05:00`), if any.
    public var zone: String?

    /// Creates a clock time from one to three fields.
    public init(fields: [Int?], zone: String? = nil) {
        precondition((1...3).contains(fields.count), "a clock time has an hour, a minute and a second at most")
        self.fields = fields
        self.zone = zone
    }

    /// The hour, `nil` when unknown.
    public var hour: Int? { fields[0] }
    /// The minute, `nil` when unknown or not written.
    public var minute: Int? { fields.count > 1 ? fields[1] : nil }
    /// The second, `nil` when unknown or not written.
    public var second: Int? { fields.count > 2 ? fields[2] : nil }

    /// The zone's offset from UTC in seconds, `nil` when no zone is written.
    public var zoneOffset: Int? {
        guard let zone else { return nil }
        if zone == "Z" { return 0 }
        let sign = zone.first == "-" ? -1 : 1
        let digits = zone.dropFirst().filter { $0 != ":" }
        let hours = Int(digits.prefix(digits.count > 2 ? digits.count - 2 : digits.count)) ?? 0
        let minutes = digits.count > 2 ? Int(digits.suffix(2)) ?? 0 : 0
        return sign * (hours * 3600 + minutes * 60)
    }
}
