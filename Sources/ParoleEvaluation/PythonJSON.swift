/// A JSON value written the way Python's `json.dumps(value, ensure_ascii=False)` writes it:
/// object keys in insertion order, `", "` and `": "` separators, floats as their shortest
/// round-trip form (`93.1`, `100.0`), so that `parole eval --gold` prints the same bytes as
/// `score.py gold`.
package enum PythonJSON: Equatable, Sendable {
    /// `null`.
    case null
    /// An integer.
    case integer(Int)
    /// A floating-point number, always written with a fraction or an exponent.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([PythonJSON])
    /// An object, its keys in the order given.
    case object([(String, PythonJSON)])

    /// The value of `key` when this is an object holding it.
    package subscript(key: String) -> PythonJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The value written as `json.dumps` writes it.
    package var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .integer(let value): out += String(value)
        case .number(let value): out += PythonText.repr(value)
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += ", " }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += ", " }
                Self.writeString(key, to: &out)
                out += ": "
                value.write(to: &out)
            }
            out += "}"
        }
    }

    private static func writeString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + PythonText.hex(scalar.value, digits: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// Two values are equal when they hold the same members in the same order.
    package static func == (lhs: PythonJSON, rhs: PythonJSON) -> Bool { lhs.text == rhs.text }
}
