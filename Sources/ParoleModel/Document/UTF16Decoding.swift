extension String {
    /// Decodes UTF-16 code units straight into a native UTF-8 string.
    ///
    /// `String(decoding:as: UTF16.self)` goes through a generic, scalar-by-scalar
    /// path; this writes the UTF-8 bytes directly, which matters in loops that
    /// make a string per token. Unpaired surrogates become U+FFFD.
    package init(utf16Units units: UnsafeBufferPointer<UInt16>) {
        let count = units.count
        // The exact UTF-8 length, so that strings of up to 15 bytes stay inline
        // (no heap allocation) and longer ones get no more storage than they need.
        var length = 0
        var position = 0
        while position < count {
            let unit = units[position]
            position += 1
            if unit < 0x80 {
                length += 1
            } else if unit < 0x800 {
                length += 2
            } else if UTF16.isLeadSurrogate(unit), position < count, UTF16.isTrailSurrogate(units[position]) {
                length += 4
                position += 1
            } else {
                length += 3  // also an unpaired surrogate, written as U+FFFD
            }
        }
        self.init(unsafeUninitializedCapacity: length) { bytes in
            var out = 0
            var index = 0
            while index < count {
                let unit = units[index]
                index += 1
                if unit < 0x80 {
                    bytes[out] = UInt8(truncatingIfNeeded: unit)
                    out += 1
                } else if unit < 0x800 {
                    bytes[out] = 0xC0 | UInt8(truncatingIfNeeded: unit >> 6)
                    bytes[out + 1] = 0x80 | UInt8(truncatingIfNeeded: unit & 0x3F)
                    out += 2
                } else if UTF16.isLeadSurrogate(unit), index < count, UTF16.isTrailSurrogate(units[index]) {
                    let scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(units[index] - 0xDC00)
                    index += 1
                    bytes[out] = 0xF0 | UInt8(truncatingIfNeeded: scalar >> 18)
                    bytes[out + 1] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 12) & 0x3F)
                    bytes[out + 2] = 0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F)
                    bytes[out + 3] = 0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F)
                    out += 4
                } else {
                    let value: UInt16 = UTF16.isSurrogate(unit) ? 0xFFFD : unit
                    bytes[out] = 0xE0 | UInt8(truncatingIfNeeded: value >> 12)
                    bytes[out + 1] = 0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F)
                    bytes[out + 2] = 0x80 | UInt8(truncatingIfNeeded: value & 0x3F)
                    out += 3
                }
            }
            return out
        }
    }

    /// Decodes a slice of UTF-16 code units (see ``init(utf16Units:)``).
    package init(utf16Units units: ArraySlice<UInt16>) {
        self = units.withUnsafeBufferPointer { String(utf16Units: $0) }
    }
}

extension String {
    /// The string's UTF-16 code units, transcoded from its UTF-8 storage in one pass.
    package var utf16Units: [UInt16] {
        var copy = self
        return copy.withUTF8 { bytes in
            [UInt16](unsafeUninitializedCapacity: bytes.count) { units, written in
                var out = 0
                var index = 0
                let count = bytes.count
                while index < count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        units[out] = UInt16(byte)
                        out += 1
                        index += 1
                    } else if byte < 0xE0 {
                        units[out] = UInt16(byte & 0x1F) << 6 | UInt16(bytes[index + 1] & 0x3F)
                        out += 1
                        index += 2
                    } else if byte < 0xF0 {
                        units[out] =
                            UInt16(byte & 0x0F) << 12 | UInt16(bytes[index + 1] & 0x3F) << 6
                            | UInt16(bytes[index + 2] & 0x3F)
                        out += 1
                        index += 3
                    } else {
                        let scalar =
                            UInt32(byte & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                            | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                        let value = scalar - 0x10000
                        units[out] = UInt16(0xD800 + (value >> 10))
                        units[out + 1] = UInt16(0xDC00 + (value & 0x3FF))
                        out += 2
                        index += 4
                    }
                }
                written = out
            }
        }
    }
}
