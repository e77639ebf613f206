/// The few Python behaviours `score.py` relies on, reproduced exactly: `round(x, 1)`,
/// `repr` of floats and strings, `str.isspace`, and the name folding used to compare speakers.
package enum PythonText {
    /// `round(value, 1)`: the exact binary value rounded half to even at one decimal.
    package static func round1(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        if value < 0 { return -round1(-value) }
        // value = significand / 2^shift exactly, significand < 2^53.
        let exponent = Int(value.exponent) - Double.significandBitCount
        let significand = UInt64(value.significandBitPattern) | (value.isNormal ? 1 << 52 : 0)
        if exponent >= 0 { return value }
        let shift = -exponent
        // Ten times the value is below 0.05 when shift > 60: it rounds to zero.
        guard shift <= 60 else { return 0 }
        let tenfold = significand * 10
        var quotient = tenfold >> UInt64(shift)
        let remainder = tenfold & ((1 << UInt64(shift)) - 1)
        let half = UInt64(1) << UInt64(shift - 1)
        if remainder > half || (remainder == half && quotient % 2 == 1) { quotient += 1 }
        return Double(quotient) / 10
    }

    /// `repr(value)` for a float: the shortest text that reads back as `value`.
    package static func repr(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return value.description
    }

    /// `repr(text)` for a string: quoted, with Python's escapes for what is not printable.
    package static func repr(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let quote: Unicode.Scalar = scalars.contains("'") && !scalars.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in scalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case quote: out += "\\" + String(quote)
            default:
                if isPrintable(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value < 0x100 {
                    out += "\\x" + hex(scalar.value, digits: 2)
                } else if scalar.value < 0x10000 {
                    out += "\\u" + hex(scalar.value, digits: 4)
                } else {
                    out += "\\U" + hex(scalar.value, digits: 8)
                }
            }
        }
        out.unicodeScalars.append(quote)
        return out
    }

    /// `str.isprintable()` for one code point.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
            .spaceSeparator:
            return false
        default: return true
        }
    }

    /// `str.isspace()` for one code point (what `\s` matches in a Python regular expression).
    package static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000:
            return true
        default: return false
        }
    }

    /// Lower-case hexadecimal, padded with zeros to `digits`.
    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
