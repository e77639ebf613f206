/// Strict UTF-8 decoding that says where the first bad byte is.
enum UTF8Validation {
    /// A byte that does not start or continue a UTF-8 sequence where it stands.
    struct InvalidUTF8: Error, Equatable {
        /// The offset of the bad sequence's first byte.
        var offset: Int
        /// That byte.
        var byte: UInt8
    }

    /// The decoded text, or where the first invalid sequence starts.
    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidUTF8> {
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(firstInvalidSequence(bytes) ?? InvalidUTF8(offset: bytes.count, byte: 0))
    }

    /// The first sequence of `bytes` that is not well-formed UTF-8 (RFC 3629: no
    /// overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence
    /// at the end), or `nil` when there is none. Never reads outside `bytes`.
    static func firstInvalidSequence(_ bytes: [UInt8]) -> InvalidUTF8? {
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The length of the sequence and the range its second byte must fall in.
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                secondRange = 0x80...0x9F
            case 0xF0:
                length = 4
                secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                secondRange = 0x80...0x8F
            default: return InvalidUTF8(offset: index, byte: lead)
            }
            for position in 1..<length {
                guard index + position < count else { return InvalidUTF8(offset: index, byte: lead) }
                let byte = bytes[index + position]
                let allowed = position == 1 ? secondRange : 0x80...0xBF
                guard allowed.contains(byte) else { return InvalidUTF8(offset: index, byte: lead) }
            }
            index += length
        }
        return nil
    }
}
