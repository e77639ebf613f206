/// An expression that places an event in time or measures time, with its
/// TIMEX3 value (`le 7 octobre` → `2023-10-07`, `six semaines` → `P6W`).
public struct TemporalExpression: Spanned, Hashable, Sendable, Codable {
    /// The TIMEX3 types.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// A calendar date or period: `le 7 octobre`, `en mars`, `2024-W06`.
        case date = "DATE"
        /// A time of day, attached to its day when known: `13 h 30`.
        case time = "TIME"
        /// A length of time: `six semaines` (`P6W`).
        case duration = "DURATION"
        /// A recurrence: `chaque jour`.
        case set = "SET"
    }

    /// What was resolved against.
    public enum Anchor: String, Sendable, Hashable, Codable {
        /// The document's reference date.
        case document
        /// The nearest explicit date before, in a narrative (`le lendemain`).
        case narrative
        /// The calendar alone (a weekday with day and month fixes the year).
        case calendar
        /// Nothing: the value is absolute as written, or not anchored.
        case none
    }

    /// The expression, with its determiners and `fin`/`début`, without `depuis`/`en`/`au`.
    public var span: Span
    /// The TIMEX3 type.
    public var kind: Kind
    /// The TIMEX3 value: `2024-02-07`, `2024-02`, `2024-W06`, `P6W`, `XXXX-01-26`, `PRESENT_REF`.
    public var value: String
    /// The first and last day the value stands for, as `YYYY-MM-DD`, when it is a date.
    public var interval: ClosedRange<String>?
    /// What the value was resolved against.
    public var anchor: Anchor

    /// Creates a temporal expression.
    public init(
        span: Span, kind: Kind, value: String, interval: ClosedRange<String>? = nil,
        anchor: Anchor = .none
    ) {
        self.span = span
        self.kind = kind
        self.value = value
        self.interval = interval
        self.anchor = anchor
    }
}

/// The `dates` layer: temporal expressions in text order.
public enum DateLayer: LayerKey {
    /// Temporal expressions in text order, not overlapping.
    public typealias Value = [TemporalExpression]
    /// `dates`.
    public static let name: LayerName = "dates"
}
