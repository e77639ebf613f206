/// Converts between UTF-16 offsets, used inside the library, and Unicode scalar
/// offsets, used by the JSON output (Python's `str` indexes).
///
/// The two agree unless the text has characters outside the Basic Multilingual
/// Plane (emoji, some CJK); only then are tables built.
package struct ScalarOffsets: Sendable {
    /// The scalar offset of each UTF-16 offset, `units.count + 1` entries.
    private let table: [Int32]?
    /// The UTF-16 offset of each scalar offset, one entry per scalar plus the end.
    private let inverse: [Int32]?
    /// The number of UTF-16 code units of the text.
    private let unitCount: Int

    /// Prepares the conversion for a text given as UTF-16 code units.
    package init(_ units: [UInt16]) {
        unitCount = units.count
        guard units.contains(where: { UTF16.isLeadSurrogate($0) }) else {
            table = nil
            inverse = nil
            return
        }
        var table = [Int32](repeating: 0, count: units.count + 1)
        var inverse: [Int32] = []
        inverse.reserveCapacity(units.count + 1)
        var scalars: Int32 = 0
        for index in units.indices {
            table[index] = scalars
            // The lead of a surrogate pair shares its scalar offset with the trail.
            let pairLead =
                UTF16.isLeadSurrogate(units[index]) && index + 1 < units.count
                && UTF16.isTrailSurrogate(units[index + 1])
            if !pairLead {
                scalars += 1
                inverse.append(Int32(index + 1))
            }
        }
        table[units.count] = scalars
        // `inverse[s]` is where scalar `s` starts; the loop above recorded where each ends.
        inverse.insert(0, at: 0)
        self.table = table
        self.inverse = inverse
    }

    /// Whether offsets need converting at all.
    package var isIdentity: Bool { table == nil }

    /// The number of Unicode scalars of the text.
    package var scalarCount: Int? { inverse.map { $0.count - 1 } }

    /// The scalar offset of a UTF-16 offset.
    package func scalarOffset(_ utf16Offset: Int) -> Int {
        guard let table else { return utf16Offset }
        return Int(table[utf16Offset])
    }

    /// The UTF-16 offset of a scalar offset, or `nil` when the text has fewer scalars.
    package func utf16Offset(ofScalar scalarOffset: Int) -> Int? {
        guard let inverse else { return (0...unitCount).contains(scalarOffset) ? scalarOffset : nil }
        guard inverse.indices.contains(scalarOffset) else { return nil }
        return Int(inverse[scalarOffset])
    }

    /// The span covering the scalar offsets `start..<end`, or `nil` when they fall outside the text.
    package func span(scalarStart start: Int, end: Int) -> Span? {
        guard start <= end, let from = utf16Offset(ofScalar: start), let to = utf16Offset(ofScalar: end)
        else { return nil }
        return Span(start: from, end: to)
    }

    /// The offsets that ``Span``'s `Codable` conformance uses while a ``Document`` is encoded
    /// or decoded, so that spans inside custom layers follow the document's convention.
    @TaskLocal static var documentCoding: ScalarOffsets?
}
