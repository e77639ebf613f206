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
        return .failure(firstInvalidSequence(bytes))
    }

    private static func firstInvalidSequence(_ bytes: [UInt8]) -> InvalidUTF8 {
        var decoder = UTF8()
        var iterator = CountingIterator(base: bytes.makeIterator())
        while true {
            let start = iterator.count
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return InvalidUTF8(offset: bytes.count, byte: 0)
            case .error: return InvalidUTF8(offset: start, byte: bytes[start])
            }
        }
    }

    private struct CountingIterator: IteratorProtocol {
        var base: IndexingIterator<[UInt8]>
        var count = 0

        mutating func next() -> UInt8? {
            guard let byte = base.next() else { return nil }
            count += 1
            return byte
        }
    }
}
