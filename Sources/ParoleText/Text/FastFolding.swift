/// Lowercasing without ICU for the characters of French text.
///
/// ASCII, Latin-1 letters, `Œ`/`œ`, `Ÿ` and the typographic apostrophe cover
/// nearly every French token; for them NFKC case folding is a simple mapping,
/// done here in one pass. Anything else (combining marks, ligatures, other
/// scripts, compatibility characters) returns `nil` and goes to ICU.
enum FastFolding {
    /// The case-folded form of `units` with `’` as `'`, or `nil` when ICU is needed.
    static func fold(_ units: UnsafeBufferPointer<UInt16>) -> String? {
        var needsWork = false
        for unit in units {
            guard let folded = map(unit) else { return nil }
            if folded != unit { needsWork = true }
        }
        guard needsWork else { return String(utf16Units: units) }
        let count = units.count
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: count) { buffer in
            for index in 0..<count { buffer[index] = map(units[index])! }
            return String(utf16Units: UnsafeBufferPointer(buffer))
        }
    }

    /// Writes the case-folded form of `units` with `’` as `'` as UTF-8 into `bytes`, which
    /// must have room for three bytes a unit: the bytes of ``fold(_:)``'s string without
    /// making it. Returns the number of bytes written, or `nil` when ICU is needed.
    static func foldUTF8(_ units: UnsafeBufferPointer<UInt16>, into bytes: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var count = 0
        for unit in units {
            guard let folded = map(unit) else { return nil }
            // Every unit of the fast path is in the BMP, outside the surrogates.
            if folded < 0x80 {
                bytes[count] = UInt8(folded)
                count += 1
            } else if folded < 0x800 {
                bytes[count] = UInt8(0xC0 | folded >> 6)
                bytes[count + 1] = UInt8(0x80 | folded & 0x3F)
                count += 2
            } else {
                bytes[count] = UInt8(0xE0 | folded >> 12)
                bytes[count + 1] = UInt8(0x80 | (folded >> 6) & 0x3F)
                bytes[count + 2] = UInt8(0x80 | folded & 0x3F)
                count += 3
            }
        }
        return count
    }

    /// The folded unit, or `nil` when the unit is outside the fast path.
    @inline(__always)
    private static func map(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x41...0x5A: return unit | 0x20
        case 0x20...0x7E: return unit
        case 0xC0...0xDE where unit != 0xD7: return unit + 0x20  // À…Þ, × excluded
        case 0xD7, 0xE0...0xFF: return unit  // ×, à…ÿ (ß is not in this range: it folds to "ss")
        case 0x152: return 0x153  // Œ
        case 0x153: return unit
        case 0x178: return 0xFF  // Ÿ
        case 0x2019, 0x2018: return 0x27  // ’ ‘
        // – — « » “ ” € ° stay as they are (… goes to ICU: NFKC makes it "...").
        case 0x2013, 0x2014, 0xAB, 0xBB, 0x201C, 0x201D, 0x20AC, 0xB0: return unit
        default: return nil
        }
    }
}
