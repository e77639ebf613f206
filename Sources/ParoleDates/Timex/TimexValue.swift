import ParoleCore

/// A TIMEX3 value read into its parts: what ``TemporalExpression/value`` says, typed.
///
/// ```swift
/// TimexValue("2024-02-07")   // .calendar(TimexDate(year: .year(2024), period: .day(month: 2, day: 7)))
/// TimexValue("2024-W06")     // a week; TimexValue("XXXX-SU") a summer of an unknown year
/// TimexValue("2024-02-07TMO") // the morning of a day
/// TimexValue("P6W")          // a duration of six weeks
/// TimexValue("PRESENT_REF")  // .reference(.present)
/// TimexValue("2024-02-07")?.dateInterval()  // 2024-02-07 00:00 UTC for one day
/// ```
///
/// ``description`` gives the value back as written, so `TimexValue(v)?.description == v`.
public enum TimexValue: Hashable, Sendable, CustomStringConvertible {
    /// A day, month, year, week, season, quarter, half, decade or century (`2024-02-07`,
    /// `XXXX-01-26`, `2024-W06`, `2024-SU`, `201X`).
    case calendar(TimexDate)
    /// A time of day, on a day when known (`2024-02-07T13:30`, `2024-02-07TEV`, `TNI`).
    case time(TimexDate?, TimexTime)
    /// A length of time (`P6W`, `PT2H30M`, `PXY`).
    case duration(TimexDuration)
    /// The value of a `SET` expression: the recurring date or length (`XXXX-WXX-2`, `P1W`).
    indirect case set(TimexValue)
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    case reference(TimexReference)

    /// Reads a TIMEX3 value, or returns `nil` when it is not one. With `kind` ``TemporalExpression/Kind/set``
    /// the value is read as a ``set(_:)``.
    public init?(_ value: String, kind: TemporalExpression.Kind? = nil) {
        if kind == .set {
            guard let inner = TimexValue(value) else { return nil }
            self = .set(inner)
            return
        }
        if let reference = TimexReference(rawValue: value) {
            self = .reference(reference)
        } else if value.hasPrefix("P") {
            guard let duration = TimexDuration(value) else { return nil }
            self = .duration(duration)
        } else if let split = value.firstIndex(of: "T") {
            let datePart = value[..<split]
            let date = datePart.isEmpty ? nil : TimexDate(datePart)
            guard datePart.isEmpty || date != nil, let time = TimexTime(value[value.index(after: split)...])
            else { return nil }
            self = .time(date, time)
        } else {
            guard let date = TimexDate(value[...]) else { return nil }
            self = .calendar(date)
        }
    }

    /// The value as TIMEX3 writes it.
    public var description: String {
        switch self {
        case .calendar(let date): date.description
        case .time(let date, let time): (date?.description ?? "") + "T" + time.description
        case .duration(let duration): duration.description
        case .set(let inner): inner.description
        case .reference(let reference): reference.rawValue
        }
    }

    /// The calendar date of a ``calendar(_:)`` or ``time(_:_:)`` value.
    public var date: TimexDate? {
        switch self {
        case .calendar(let date): date
        case .time(let date, _): date
        case .set(let inner): inner.date
        case .duration, .reference: nil
        }
    }
}

/// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`: the present, the past or the future, unplaced.
public enum TimexReference: String, Hashable, Sendable, CaseIterable {
    /// `PRESENT_REF` (*actuellement*, *aujourd'hui* in the sense of nowadays).
    case present = "PRESENT_REF"
    /// `PAST_REF` (*autrefois*, *récemment*).
    case past = "PAST_REF"
    /// `FUTURE_REF` (*à l'avenir*, *bientôt*).
    case future = "FUTURE_REF"
}

/// A value codes as its TIMEX3 string.
extension TimexValue: Codable {
    /// Writes the TIMEX3 string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Reads a TIMEX3 string (a set's value reads as the recurring value itself).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = TimexValue(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a TIMEX3 value")
        }
        self = value
    }
}

extension TemporalExpression {
    /// ``value`` read as a ``TimexValue`` (a ``TimexValue/set(_:)`` for a `SET`), or `nil`
    /// when it is not a TIMEX3 value.
    public var timex: TimexValue? { TimexValue(value, kind: kind) }
}

extension Quote {
    /// ``date`` read as a ``TimexValue``.
    public var timexDate: TimexValue? { date.flatMap { TimexValue($0) } }
}

/// Two digits or `XX`: the number, `nil` for `XX`; `.none` when neither.
func timexField(_ text: Substring, digits: Int = 2) -> Int?? {
    guard text.count == digits else { return .none }
    if text.allSatisfy({ $0 == "X" }) { return .some(nil) }
    guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) else { return .none }
    return .some(value)
}

/// `value` on `digits` digits, or `X`s when `nil`.
func timexField(_ value: Int?, digits: Int = 2) -> String {
    guard let value else { return String(repeating: "X", count: digits) }
    let text = String(value)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
}
