/// `Span`'s coding convention, one for encoding and decoding:
///
/// - when the coder's `userInfo[.scalarOffsets]` holds a `ScalarOffsets` (as the
///   `DocumentJSONWriter` and `DocumentJSONReader` set it), or while a ``Document``
///   encodes or decodes itself, `start` and `end` are **Unicode scalar offsets** into the
///   document's text, the unit of the output contract;
/// - otherwise they are the span's own **UTF-16** offsets, unchanged.
///
/// Either way a span decodes to the span that was encoded.
extension Span: Codable {
    private enum CodingKeys: String, CodingKey {
        case start, end
    }

    /// The scalar offsets in force for a coder whose `userInfo[.scalarOffsets]` is `value`, if any.
    private static func offsets(_ value: Any?) -> ScalarOffsets? {
        value as? ScalarOffsets ?? ScalarOffsets.documentCoding
    }

    /// Writes `{"start": …, "end": …}`: scalar offsets when a `ScalarOffsets` is in force
    /// (see the type's coding convention), else UTF-16 offsets.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let offsets = Self.offsets(encoder.userInfo[.scalarOffsets])
        try container.encode(offsets?.scalarOffset(start) ?? start, forKey: .start)
        try container.encode(offsets?.scalarOffset(end) ?? end, forKey: .end)
    }

    /// Reads `{"start": …, "end": …}` in the unit ``encode(to:)`` wrote: scalar offsets
    /// when a `ScalarOffsets` is in force, else UTF-16 offsets.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(Int.self, forKey: .start)
        let end = try container.decode(Int.self, forKey: .end)
        guard 0 <= start, start <= end else {
            throw DecodingError.dataCorruptedError(
                forKey: .end, in: container, debugDescription: "a span runs from 0 ≤ start ≤ end")
        }
        guard let offsets = Self.offsets(decoder.userInfo[.scalarOffsets]) else {
            self.init(start: start, end: end)
            return
        }
        guard let span = offsets.span(scalarStart: start, end: end) else {
            throw DecodingError.dataCorruptedError(
                forKey: .end, in: container, debugDescription: "\(start)..<\(end) runs past the text")
        }
        self = span
    }
}

extension CodingUserInfoKey {
    /// The `ScalarOffsets` of the document being encoded or decoded: with it, every
    /// ``Span`` is coded in Unicode scalar offsets.
    package static let scalarOffsets = CodingUserInfoKey(rawValue: "parole.scalarOffsets")!
}
