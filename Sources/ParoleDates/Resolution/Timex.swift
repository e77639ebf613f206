/// Writing TIMEX3 values: `2024-02-07`, `2024-W06`, `P6W`, `PT1H30M`, `XXXX-WXX-1`.
enum Timex {
    /// A number on two digits.
    static func pad(_ value: Int) -> String { value < 10 && value >= 0 ? "0\(value)" : "\(value)" }

    /// The years a TIMEX3 value can hold: four digits, from 0001.
    static let years = 1...9999
    /// The value of a day that cannot be written.
    static let unknownDay = "XXXX-XX-XX"
    /// The value of a week that cannot be written.
    static let unknownWeek = "XXXX-WXX"

    /// A year on four digits; `XXXX` outside 0001–9999 (`l'an dernier` read in year 1),
    /// rather than a value such as `00-2` that no TIMEX3 reader accepts.
    static func year(_ value: Int) -> String {
        guard years.contains(value) else { return "XXXX" }
        let text = String(value)
        return text.count >= 4 ? text : String(repeating: "0", count: 4 - text.count) + text
    }

    /// A decade by its first three digits (`197X`, `005X`); `XXXX` outside 000–999 (`la
    /// décennie précédente` read in year 1), like ``year(_:)``.
    static func decade(_ value: Int) -> String {
        guard (0...999).contains(value) else { return "XXXX" }
        let text = String(value)
        return String(repeating: "0", count: 3 - text.count) + text + "X"
    }

    /// A century by its first two digits (`19XX`, `02XX`); `XXXX` outside 00–99 (`le siècle
    /// dernier` read in year 1 was `-1XX`), like ``year(_:)``.
    static func century(_ value: Int) -> String {
        guard (0...99).contains(value) else { return "XXXX" }
        return pad(value) + "XX"
    }

    /// `YYYY-MM`.
    static func month(_ year: Int, _ month: Int) -> String { Timex.year(year) + "-" + pad(month) }

    /// `YYYY-Www` for the ISO week of `day`.
    static func week(of day: CalendarDay) -> String {
        let (year, week) = day.isoWeek
        return Timex.year(year) + "-W" + pad(week)
    }

    /// `Thh:mm`.
    static func clock(_ hour: Int, _ minute: Int) -> String { "T" + pad(hour) + ":" + pad(minute) }

    /// A duration: `P6W`, `PT15M`, `PXY`, `P18M` (for 1.5 years), `PT30.4S`.
    static func duration(_ amount: Amount, _ unit: TimeUnit) -> String {
        guard case .exact(let count) = amount else {
            return (unit.isTimeOfDay ? "PT" : "P") + "X" + letter(unit)
        }
        var value = count
        var unit = unit
        switch unit {
        case .century:
            value *= 100
            unit = .year
        case .millennium:
            value *= 1000
            unit = .year
        case .decade:
            value *= 10
            unit = .year
        case .halfYear:
            value *= 6
            unit = .month
        case .quarter:
            value *= 3
            unit = .month
        default: break
        }
        if value != value.rounded() {
            // A fraction in the next smaller unit when it comes out whole: 1.5 years → 18 months.
            let smaller: (TimeUnit, Double)?
            switch unit {
            case .year: smaller = (.month, 12)
            case .month: smaller = (.day, 30)
            case .week: smaller = (.day, 7)
            case .day: smaller = (.hour, 24)
            case .hour: smaller = (.minute, 60)
            case .minute: smaller = (.second, 60)
            default: smaller = nil
            }
            if let (next, factor) = smaller, (value * factor).rounded() == value * factor {
                if unit == .hour, value >= 1 {
                    let hours = value.rounded(.down)
                    return "PT" + number(hours) + "H" + number((value - hours) * 60) + "M"
                }
                // `quatre ans et demi` → P4Y6M; `un an et demi` stays in months (P18M).
                if unit == .year, value >= 2 {
                    let years = value.rounded(.down)
                    return "P" + number(years) + "Y" + number((value - years) * 12) + "M"
                }
                value *= factor
                unit = next
            }
        }
        return (unit.isTimeOfDay ? "PT" : "P") + number(value) + letter(unit)
    }

    /// The TIMEX3 letter of a unit in a duration (`M` for minutes after `PT`).
    static func letter(_ unit: TimeUnit) -> String {
        switch unit {
        case .minute: return "M"
        case .halfYear: return "HY"
        default: return unit.rawValue
        }
    }

    /// The largest amount a duration is written with; beyond it the amount is unknown (`PXD`).
    static let largestAmount = 1e15

    /// A number without a needless `.0`, in plain decimal notation (never `1e+20`): whole
    /// numbers up to ``largestAmount``, fractions to six decimals; `X` beyond.
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < largestAmount else { return "X" }
        if value == value.rounded() { return String(Int(value)) }
        let micros = Int((abs(value) * 1_000_000).rounded())
        var fraction = String(micros % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = (value < 0 ? "-" : "") + String(micros / 1_000_000)
        return fraction.isEmpty ? whole : whole + "." + fraction
    }
}
