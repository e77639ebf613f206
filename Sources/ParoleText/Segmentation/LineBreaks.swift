/// How the sentence splitter treats line breaks.
///
/// A blank line ends a paragraph, and so a sentence. A single line break ends
/// a sentence too (titles and one-paragraph-per-line text have no other mark),
/// unless the next line plainly continues the sentence: it starts with a
/// lowercase letter, or the line before ends with `,` `;` `:` or an opening
/// bracket or quotation mark (hard-wrapped text).
enum LineBreaks {
    /// Replaces the line breaks that continue a sentence by spaces, in place
    /// (the length does not change, so offsets stay valid). Returns whether any
    /// line break remains, for callers that can skip work when none does.
    @discardableResult
    static func joinContinuations(_ units: inout [UInt16]) -> Bool {
        var remaining = false
        var index = 0
        let count = units.count
        while index < count {
            guard UnitClass.test(units[index], .lineBreak) else {
                index += 1
                continue
            }
            // The run of white space around this line break.
            var runEnd = index
            var breaks = 0
            var paragraph = false
            while runEnd < count, units[runEnd].isSpaceUnit {
                let unit = units[runEnd]
                if unit == 0x2029 { paragraph = true }
                if unit == 0x0A || unit == 0x2028 || unit == 0x85 || unit == 0x0B || unit == 0x0C
                    || (unit == 0x0D && (runEnd + 1 >= count || units[runEnd + 1] != 0x0A))
                {
                    breaks += 1
                }
                runEnd += 1
            }
            if breaks <= 1, !paragraph, continues(units, before: index, after: runEnd) {
                for position in index..<runEnd where UnitClass.test(units[position], .lineBreak) {
                    units[position] = 0x20
                }
            } else {
                remaining = true
            }
            index = runEnd
        }
        return remaining
    }

    private static func continues(_ units: [UInt16], before: Int, after: Int) -> Bool {
        guard after < units.count, before > 0 else { return false }
        var last = before - 1
        while last > 0, units[last].isSpaceUnit { last -= 1 }
        if units[after].isLowercaseUnit { return true }
        switch units[last] {
        case 0x2C, 0x3B, 0x3A, 0x28, 0xAB, 0x201C: return true  // , ; : ( « “
        default: return false
        }
    }
}
