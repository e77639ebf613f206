/// Interns the norms of a document's tokens: each distinct norm gets an index, in
/// order of first appearance, so that its key and facts are computed once.
///
/// Norms are compared byte for byte (their UTF-8), with a flag that tells whether the
/// token is a word or a number (whose key is folded) or something else (whose key is
/// the norm itself). An open-addressing table of indices over one byte arena: no
/// `Hasher`, no string per lookup.
struct FormTable {
    /// Form indices by slot, -1 for an empty slot; the count is a power of two.
    private var slots: [Int32]
    /// The hash of each form.
    private var hashes: [UInt32] = []
    /// Where each form's bytes start in `bytes`; one more entry than forms.
    private var starts: [Int32] = [0]
    /// The UTF-8 bytes of every form, one after the other.
    private var bytes: [UInt8] = []

    /// The number of distinct forms.
    var count: Int { hashes.count }

    /// A table sized for about `expected` distinct forms.
    init(expected: Int) {
        var capacity = 64
        while capacity < expected * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        hashes.reserveCapacity(expected)
        starts.reserveCapacity(expected + 1)
        bytes.reserveCapacity(expected * 8)
    }

    /// The index of `norm` with `folded`, and whether it was added by this call.
    mutating func intern(_ norm: String, folded: Bool) -> (index: Int32, isNew: Bool) {
        var norm = norm
        return norm.withUTF8 { intern($0, folded: folded) }
    }

    private mutating func intern(_ utf8: UnsafeBufferPointer<UInt8>, folded: Bool) -> (index: Int32, isNew: Bool) {
        // FNV-1a, with the flag as a first byte.
        var hash: UInt32 = 2_166_136_261
        hash = (hash ^ (folded ? 1 : 2)) &* 16_777_619
        for byte in utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let index = slots[slot]
            if index < 0 { break }
            if hashes[Int(index)] == hash && matches(Int(index), utf8, folded: folded) { return (index, false) }
            slot = (slot + 1) & mask
        }
        let index = Int32(hashes.count)
        slots[slot] = index
        hashes.append(hash)
        bytes.append(folded ? 1 : 2)
        bytes.append(contentsOf: utf8)
        starts.append(Int32(bytes.count))
        if hashes.count * 2 > slots.count { grow() }
        return (index, true)
    }

    /// Whether form `index` is `utf8` with `folded`.
    private func matches(_ index: Int, _ utf8: UnsafeBufferPointer<UInt8>, folded: Bool) -> Bool {
        let flag = Int(starts[index])
        let start = flag + 1
        let end = Int(starts[index + 1])
        guard end - start == utf8.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            if stored[flag] != (folded ? 1 : 2) { return false }
            for offset in 0..<utf8.count where stored[start + offset] != utf8[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        var slots = [Int32](repeating: -1, count: self.slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
        self.slots = slots
    }
}
