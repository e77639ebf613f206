/// Converts UTF-16 offsets, used inside the library, to Unicode scalar offsets,
/// used by the JSON output (Python's `str` indexes).
///
/// The two agree unless the text has characters outside the Basic Multilingual
/// Plane (emoji, some CJK); only then is a table built.
public struct ScalarOffsets: Sendable {
    private let table: [Int32]?

    /// Prepares the conversion for a text given as UTF-16 code units.
    public init(_ units: [UInt16]) {
        guard units.contains(where: { UTF16.isLeadSurrogate($0) }) else {
            table = nil
            return
        }
        var table = [Int32](repeating: 0, count: units.count + 1)
        var scalars: Int32 = 0
        for index in units.indices {
            table[index] = scalars
            // The lead of a surrogate pair shares its scalar offset with the trail.
            let pairLead =
                UTF16.isLeadSurrogate(units[index]) && index + 1 < units.count
                && UTF16.isTrailSurrogate(units[index + 1])
            if !pairLead { scalars += 1 }
        }
        table[units.count] = scalars
        self.table = table
    }

    /// Whether offsets need converting at all.
    public var isIdentity: Bool { table == nil }

    /// The scalar offset of a UTF-16 offset.
    public func scalarOffset(_ utf16Offset: Int) -> Int {
        guard let table else { return utf16Offset }
        return Int(table[utf16Offset])
    }
}

extension Span: Codable {
    private enum CodingKeys: String, CodingKey {
        case start, end
    }

    /// Writes `{"start": …, "end": …}`, in scalar offsets when the encoder's
    /// `userInfo[.scalarOffsets]` holds a ``ScalarOffsets``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let offsets = encoder.userInfo[.scalarOffsets] as? ScalarOffsets
        try container.encode(offsets?.scalarOffset(start) ?? start, forKey: .start)
        try container.encode(offsets?.scalarOffset(end) ?? end, forKey: .end)
    }

    /// Reads `{"start": …, "end": …}` as UTF-16 offsets.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(Int.self, forKey: .start)
        let end = try container.decode(Int.self, forKey: .end)
        guard start <= end else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: container, debugDescription: "end before start")
        }
        self.init(start: start, end: end)
    }
}

extension CodingUserInfoKey {
    /// The ``ScalarOffsets`` of the document being encoded.
    public static let scalarOffsets = CodingUserInfoKey(rawValue: "parole.scalarOffsets")!
}
