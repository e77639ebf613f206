/// A hash table of byte strings (UTF-8), each with a one-byte tag, that gives each
/// distinct string an index in order of first insertion.
///
/// Strings are compared byte for byte: no `Hasher`, no `String` per lookup, no
/// Unicode normalization. An open-addressing table of indices over one byte arena.
/// Used to intern the norms of a document (``EntityContext``) and to index the
/// lexicons by the bytes of their entries (``FormFactsIndex``).
struct ByteStringTable: Sendable {
    /// By slot, 0 when empty, else the string's hash in the high half and its index
    /// plus one in the low half (a probe reads the hash without another load); the
    /// count is a power of two.
    private var slots: [UInt64]
    /// Where each string's tag byte stands in `bytes`, then one past the last string.
    private var starts: [Int32] = [0]
    /// The tag and UTF-8 bytes of every string, one after the other.
    private var bytes: [UInt8] = []

    /// The number of distinct strings.
    var count: Int { starts.count - 1 }

    /// A table sized for about `expected` distinct strings.
    init(expected: Int) {
        var capacity = 64
        while capacity < expected * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        starts.reserveCapacity(expected + 1)
        bytes.reserveCapacity(expected * 8)
    }

    /// The index of `utf8` with `tag`, and whether this call added it.
    mutating func intern(_ utf8: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0) -> (index: Int32, isNew: Bool) {
        let hash = Self.hash(utf8, tag: tag)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if matches(index, utf8, tag: tag) { return (Int32(index), false) }
            }
            slot = (slot + 1) & mask
        }
        let index = count
        slots[slot] = UInt64(hash) << 32 | UInt64(index + 1)
        bytes.append(tag)
        bytes.append(contentsOf: utf8)
        starts.append(Int32(bytes.count))
        if count * 2 > slots.count { grow() }
        return (Int32(index), true)
    }

    /// The index of the string `string` with `tag`, and whether this call added it.
    mutating func intern(_ string: borrowing String, tag: UInt8 = 0) -> (index: Int32, isNew: Bool) {
        if let found = string.utf8.withContiguousStorageIfAvailable({ intern($0, tag: tag) }) { return found }
        var copy = copy string
        return copy.withUTF8 { intern($0, tag: tag) }
    }

    /// The index of `utf8` with `tag`, if the table has it.
    func index(of utf8: UnsafeBufferPointer<UInt8>, tag: UInt8 = 0) -> Int? {
        let hash = Self.hash(utf8, tag: tag)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let index = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if matches(index, utf8, tag: tag) { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over the tag and the bytes.
    @inline(__always)
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>, tag: UInt8) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        hash = (hash ^ UInt32(tag)) &* 16_777_619
        for byte in utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// Whether string `index` is `utf8` with `tag`.
    private func matches(_ index: Int, _ utf8: UnsafeBufferPointer<UInt8>, tag: UInt8) -> Bool {
        let tagOffset = Int(starts[index])
        let start = tagOffset + 1
        let end = Int(starts[index + 1])
        guard end - start == utf8.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            if stored[tagOffset] != tag { return false }
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
