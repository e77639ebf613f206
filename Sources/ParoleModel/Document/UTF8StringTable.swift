/// A hash table that gives each distinct UTF-8 string an index, in order of first
/// insertion: the interning of word forms, so that a rule looks a form up once per
/// document rather than once per token.
///
/// Strings are compared byte for byte: no `Hasher`, no `String` per lookup, no
/// Unicode normalization (two canonically equivalent spellings with different bytes
/// are different strings). An open-addressing table over one byte arena; each slot
/// also holds a string's length and first eight bytes, so that a string of eight
/// bytes or fewer (most words) is found without reading the arena. A bit set (four
/// bits a slot) answers most lookups of absent strings without reading the slots.
///
/// ```swift
/// var table = UTF8StringTable(expected: 1024)
/// table.intern("ministre")  // (index: 0, isNew: true)
/// table.intern("a")         // (index: 1, isNew: true)
/// table.intern("ministre")  // (index: 0, isNew: false)
/// ```
package struct UTF8StringTable: Sendable {
    /// Two words a slot: the first 0 when the slot is empty, else 24 bits of the
    /// string's hash, its length (255 for 255 bytes or more) and its index plus one;
    /// the second its first eight bytes. The slot count is a power of two.
    private var slots: [UInt64]
    /// Where each string starts in `bytes`, then one past the last string.
    private var starts: [Int32] = [0]
    /// The UTF-8 bytes of every string, one after the other.
    private var bytes: [UInt8] = []
    /// Four bits a slot, set for a hash of the first eight bytes of each string in the
    /// table (see ``presenceBit(_:count:)``).
    private var present: [UInt64]

    /// The number of distinct strings.
    package var count: Int { starts.count - 1 }

    /// A table sized for about `expected` distinct strings (it grows as needed).
    package init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity * 2)
        present = [UInt64](repeating: 0, count: capacity / 16)
        starts.reserveCapacity(expected + 1)
        bytes.reserveCapacity(expected * 8)
    }

    /// The index of `utf8`, and whether this call added it.
    @discardableResult
    package mutating func intern(_ utf8: UnsafeBufferPointer<UInt8>) -> (index: Int32, isNew: Bool) {
        let (meta, head) = Self.key(utf8)
        let mask = slots.count / 2 - 1
        var slot = Int(truncatingIfNeeded: meta >> 40) & mask
        while true {
            let entry = slots[2 * slot]
            if entry == 0 { break }
            if entry >> 32 == meta >> 32 && slots[2 * slot + 1] == head && tailMatches(entry, utf8) {
                return (Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1, false)
            }
            slot = (slot + 1) & mask
        }
        let index = count
        slots[2 * slot] = meta | UInt64(index + 1)
        slots[2 * slot + 1] = head
        let bit = Self.presenceBit(head, count: present.count)
        present[bit >> 6] |= 1 << UInt64(bit & 63)
        bytes.append(contentsOf: utf8)
        starts.append(Int32(bytes.count))
        if count * 2 > slots.count / 2 { grow() }
        return (Int32(index), true)
    }

    /// The index of the UTF-8 bytes of `string`, and whether this call added it.
    @discardableResult
    package mutating func intern(_ string: String) -> (index: Int32, isNew: Bool) {
        if let found = string.utf8.withContiguousStorageIfAvailable({ intern($0) }) { return found }
        var copy = string
        return copy.withUTF8 { intern($0) }
    }

    /// The index of `utf8`, if the table has it.
    package func index(of utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        let (meta, head) = Self.key(utf8)
        let bit = Self.presenceBit(head, count: present.count)
        guard present[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        let mask = slots.count / 2 - 1
        var slot = Int(truncatingIfNeeded: meta >> 40) & mask
        while true {
            let entry = slots[2 * slot]
            if entry == 0 { return nil }
            if entry >> 32 == meta >> 32 && slots[2 * slot + 1] == head && tailMatches(entry, utf8) {
                return Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
            }
            slot = (slot + 1) & mask
        }
    }

    /// The index of the UTF-8 bytes of `string`, if the table has it.
    package func index(of string: String) -> Int? {
        if let found = string.utf8.withContiguousStorageIfAvailable({ index(of: $0) }) { return found }
        var copy = string
        return copy.withUTF8 { index(of: $0) }
    }

    /// The slot key of `utf8`: 24 bits of hash and the length in the high half of the
    /// first word (the low half is for the index), and the first eight bytes.
    @inline(__always)
    private static func key(_ utf8: UnsafeBufferPointer<UInt8>) -> (meta: UInt64, head: UInt64) {
        let count = utf8.count
        var head: UInt64 = 0
        var hash: UInt64
        if count <= 8 {
            if count >= 4 {
                // Two four-byte loads that overlap: no branch on each length.
                let raw = UnsafeRawPointer(utf8.baseAddress!)
                let low = UInt64(raw.loadUnaligned(as: UInt32.self))
                let high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
                head = low | high << UInt64(8 * (count - 4))
            } else if count > 0 {
                // The first, middle and last bytes are all the bytes of one to three.
                let middle = count / 2
                head =
                    UInt64(utf8[0]) | UInt64(utf8[middle]) << UInt64(8 * middle)
                    | UInt64(utf8[count - 1]) << UInt64(8 * (count - 1))
            }
            // One multiplication: the high bits, which choose the slot, depend on every byte.
            hash = (head ^ UInt64(truncatingIfNeeded: count) << 59) &* 0x9E37_79B9_7F4A_7C15
        } else {
            let raw = UnsafeRawPointer(utf8.baseAddress!)
            head = raw.loadUnaligned(as: UInt64.self)
            hash = mix(0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count) ^ head)
            var offset = 8
            while offset + 8 <= count {
                hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            if offset < count {
                // The last eight bytes, overlapping the ones before.
                hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            }
        }
        return (hash & 0xFFFF_FF00_0000_0000 | UInt64(min(count, 255)) << 32, head)
    }

    /// The bit of `present` (of `count` words) for a string whose first eight bytes
    /// are `head`.
    @inline(__always)
    private static func presenceBit(_ head: UInt64, count: Int) -> Int {
        Int(truncatingIfNeeded: (head &* 0xD6E8_FEB8_6659_FD93) >> 32) & (count * 64 - 1)
    }

    /// A 64-bit mixing step (from SplitMix64).
    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// Whether the string of slot word `entry`, whose length and first eight bytes
    /// match `utf8`'s, has the same bytes after the eighth.
    @inline(__always)
    private func tailMatches(_ entry: UInt64, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard utf8.count > 8 else { return true }
        let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
        let start = Int(starts[index])
        guard Int(starts[index + 1]) - start == utf8.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for offset in 8..<utf8.count where stored[start + offset] != utf8[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        var present = [UInt64](repeating: 0, count: self.present.count * 2)
        for old in 0..<(self.slots.count / 2) where self.slots[2 * old] != 0 {
            let bit = Self.presenceBit(self.slots[2 * old + 1], count: present.count)
            present[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.present = present
        var slots = [UInt64](repeating: 0, count: self.slots.count * 2)
        let mask = slots.count / 2 - 1
        for old in 0..<(self.slots.count / 2) where self.slots[2 * old] != 0 {
            let entry = self.slots[2 * old]
            var slot = Int(truncatingIfNeeded: entry >> 40) & mask
            while slots[2 * slot] != 0 { slot = (slot + 1) & mask }
            slots[2 * slot] = entry
            slots[2 * slot + 1] = self.slots[2 * old + 1]
        }
        self.slots = slots
    }
}
