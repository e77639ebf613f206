import ParoleCore
import ParoleText

/// Titles (`M.`, `Mme`, `Dr`) looked up without making a string, for words written
/// below U+0300 (ASCII and the accented Latin letters): the bulk of the words.
///
/// Titles are matched as Swift strings, up to canonical equivalence, on their exact
/// spelling with `’` read as `'`. A word whose scalars all lie below U+0300 holds no
/// combining mark and is in NFC already, so it matches exactly the titles whose NFC is
/// that word, byte for byte: the index holds those. Other words are looked up as strings.
struct HonorificIndex: Sendable {
    /// What the index says about a word.
    enum Answer {
        /// The word is a title, of this gender (`nil`: either).
        case title(Gender?)
        /// The word is no title.
        case none
        /// The word has a unit from U+0300 on: look it up as a string.
        case unknown
    }

    /// The titles whose NFC lies below U+0300, by its UTF-8 bytes.
    private let spellings: UTF8StringTable
    /// The gender of each title in `spellings`.
    private let genders: [Gender?]
    /// Bit `n` of word `n / 64` set when the decomposition of some title begins with
    /// the ASCII unit `n`: a word that begins with another ASCII unit is no title.
    private let initials: (UInt64, UInt64)

    /// The index of `honorifics`.
    init(_ honorifics: [String: Gender?]) {
        var spellings = UTF8StringTable(expected: honorifics.count)
        var genders: [Gender?] = []
        var initials: (UInt64, UInt64) = (0, 0)
        for (spelling, gender) in honorifics {
            let decomposed = Array(Normalizer.normalize(spelling, form: .nfd).utf8)
            if let first = decomposed.first {
                if first < 64 {
                    initials.0 |= 1 << UInt64(first)
                } else if first < 128 {
                    initials.1 |= 1 << UInt64(first - 64)
                }
            } else {
                initials = (.max, .max)  // an empty title: screen nothing out
            }
            let composed = Normalizer.normalize(spelling, form: .nfc)
            guard composed.unicodeScalars.allSatisfy({ $0.value < 0x300 }) else { continue }
            let (index, isNew) = spellings.intern(composed)
            if isNew { genders.append(gender) } else { genders[Int(index)] = gender }
        }
        self.spellings = spellings
        self.genders = genders
        self.initials = initials
    }

    /// Whether the word written `units` (`’` read as `'`) is a title.
    func answer(_ units: UnsafeBufferPointer<UInt16>) -> Answer {
        if var first = units.first {
            // A word that begins with an ASCII unit decomposes to a string that begins with it.
            if first == 0x2019 { first = 0x27 }
            if first < 0x80 {
                let known = first < 64 ? initials.0 & (1 << UInt64(first)) : initials.1 & (1 << UInt64(first - 64))
                if known == 0 { return .none }
            }
        }
        for unit in units where unit >= 0x300 && unit != 0x2019 { return .unknown }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(2 * units.count, 1)) { bytes in
            // The word in UTF-8: one byte a unit below U+0080, two up to U+02FF.
            var count = 0
            for unit in units {
                if unit < 0x80 || unit == 0x2019 {
                    bytes[count] = unit == 0x2019 ? 0x27 : UInt8(truncatingIfNeeded: unit)
                    count += 1
                } else {
                    bytes[count] = UInt8(truncatingIfNeeded: 0xC0 | unit >> 6)
                    bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | unit & 0x3F)
                    count += 2
                }
            }
            guard let index = spellings.index(of: UnsafeBufferPointer(rebasing: bytes[0..<count])) else {
                return .none
            }
            return .title(genders[index])
        }
    }
}

extension EntityLexicons {
    /// The gender of the title written `units` (exact spelling, `’` read as `'`):
    /// `.some(nil)` for either, `nil` when the word is no title.
    func honorific(_ units: UnsafeBufferPointer<UInt16>) -> Gender?? {
        switch honorificIndex.answer(units) {
        case .title(let gender): return .some(gender)
        case .none: return nil
        case .unknown:
            let text = String(utf16Units: units.map { $0 == 0x2019 ? 0x27 : $0 }[...])
            return honorifics[text]
        }
    }
}
