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
