import ParoleCore
import ParoleText

/// Endings or beginnings read from a lexicon (`word-endings.txt`, `role-words.txt`),
/// tested on a ``Spelling`` once per form.
struct Affixes: Sendable {
    /// The affixes as written (NFC).
    let strings: [String]
    /// The UTF-8 bytes of each affix.
    let bytes: [[UInt8]]
    /// Each affix's first and last eight bytes packed as ``LatinSpelling`` packs a
    /// spelling's, so that most tests are one comparison of plain integers.
    let packed: [Packed]

    /// The first and the last bytes of the affixes, each as a set of 256 bits (every byte
    /// when an affix is empty), so that most spellings are told apart by one bit test.
    let firstBytes: ByteSet
    let lastBytes: ByteSet

    /// A set of bytes.
    struct ByteSet: Sendable {
        private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        /// The set with every byte.
        static let all = ByteSet(words: (~0, ~0, ~0, ~0))

        private init(words: (UInt64, UInt64, UInt64, UInt64)) { self.words = words }

        init() {}

        mutating func insert(_ byte: UInt8) {
            let bit: UInt64 = 1 << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            case 2: words.2 |= bit
            default: words.3 |= bit
            }
        }

        @inline(__always)
        func contains(_ byte: UInt8) -> Bool {
            let word: UInt64
            switch byte >> 6 {
            case 0: word = words.0
            case 1: word = words.1
            case 2: word = words.2
            default: word = words.3
            }
            return word >> UInt64(byte & 63) & 1 != 0
        }
    }

    /// An affix's byte count and its first (`head`) and last (`tail`) eight bytes or fewer,
    /// the first byte highest.
    struct Packed: Sendable {
        let count: Int
        let head: UInt64
        let tail: UInt64
        /// The low `8 * min(count, 8)` bits.
        let tailMask: UInt64
    }

    /// The affixes `strings`.
    init(_ strings: [String]) {
        self.strings = strings
        let bytes = strings.map { Array($0.utf8) }
        self.bytes = bytes
        packed = bytes.map { affix in
            var head: UInt64 = 0
            for byte in affix.prefix(8) { head = head << 8 | UInt64(byte) }
            var tail: UInt64 = 0
            for byte in affix.suffix(8) { tail = tail << 8 | UInt64(byte) }
            let mask: UInt64 = affix.count >= 8 ? ~0 : (1 << UInt64(8 * affix.count)) - 1
            return Packed(count: affix.count, head: head, tail: tail, tailMask: mask)
        }
        var firstBytes = ByteSet()
        var lastBytes = ByteSet()
        for affix in bytes {
            if let first = affix.first, let last = affix.last {
                firstBytes.insert(first)
                lastBytes.insert(last)
            } else {
                firstBytes = .all
                lastBytes = .all
                break
            }
        }
        self.firstBytes = firstBytes
        self.lastBytes = lastBytes
    }

    /// The endings of class `ending` of `word-endings.txt`.
    init(_ ending: FrenchWordLists.Ending) {
        self.init(FrenchWordLists.endings.list(ending))
    }
}

extension String {
    /// Whether the string ends with one of `affixes` (as `String.hasSuffix(_:)`).
    func ends(withAnyOf affixes: Affixes) -> Bool {
        affixes.strings.contains { hasSuffix($0) }
    }

    /// Whether the string begins with one of `affixes` (as `String.hasPrefix(_:)`).
    func begins(withAnyOf affixes: Affixes) -> Bool {
        affixes.strings.contains { hasPrefix($0) }
    }
}

extension LatinSpelling {
    /// Whether the bytes end with the bytes of one of `affixes`.
    func ends(withAnyOf affixes: Affixes) -> Bool {
        if let last = bytes.last, !affixes.lastBytes.contains(last) { return false }
        return affixes.packed.withUnsafeBufferPointer { packed in
            for index in packed.indices {
                let affix = packed[index]
                guard affix.count <= bytes.count, tail & affix.tailMask == affix.tail else { continue }
                if affix.count <= 8 || endsWith(affixes.bytes[index]) { return true }
            }
            return false
        }
    }

    /// Whether the bytes begin with the bytes of one of `affixes`.
    func begins(withAnyOf affixes: Affixes) -> Bool {
        if let first = bytes.first, !affixes.firstBytes.contains(first) { return false }
        let headCount = min(bytes.count, 8)
        return affixes.packed.withUnsafeBufferPointer { packed in
            for index in packed.indices {
                let affix = packed[index]
                guard affix.count <= bytes.count,
                    head >> UInt64(8 * (headCount - min(affix.count, 8))) == affix.head
                else { continue }
                if affix.count <= 8 || beginsWith(affixes.bytes[index]) { return true }
            }
            return false
        }
    }

    /// Whether the bytes end with `affix` (no longer than they are).
    private func endsWith(_ affix: [UInt8]) -> Bool {
        let start = bytes.count - affix.count
        for offset in affix.indices where bytes[start + offset] != affix[offset] { return false }
        return true
    }

    /// Whether the bytes begin with `affix` (no longer than they are).
    private func beginsWith(_ affix: [UInt8]) -> Bool {
        for offset in affix.indices where bytes[offset] != affix[offset] { return false }
        return true
    }
}
