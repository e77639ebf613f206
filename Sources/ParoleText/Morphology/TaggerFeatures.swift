/// What the part-of-speech tagger reads of one token, as hashes: its norm, suffixes
/// and first letters, its shape and the classes the lexicon gives it.
///
/// Must match `Scripts/tagger/tagger_features.py`, which trains the weights:
/// FNV-1a 64 over UTF-8 bytes, SplitMix64 to combine, the same templates.
struct TaggerFeatures {
    /// The hash of a position before the first token or after the last.
    static let boundary: UInt64 = 0x5A5A_5A5A
    /// The tag of a position before the first token.
    static let startTag: UInt64 = 17
    var word: UInt64
    var suffix1: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var suffix4: UInt64
    var prefix: UInt64
    var shape: UInt64
    var classes: UInt64

    /// The features of a token from its norm's UTF-8 bytes, its text as UTF-16 code
    /// units and its lexicon classes (as written, and lowercased shifted by 17 bits).
    init(norm: UnsafeBufferPointer<UInt8>, text: ArraySlice<UInt16>, classes: UInt64) {
        word = Self.fnv(norm)
        // Scalar starts from the end: the last four, and the first two from the front.
        var starts: (Int, Int, Int, Int) = (0, 0, 0, 0)
        var found = 0
        var index = norm.count
        while index > 0, found < 4 {
            index -= 1
            if norm[index] & 0xC0 != 0x80 {
                found += 1
                switch found {
                case 1: starts.0 = index
                case 2: starts.1 = index
                case 3: starts.2 = index
                default: starts.3 = index
                }
            }
        }
        func suffix(_ n: Int, _ start: Int) -> UInt64 {
            found >= n ? Self.fnv(UnsafeBufferPointer(rebasing: norm[start...])) : Self.fnv(norm) ^ UInt64(n)
        }
        suffix1 = suffix(1, starts.0)
        suffix2 = suffix(2, starts.1)
        suffix3 = suffix(3, starts.2)
        suffix4 = suffix(4, starts.3)
        var prefixEnd = 0
        var scalars = 0
        while prefixEnd < norm.count {
            if norm[prefixEnd] & 0xC0 != 0x80 {
                if scalars == 2 { break }
                scalars += 1
            }
            prefixEnd += 1
        }
        prefix = Self.fnv(UnsafeBufferPointer(rebasing: norm[0..<prefixEnd]))
        shape = Self.shape(text)
        self.classes = classes
    }

    /// 0 lowercase, 1 capitalised, 2 all capitals, 3 with a digit, 4 no letter; plus 8 with a hyphen.
    static func shape(_ text: ArraySlice<UInt16>) -> UInt64 {
        var letters = 0
        var upperLetters = 0
        var digit = false
        var hyphen = false
        var firstUpper = false
        var first = true
        var index = text.startIndex
        while index < text.endIndex {
            let unit = text[index]
            index += 1
            let letter: Bool
            let upper: Bool
            if unit < 0x80 {
                if unit >= 0x30 && unit <= 0x39 { digit = true }
                if unit == 0x2D { hyphen = true }
                upper = unit >= 0x41 && unit <= 0x5A
                letter = upper || (unit >= 0x61 && unit <= 0x7A)
            } else if unit >= 0xC0 && unit <= 0xFF && unit != 0xD7 && unit != 0xF7 {
                upper = unit < 0xDF
                letter = true
            } else {
                var value = UInt32(unit)
                if unit & 0xFC00 == 0xD800, index < text.endIndex, text[index] & 0xFC00 == 0xDC00 {
                    value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(text[index]) - 0xDC00)
                    index += 1
                }
                let properties = Unicode.Scalar(value)?.properties
                upper = properties?.isUppercase ?? false
                switch properties?.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
                    letter = true
                default: letter = false
                }
            }
            if first { firstUpper = upper }
            first = false
            if letter {
                letters += 1
                if upper { upperLetters += 1 }
            }
        }
        var shape: UInt64
        if digit {
            shape = 3
        } else if letters == 0 {
            shape = 4
        } else if letters > 1 && upperLetters == letters {
            shape = 2
        } else if firstUpper {
            shape = 1
        } else {
            shape = 0
        }
        if hyphen { shape += 8 }
        return shape
    }

    @inline(__always)
    static func fnv(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01B3
        }
        return hash
    }

    @inline(__always)
    static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
        var z = template &* 0x9E37_79B9_7F4A_7C15 &+ a &* 0xBF58_476D_1CE4_E5B9 &+ b
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// How many features ``ownHashes(into:)`` writes: those of the token alone.
    static let ownCount = 11

    /// The features that read the token alone (the same wherever it occurs).
    func ownHashes(into out: UnsafeMutablePointer<UInt64>) {
        out[0] = Self.mix(1, 0)
        out[1] = Self.mix(2, word)
        out[2] = Self.mix(3, suffix1)
        out[3] = Self.mix(4, suffix2)
        out[4] = Self.mix(5, suffix3)
        out[5] = Self.mix(6, suffix4)
        out[6] = Self.mix(7, prefix)
        out[7] = Self.mix(8, shape)
        out[8] = Self.mix(9, classes)
        out[9] = Self.mix(10, classes, shape)
        out[10] = Self.mix(22, suffix3, shape)
    }

    /// The features that read a neighbour's word or classes, for a neighbour in `role`
    /// (the templates of the features of the token before, after, two before, two after).
    @inline(__always)
    static func neighbourHashes(
        word: UInt64, classes: UInt64, role: PartOfSpeechTagger.FormRole
    ) -> (UInt64, UInt64?) {
        switch role {
        case .own: preconditionFailure("a token reads itself through ownHashes(into:)")
        case .previous: (mix(11, word), mix(15, classes))
        case .next: (mix(12, word), mix(16, classes))
        case .beforePrevious: (mix(13, word), nil)
        case .afterNext: (mix(14, word), nil)
        }
    }

    /// The features that read only the two previous tags.
    static func tagPairHashes(previous: UInt64, beforePrevious: UInt64) -> (UInt64, UInt64) {
        (mix(17, previous), mix(18, previous, beforePrevious))
    }

    /// The features that read the token with the next one (`nil` after the last token).
    @inline(__always)
    static func pairHashes(_ token: TaggerFeatures, next: TaggerFeatures?) -> (UInt64, UInt64) {
        (mix(21, token.classes, next?.classes ?? boundary), mix(23, next?.word ?? boundary, token.word))
    }

    /// The features that read the token with the previous tag.
    @inline(__always)
    static func tagHashes(_ token: TaggerFeatures, previous: UInt64) -> (UInt64, UInt64) {
        (mix(19, previous, token.word), mix(20, previous, token.classes))
    }
}
