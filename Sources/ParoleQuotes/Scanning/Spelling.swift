/// The string tests a ``FormShape`` is made of, with `String`'s meaning.
protocol Spelling {
    /// The number of characters.
    var characterCount: Int { get }
    /// Whether the spelling is `text`.
    func isSpelled(_ text: StaticString) -> Bool
    /// Whether the spelling starts with `prefix` (as `String.hasPrefix(_:)`).
    func begins(with prefix: StaticString) -> Bool
    /// Whether the spelling ends with `suffix` (as `String.hasSuffix(_:)`).
    func ends(with suffix: StaticString) -> Bool
    /// Whether the spelling ends with one of `affixes`.
    func ends(withAnyOf affixes: Affixes) -> Bool
    /// Whether the spelling begins with one of `affixes`.
    func begins(withAnyOf affixes: Affixes) -> Bool
}

extension String: Spelling {
    var characterCount: Int { count }
    func isSpelled(_ text: StaticString) -> Bool { self == text.description }
    func begins(with prefix: StaticString) -> Bool { hasPrefix(prefix.description) }
    func ends(with suffix: StaticString) -> Bool { hasSuffix(suffix.description) }
}

/// The UTF-8 bytes of a Latin norm (see ``FormShape/latin``), whose byte prefixes and
/// suffixes are its character prefixes and suffixes, for literals in Latin script.
struct LatinSpelling: Spelling {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The first eight bytes (all of them when fewer), the first one in the high byte.
    let head: UInt64
    /// The last eight bytes (all of them when fewer), the last one in the low byte.
    let tail: UInt64

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var head: UInt64 = 0
        for byte in bytes.prefix(8) { head = head << 8 | UInt64(byte) }
        var tail: UInt64 = 0
        for byte in bytes.suffix(8) { tail = tail << 8 | UInt64(byte) }
        self.head = head
        self.tail = tail
    }

    var characterCount: Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    @inline(__always)
    func isSpelled(_ text: StaticString) -> Bool {
        text.utf8CodeUnitCount == bytes.count && begins(with: text)
    }

    // Prefixes and suffixes of up to eight bytes are tested with one comparison of
    // `head` or `tail` with the literal's bytes, packed the same way (the packing of a
    // literal folds to a constant when the test is inlined).

    @inline(__always)
    func begins(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard count <= bytes.count else { return false }
        let packedCount = min(count, 8)
        var packed: UInt64 = 0
        for offset in 0..<packedCount { packed = packed << 8 | UInt64(prefix.utf8Start[offset]) }
        let headCount = min(bytes.count, 8)
        guard head >> UInt64(8 * (headCount - packedCount)) == packed else { return false }
        for offset in packedCount..<count where bytes[offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    @inline(__always)
    func ends(with suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard count <= bytes.count else { return false }
        guard count <= 8 else { return Self.bytes(bytes, endWith: suffix) }
        var packed: UInt64 = 0
        for offset in 0..<count { packed = packed << 8 | UInt64(suffix.utf8Start[offset]) }
        let mask: UInt64 = count == 8 ? ~0 : (1 << UInt64(8 * count)) - 1
        return tail & mask == packed
    }

    /// Whether `bytes` ends with the bytes of `suffix`.
    private static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, endWith suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        let base = bytes.count - count
        for offset in 0..<count where bytes[base + offset] != suffix.utf8Start[offset] { return false }
        return true
    }
}
