import ParoleCore

/// Finds web addresses and e-mail addresses, which the word-break rules would cut up.
enum WebAddressScanner {
    /// A web or e-mail address found in the text.
    struct Match {
        var range: Range<Int>
        var kind: Token.Kind
    }

    /// Every address in `units`, in text order, not overlapping.
    static func scan(_ units: UnsafeBufferPointer<UInt16>) -> [Match] {
        var matches: [Match] = []
        var index = 0
        let count = units.count
        while index < count {
            let unit = units[index]
            // Only ':' (of "://"), '@' and 'w'/'W' (of "www.") can start an address.
            if unit != 0x3A && unit != 0x40 && unit | 0x20 != 0x77 {
                index += 1
                continue
            }
            if unit == 0x3A, index + 2 < count, units[index + 1] == 0x2F, units[index + 2] == 0x2F,
                let match = url(around: index, units)
            {  // "://"
                if let last = matches.last, last.range.overlaps(match.range) { matches.removeLast() }
                matches.append(match)
                index = match.range.upperBound
                continue
            }
            if unit == 0x77 || unit == 0x57, startsWithWWW(at: index, units),
                index == 0 || !isAddressUnit(units[index - 1])
            {
                let end = addressEnd(from: index, units)
                if end > index + 4 {
                    matches.append(Match(range: index..<end, kind: .url))
                    index = end
                    continue
                }
            }
            if unit == 0x40, let match = email(around: index, units) {  // "@"
                if let last = matches.last, last.range.overlaps(match.range) { matches.removeLast() }
                matches.append(match)
                index = match.range.upperBound
                continue
            }
            index += 1
        }
        return matches
    }

    private static func url(around colon: Int, _ units: UnsafeBufferPointer<UInt16>) -> Match? {
        var start = colon
        while start > 0, isSchemeUnit(units[start - 1]) { start -= 1 }
        guard start < colon, isASCIILetter(units[start]) else { return nil }
        let end = addressEnd(from: colon + 3, units)
        guard end > colon + 3 else { return nil }
        return Match(range: start..<end, kind: .url)
    }

    private static func email(around at: Int, _ units: UnsafeBufferPointer<UInt16>) -> Match? {
        var start = at
        while start > 0, isLocalPartUnit(units[start - 1]) { start -= 1 }
        while start < at, !isASCIIAlphanumeric(units[start]) { start += 1 }
        guard start < at else { return nil }
        var end = at + 1
        var lastDot = -1
        while end < units.count, isDomainUnit(units[end]) {
            if units[end] == 0x2E { lastDot = end }
            end += 1
        }
        while end > at + 1, units[end - 1] == 0x2E || units[end - 1] == 0x2D { end -= 1 }
        guard lastDot > at + 1, lastDot < end - 2 else { return nil }  // a dot and a top-level domain of 2+
        return Match(range: start..<end, kind: .email)
    }

    /// The end of an address: up to white space or a character that cannot be in
    /// one, without trailing punctuation and without an unbalanced closing bracket.
    private static func addressEnd(from start: Int, _ units: UnsafeBufferPointer<UInt16>) -> Int {
        var end = start
        var parentheses = 0
        while end < units.count, isAddressUnit(units[end]) {
            if units[end] == 0x28 { parentheses += 1 }
            if units[end] == 0x29 {
                if parentheses == 0 { break }
                parentheses -= 1
            }
            end += 1
        }
        while end > start, isTrailingPunctuation(units[end - 1]) { end -= 1 }
        return end
    }

    private static func startsWithWWW(at index: Int, _ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard index + 4 < units.count else { return false }
        for offset in 0..<3 where units[index + offset] | 0x20 != 0x77 { return false }
        return units[index + 3] == 0x2E && isASCIIAlphanumeric(units[index + 4])
    }

    private static func isASCIILetter(_ unit: UInt16) -> Bool {
        (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
    }

    private static func isASCIIAlphanumeric(_ unit: UInt16) -> Bool {
        isASCIILetter(unit) || (0x30...0x39).contains(unit)
    }

    private static func isSchemeUnit(_ unit: UInt16) -> Bool {
        isASCIIAlphanumeric(unit) || unit == 0x2B || unit == 0x2D || unit == 0x2E
    }

    private static func isLocalPartUnit(_ unit: UInt16) -> Bool {
        isASCIIAlphanumeric(unit) || unit == 0x2E || unit == 0x5F || unit == 0x25 || unit == 0x2B
            || unit == 0x2D
    }

    private static func isDomainUnit(_ unit: UInt16) -> Bool {
        isASCIIAlphanumeric(unit) || unit == 0x2E || unit == 0x2D
    }

    /// Characters allowed in a URL as people write them (letters of any script included).
    private static func isAddressUnit(_ unit: UInt16) -> Bool {
        if unit <= 0x20 || unit == 0x22 || unit == 0x3C || unit == 0x3E || unit == 0x5C || unit == 0x5E
            || unit == 0x60 || unit == 0x7B || unit == 0x7C || unit == 0x7D
        {
            return false
        }
        if unit < 0x80 { return true }
        return UnitClass.test(unit, [.letter, .digit, .mark])
    }

    private static func isTrailingPunctuation(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x2019: true
        default: false
        }
    }
}
