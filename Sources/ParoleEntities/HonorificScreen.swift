import ParoleCore

/// A quick test that rules out most words as titles (`M.`, `Mme`, `Dr`) before the
/// exact lookup, which needs a string: the first letters and the lengths of the titles.
///
/// Titles are matched as Swift strings, up to canonical equivalence, so the screen
/// reads their canonical decomposition (NFD): a word whose first unit is ASCII
/// decomposes to a string that begins with that unit, and a word all in ASCII is its
/// own decomposition. Words that begin with another unit are never screened out.
struct HonorificScreen: Sendable {
    /// Whether some title's decomposition begins with each ASCII unit.
    private let initials: [Bool]
    /// Bit `n` set when some title decomposes to `n` ASCII units (`n` < 64).
    private let asciiLengths: UInt64
    /// Whether some title decomposes to 64 ASCII units or more.
    private let longASCII: Bool

    /// The screen for the titles `spellings`.
    init(_ spellings: some Sequence<String>) {
        var initials = [Bool](repeating: false, count: 128)
        var lengths: UInt64 = 0
        var longASCII = false
        for spelling in spellings {
            let decomposed = Normalizer.normalize(spelling, form: .nfd).utf16Units
            guard let first = decomposed.first else {
                // An empty title matches only an empty word: screen nothing out.
                initials = [Bool](repeating: true, count: 128)
                longASCII = true
                lengths = .max
                continue
            }
            if first < 0x80 { initials[Int(first)] = true }
            if decomposed.allSatisfy({ $0 < 0x80 }) {
                if decomposed.count < 64 { lengths |= 1 << UInt64(decomposed.count) } else { longASCII = true }
            }
        }
        self.initials = initials
        self.asciiLengths = lengths
        self.longASCII = longASCII
    }

    /// Whether the word written `units`, with `’` read as `'`, may be a title.
    func mayBeTitle(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard var first = units.first else { return true }
        if first == 0x2019 { first = 0x27 }
        guard first < 0x80 else { return true }
        guard initials[Int(first)] else { return false }
        for unit in units where unit >= 0x80 && unit != 0x2019 { return true }
        return units.count < 64 ? asciiLengths & (1 << UInt64(units.count)) != 0 : longASCII
    }
}

extension EntityLexicons {
    /// The gender of the title written `units` (exact spelling, `’` read as `'`):
    /// `.some(nil)` for either, `nil` when the word is no title.
    func honorific(_ units: UnsafeBufferPointer<UInt16>) -> Gender?? {
        guard honorificScreen.mayBeTitle(units) else { return nil }
        let count = units.count
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: max(count, 1)) { buffer in
            for index in 0..<count { buffer[index] = units[index] == 0x2019 ? 0x27 : units[index] }
            return honorifics[String(utf16Units: UnsafeBufferPointer(rebasing: buffer[0..<count]))]
        }
    }
}
