/// Up to eight bytes in one integer, to test a prefix or suffix of a UTF-8 string with
/// one comparison: a prefix packs its bytes from the start (the first byte lowest), a
/// suffix from the end (the last byte lowest). Longer affixes are compared byte by byte.
struct PackedBytes: Sendable {
    /// The bytes.
    let bytes: [UInt8]
    /// Their number (kept here: reading it from the array costs a load).
    private let count: Int
    /// The first (or last) eight bytes, packed.
    private let value: UInt64
    /// The bits of `value` that hold bytes.
    private let mask: UInt64

    /// A prefix.
    init(prefix bytes: [UInt8]) {
        self.bytes = bytes
        count = bytes.count
        (value, mask) = Self.pack(bytes.prefix(8))
    }

    /// A suffix.
    init(suffix bytes: [UInt8]) {
        self.bytes = bytes
        count = bytes.count
        (value, mask) = Self.pack(bytes.suffix(8).reversed())
    }

    /// The first eight bytes of `utf8` (fewer if it is shorter), packed.
    static func first(of utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        pack(utf8.prefix(8)).value
    }

    /// The last eight bytes of `utf8` (fewer if it is shorter), packed from the end.
    static func last(of utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        pack(utf8.suffix(8).reversed()).value
    }

    /// Whether these bytes begin `utf8`, whose ``first(of:)`` is `head`.
    func isPrefix(of utf8: UnsafeBufferPointer<UInt8>, head: UInt64) -> Bool {
        guard count <= utf8.count, head & mask == value else { return false }
        return count <= 8 || bytes.indices.allSatisfy { utf8[$0] == bytes[$0] }
    }

    /// Whether these bytes end `utf8`, whose ``last(of:)`` is `tail`.
    func isSuffix(of utf8: UnsafeBufferPointer<UInt8>, tail: UInt64) -> Bool {
        guard count <= utf8.count, tail & mask == value else { return false }
        let start = utf8.count - count
        return count <= 8 || bytes.indices.allSatisfy { utf8[start + $0] == bytes[$0] }
    }

    private static func pack(_ bytes: some Sequence<UInt8>) -> (value: UInt64, mask: UInt64) {
        var value: UInt64 = 0
        var mask: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            value |= UInt64(byte) << (8 * UInt64(index))
            mask |= 0xFF << (8 * UInt64(index))
        }
        return (value, mask)
    }
}
