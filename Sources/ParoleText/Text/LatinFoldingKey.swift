/// ``Normalizer/foldingKey(_:)`` without ICU for text in the Latin ranges of Unicode
/// (U+0000…U+02FF: ASCII, Latin-1, Latin Extended-A and -B, IPA, spacing modifiers).
///
/// The folding key is NFKC case folding, then canonical decomposition, then the
/// combining marks dropped. NFKC case folding maps each character on its own and then
/// composes; decomposition undoes the composing, and the marks that canonical ordering
/// moves are the ones dropped. So the key of a text is the keys of its characters one
/// after the other. Those of the characters below U+0300 are asked of ICU once, the
/// first time they are needed (`é` → `e`, `ß` → `ss`, `ǅ` → `dz`, `´` → ` `).
package enum LatinFoldingKey {
    /// The first scalar the table does not cover.
    static let limit = 0x300

    /// The UTF-8 key of each scalar below ``limit``: `offsets[s]..<offsets[s + 1]` in
    /// `bytes`. Pointers rather than arrays, so that reading the table retains nothing;
    /// allocated once, never freed.
    private struct Table: @unchecked Sendable {
        let offsets: UnsafePointer<Int32>
        let bytes: UnsafePointer<UInt8>
    }

    private static let table: Table = {
        var offsets: [Int32] = [0]
        var bytes: [UInt8] = []
        for value in 0..<limit {
            let key = Normalizer.foldingKey(String(Character(Unicode.Scalar(UInt32(value))!)))
            bytes.append(contentsOf: key.utf8)
            offsets.append(Int32(bytes.count))
        }
        let offsetStorage = UnsafeMutablePointer<Int32>.allocate(capacity: offsets.count)
        offsetStorage.initialize(from: offsets, count: offsets.count)
        let byteStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        byteStorage.initialize(from: bytes, count: bytes.count)
        return Table(offsets: UnsafePointer(offsetStorage), bytes: UnsafePointer(byteStorage))
    }()

    private enum Outcome {
        /// A scalar lies at or above U+0300.
        case outside
        /// The text is its own key.
        case unchanged
        /// The key differs from the text.
        case folded(String)
    }

    /// The folding key of `text` when all its scalars lie below U+0300, else `nil`.
    /// A text that is its own key (lowercase ASCII, say) is returned as it is.
    package static func key(_ text: String) -> String? {
        var copy = text
        switch copy.withUTF8({ fold($0) }) {
        case .outside: return nil
        case .unchanged: return text
        case .folded(let key): return key
        }
    }

    private static func fold(_ utf8: UnsafeBufferPointer<UInt8>) -> Outcome {
        let offsets = table.offsets
        let bytes = table.bytes
        var unchanged = true
        var length = 0
        var index = 0
        while index < utf8.count {
            guard let (scalar, size) = scalar(in: utf8, at: index) else { return .outside }
            let start = Int(offsets[scalar])
            let end = Int(offsets[scalar + 1])
            if unchanged && (end - start != size || (0..<size).contains { bytes[start + $0] != utf8[index + $0] }) {
                unchanged = false
            }
            length += end - start
            index += size
        }
        if unchanged { return .unchanged }
        let key = String(unsafeUninitializedCapacity: length) { output in
            var written = 0
            var index = 0
            while index < utf8.count {
                let (scalar, size) = self.scalar(in: utf8, at: index)!
                for offset in Int(offsets[scalar])..<Int(offsets[scalar + 1]) {
                    output[written] = bytes[offset]
                    written += 1
                }
                index += size
            }
            return written
        }
        return .folded(key)
    }

    /// The scalar at `index` of `utf8` and its size in bytes, when it lies below U+0300.
    @inline(__always)
    private static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, Int)? {
        let lead = utf8[index]
        if lead < 0x80 { return (Int(lead), 1) }
        // Two-byte sequences C2 80 … CB BF are U+0080…U+02FF.
        guard lead >= 0xC2, lead <= 0xCB, index + 1 < utf8.count else { return nil }
        let trail = utf8[index + 1]
        guard trail & 0xC0 == 0x80 else { return nil }
        return (Int(lead & 0x1F) << 6 | Int(trail & 0x3F), 2)
    }
}
