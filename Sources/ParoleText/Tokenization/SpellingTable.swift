/// The distinct spellings of one document's tokens, each with the index of its norm in
/// the token list being built, so that the tokenizer folds a spelling once per document
/// and finds it again for each later token without copying or transcoding its units.
///
/// Open addressing over two words a slot, read straight from the document's UTF-16
/// code units:
///
/// - a spelling of one to eight units, each a Latin-1 character or one of the few
///   typographic characters of French text (`’`, `œ`, dashes, `…`, `€`), is its own key:
///   one byte a unit packed in the slot's first word, found with one comparison and no
///   hashing loop (`de`, `l’`, `ministre`, `cœur`; most tokens of running text);
/// - any other spelling is keyed by a hash of its units with its length; the slot keeps
///   where the spelling first occurs in the text, and a lookup compares the units there.
///
/// The second word holds the norm's index plus one (0 marks an empty slot) and, for a
/// hashed spelling, a flag and the offset of its first occurrence.
struct SpellingTable {
    /// What a failed ``find(_:_:)`` leaves for ``add(_:normIndex:)``: the free slot and
    /// the key and flagged offset to store there.
    struct Vacancy {
        fileprivate var slot = -1
        fileprivate var key: UInt64 = 0
        fileprivate var value: UInt64 = 0
    }

    private let units: UnsafeBufferPointer<UInt16>
    /// Key and value of each slot; the slot count is a power of two.
    private var slots: [UInt64]
    /// 64 minus the base-2 logarithm of the slot count: the multiplicative hash's shift.
    private var shift: UInt64
    /// The number of spellings.
    private(set) var count = 0

    private static let hashedFlag: UInt64 = 1 << 63
    /// The low bits of a hashed key, which hold the spelling's length.
    private static let lengthBits: UInt64 = 20

    /// A table of the spellings of `units`, sized for about `expected` of them (it grows).
    init(units: UnsafeBufferPointer<UInt16>, expected: Int) {
        self.units = units
        var capacity = 16
        var bits: UInt64 = 4
        while capacity < expected * 2 {
            capacity <<= 1
            bits += 1
        }
        slots = [UInt64](repeating: 0, count: capacity * 2)
        shift = 64 - bits
    }

    /// The norm index of the spelling `start..<end` of the text, or -1 when the table does
    /// not have it; then `vacancy` says where ``add(_:normIndex:)`` puts it.
    @inline(__always)
    func find(_ start: Int, _ end: Int, _ vacancy: inout Vacancy) -> Int32 {
        let length = end - start
        var key = Self.packed(units, start, length)
        var flag: UInt64 = 0
        if key == 0 {
            guard length < 1 << Self.lengthBits else { return -1 }  // never stored: folded each time
            key = Self.hash(units, start, length) & ~(1 << Self.lengthBits - 1) | UInt64(length)
            flag = Self.hashedFlag
        }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count / 2 - 1
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let value = slots[2 * slot + 1]
                if value == 0 { break }
                if slots[2 * slot] == key && value & Self.hashedFlag == flag
                    && (flag == 0 || sameUnits(Int(truncatingIfNeeded: value >> 32) & 0x7FFF_FFFF, start, length))
                {
                    return Int32(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
                }
                slot = (slot + 1) & mask
            }
            vacancy = Vacancy(slot: slot, key: key, value: flag == 0 ? 0 : flag | UInt64(start) << 32)
            return -1
        }
    }

    /// Adds the spelling a failed ``find(_:_:)`` looked for, with the index of its norm.
    mutating func add(_ vacancy: Vacancy, normIndex: Int32) {
        guard vacancy.slot >= 0 else { return }
        slots[2 * vacancy.slot] = vacancy.key
        slots[2 * vacancy.slot + 1] = vacancy.value | UInt64(UInt32(normIndex) + 1)
        count += 1
        if count * 2 > slots.count / 2 { grow() }
    }

    /// The spelling as its own key, one byte a unit, or 0 when it is empty, longer than
    /// eight units or has a unit without a byte.
    @inline(__always)
    private static func packed(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ length: Int) -> UInt64 {
        guard length <= 8 else { return 0 }
        var key: UInt64 = 0
        var offset = 0
        while offset < length {
            let byte = Self.byte(units[start + offset])
            if byte == 0 { return 0 }
            key |= byte << UInt64(8 * offset)
            offset += 1
        }
        return key
    }

    /// A unit's byte in a packed key, one to one, or 0 for a unit that has none. Latin-1
    /// characters are their own byte; the C1 controls (0x80–0x9F), which a token never
    /// holds, leave their bytes to the typographic characters of French text.
    @inline(__always)
    private static func byte(_ unit: UInt16) -> UInt64 {
        if unit < 0x100 { return unit == 0 || unit & 0xE0 == 0x80 ? 0 : UInt64(unit) }
        switch unit {
        case 0x2019: return 0x80  // ’
        case 0x0153: return 0x81  // œ
        case 0x0152: return 0x82  // Œ
        case 0x2018: return 0x83  // ‘
        case 0x2013: return 0x84  // –
        case 0x2014: return 0x85  // —
        case 0x2026: return 0x86  // …
        case 0x2010: return 0x87  // ‐
        case 0x2011: return 0x88  // non-breaking hyphen
        case 0x20AC: return 0x89  // €
        case 0x201C: return 0x8A  // “
        case 0x201D: return 0x8B  // ”
        case 0x0178: return 0x8C  // Ÿ
        default: return 0
        }
    }

    /// A hash of the units of a spelling, eight bytes at a time.
    @inline(__always)
    private static func hash(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ length: Int) -> UInt64 {
        let multiplier: UInt64 = 0xBF58_476D_1CE4_E5B9
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        let raw = UnsafeRawPointer(units.baseAddress! + start)
        let byteCount = 2 * length
        if byteCount >= 8 {
            var offset = 0
            while offset + 8 < byteCount {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
                hash ^= hash >> 29
                offset += 8
            }
            // The last eight bytes, overlapping the ones before.
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: byteCount - 8, as: UInt64.self)) &* multiplier
        } else {
            var word: UInt64 = 0
            for offset in 0..<length { word |= UInt64(units[start + offset]) << UInt64(16 * offset) }
            hash = (hash ^ word) &* multiplier
        }
        return hash ^ hash >> 31
    }

    /// Whether the `length` units at `first` and at `second` are the same.
    @inline(__always)
    private func sameUnits(_ first: Int, _ second: Int, _ length: Int) -> Bool {
        var offset = 0
        while offset < length {
            if units[first + offset] != units[second + offset] { return false }
            offset += 1
        }
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        shift -= 1
        let mask = slots.count / 2 - 1
        for index in 0..<(old.count / 2) where old[2 * index + 1] != 0 {
            let key = old[2 * index]
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[2 * slot + 1] != 0 { slot = (slot + 1) & mask }
            slots[2 * slot] = key
            slots[2 * slot + 1] = old[2 * index + 1]
        }
    }
}
