/// Whether a quotation mark opens or closes a quotation.
package enum QuotationMarkRole: Sendable, Hashable {
    /// Opens: `«`, `“`, `‘`, or a straight mark before a word.
    case opening
    /// Closes: `»`, `”`, `’`, or a straight mark after a word.
    case closing
    /// The context does not tell (a straight mark between spaces).
    case ambiguous

    /// The role of the quotation mark at `offset` in `units`, from the mark itself
    /// and, for straight and symmetric marks, from the characters around it.
    package static func of(markAt offset: Int, in units: [UInt16]) -> QuotationMarkRole {
        switch units[offset] {
        case 0xAB, 0x201C, 0x2018, 0x201E, 0x2039: return .opening  // « “ ‘ „ ‹
        case 0xBB, 0x2019, 0x203A: return .closing  // » ’ ›
        default: break
        }
        // " and ' (and ” used both ways): look at the neighbours.
        let before: UInt16 = offset > 0 ? units[offset - 1] : 0x20
        let after: UInt16 = offset + 1 < units.count ? units[offset + 1] : 0x20
        let openSide = before.isSpaceUnit || before == 0x28 || before == 0x5B || before == 0x2014 || before == 0x2013
        let closeSide =
            after.isSpaceUnit
            || UnitClass.test(after, [.punctuation, .terminal])
                && !UnitClass.test(after, [.quotationMark, .apostrophe])
        if openSide && !closeSide { return .opening }
        if closeSide && !openSide { return .closing }
        if units[offset] == 0x201D { return .closing }
        return .ambiguous
    }
}
