import ParoleCore

/// A TIMEX3 duration (`P6W`, `P2Y6M`, `PT1H30M`, `PXY` for "some years").
public struct TimexDuration: Hashable, Sendable, CustomStringConvertible {
    /// A unit of a duration.
    public enum Unit: String, Hashable, Sendable, CaseIterable {
        /// `ML`.
        case millennium
        /// `CE`.
        case century
        /// `DE`.
        case decade
        /// `Y`.
        case year
        /// `Q`.
        case quarter
        /// `M` before `T`.
        case month
        /// `W`.
        case week
        /// `WE`.
        case weekend
        /// `D`.
        case day
        /// `H`.
        case hour
        /// `M` after `T`.
        case minute
        /// `S`.
        case second

        /// The letters TIMEX3 writes for the unit.
        public var symbol: String {
            switch self {
            case .millennium: "ML"
            case .century: "CE"
            case .decade: "DE"
            case .year: "Y"
            case .quarter: "Q"
            case .month, .minute: "M"
            case .week: "W"
            case .weekend: "WE"
            case .day: "D"
            case .hour: "H"
            case .second: "S"
            }
        }

        /// Whether the unit comes after `T`.
        public var isTimeUnit: Bool { self == .hour || self == .minute || self == .second }
    }

    /// An amount of one unit.
    public struct Component: Hashable, Sendable {
        /// How many, `nil` when written `X` (unknown).
        public var amount: Double?
        /// The unit.
        public var unit: Unit

        /// Creates a component.
        public init(amount: Double?, unit: Unit) {
            self.amount = amount
            self.unit = unit
        }
    }

    /// The amounts, in the order written.
    public var components: [Component]

    /// Creates a duration.
    public init(components: [Component]) { self.components = components }

    /// Reads `P…`, or returns `nil`.
    public init?(_ text: String) {
        var rest = Substring(text)
        guard rest.first == "P" else { return nil }
        rest = rest.dropFirst()
        var inTime = false
        var components: [Component] = []
        while !rest.isEmpty {
            if rest.first == "T", !inTime {
                inTime = true
                rest = rest.dropFirst()
                continue
            }
            let amountText: Substring
            if rest.first == "X" {
                amountText = rest.prefix(1)
            } else {
                amountText = rest.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
            }
            guard !amountText.isEmpty else { return nil }
            rest = rest.dropFirst(amountText.count)
            let amount = amountText == "X" ? nil : Double(amountText)
            guard amountText == "X" || amount != nil else { return nil }
            let candidates = Unit.allCases.filter { $0.isTimeUnit == inTime }
            guard
                let unit = candidates.filter({ rest.hasPrefix($0.symbol) }).max(by: {
                    $0.symbol.count < $1.symbol.count
                })
            else { return nil }
            rest = rest.dropFirst(unit.symbol.count)
            components.append(Component(amount: amount, unit: unit))
        }
        guard !components.isEmpty else { return nil }
        self.components = components
    }

    /// The duration as TIMEX3 writes it.
    public var description: String {
        var text = "P"
        var inTime = false
        for component in components {
            if component.unit.isTimeUnit && !inTime {
                text += "T"
                inTime = true
            }
            if let amount = component.amount {
                text += amount == amount.rounded() && abs(amount) < 1e15 ? String(Int(amount)) : String(amount)
            } else {
                text += "X"
            }
            text += component.unit.symbol
        }
        return text
    }
}
