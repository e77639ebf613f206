/// A hash table that gives each distinct UTF-8 string an index, in order of first
/// insertion: the interning of word forms, so that a rule looks a form up once per
/// document rather than once per token.
///
/// Strings are compared byte for byte: no `Hasher`, no `String` per lookup, no
/// Unicode normalization (two canonically equivalent spellings with different bytes
/// are different strings). An open-addressing table of indices over one byte arena.
///
/// ```swift
/// var table = UTF8StringTable(expected: 1024)
/// table.intern("ministre")  // (index: 0, isNew: true)
/// table.intern("a")         // (index: 1, isNew: true)
/// table.intern("ministre")  // (index: 0, isNew: false)
/// ```
public struct UTF8StringTable: Sendable {
    /// By slot, 0 when empty, else the string's hash in the high half and its index
    /// plus one in the low half; the count is a power of two.
    private var slots: [UInt64]
    /// Where each string starts in `bytes`, then one past the last string.
    private var starts: [Int32] = [0]
    /// The UTF-8 bytes of every string, one after the other.
    private var bytes: [UInt8] = []

    /// The number of distinct strings.
    public var count: Int { starts.count - 1 }

    /// A table sized for about `expected` distinct strings (it grows as needed).
    public init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        starts.reserveCapacity(expected + 1)
        bytes.reserveCapacity(expected * 8)
    }

    /// The index of `utf8`, and whether this call added it.
    @discardableResult
    public mutating func intern(_ utf8: UnsafeBufferPointer<UInt8>) -> (index: Int32, isNew: Bool) {
        let hash = Self.hash(utf8)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if matches(index, utf8) { return (Int32(index), false) }
            }
            slot = (slot + 1) & mask
        }
        let index = count
        slots[slot] = UInt64(hash) << 32 | UInt64(index + 1)
        bytes.append(contentsOf: utf8)
        starts.append(Int32(bytes.count))
        if count * 2 > slots.count { grow() }
        return (Int32(index), true)
    }

    /// The index of the UTF-8 bytes of `string`, and whether this call added it.
    @discardableResult
    public mutating func intern(_ string: String) -> (index: Int32, isNew: Bool) {
        if let found = string.utf8.withContiguousStorageIfAvailable({ intern($0) }) { return found }
        var copy = string
        return copy.withUTF8 { intern($0) }
    }

    /// The index of `utf8`, if the table has it.
    public func index(of utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(utf8)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if matches(index, utf8) { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The index of the UTF-8 bytes of `string`, if the table has it.
    public func index(of string: String) -> Int? {
        if let found = string.utf8.withContiguousStorageIfAvailable({ index(of: $0) }) { return found }
        var copy = string
        return copy.withUTF8 { index(of: $0) }
    }

    /// A multiplicative hash of the bytes, eight at a time.
    @inline(__always)
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(utf8.count)
        guard let base = utf8.baseAddress else { return UInt32(truncatingIfNeeded: hash >> 32) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= utf8.count {
            hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < utf8.count {
            var word: UInt64 = 0
            while offset < utf8.count {
                word = word << 8 | UInt64(utf8[offset])
                offset += 1
            }
            hash = mix(hash ^ word)
        }
        return UInt32(truncatingIfNeeded: hash >> 32)
    }

    /// A 64-bit mixing step (from SplitMix64).
    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// Whether string `index` is `utf8`.
    private func matches(_ index: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[index])
        let end = Int(starts[index + 1])
        guard end - start == utf8.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for offset in 0..<utf8.count where stored[start + offset] != utf8[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        var slots = [UInt64](repeating: 0, count: self.slots.count * 2)
        let mask = slots.count - 1
        for entry in self.slots where entry != 0 {
            var slot = Int(truncatingIfNeeded: entry >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
        self.slots = slots
    }
}
