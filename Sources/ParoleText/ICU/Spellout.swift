import CParoleICU

/// ICU's rule-based spell-out of numbers in a locale: `45` ↔ `quarante-cinq`.
///
/// Not thread-safe; make one per thread, or build a lookup table once (see
/// ``numberWords(upTo:)``) and share that.
package final class Spellout {
    let pointer: OpaquePointer

    /// Opens the spell-out rules of `locale`, such as `fr`.
    package init(locale: String) throws(ICUError) {
        var status: Int32 = 0
        let pointer = parole_spellout_open(locale, &status)
        try ICUError.check(status, "opening the spell-out rules of \(locale)")
        guard let pointer else { throw ICUError(code: 7, operation: "opening spell-out rules") }
        self.pointer = pointer
    }

    deinit { parole_spellout_close(pointer) }

    /// `value` in words (`quarante-cinq`).
    package func words(for value: Int) throws(ICUError) -> String {
        try ICU.readString("spelling out \(value)") { destination, capacity, status in
            parole_spellout_format(pointer, Int64(value), destination, capacity, &status)
        }
    }

    /// The number spelled at the start of `text`, and how many UTF-16 units it took.
    package func parse(_ text: some StringProtocol) -> (value: Double, length: Int)? {
        var status: Int32 = 0
        var length: Int32 = 0
        let units = Array(text.utf16)
        let value = parole_spellout_parse(pointer, units, Int32(units.count), &length, &status)
        guard status <= 0, length > 0 else { return nil }
        return (value, Int(length))
    }

    /// A table from number words to values for 0 through `limit`, written by ICU's rules.
    package func numberWords(upTo limit: Int) throws(ICUError) -> [String: Int] {
        var table: [String: Int] = [:]
        for value in 0...limit { table[try words(for: value)] = value }
        return table
    }
}
