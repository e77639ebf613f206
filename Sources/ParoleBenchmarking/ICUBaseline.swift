import CParoleICU
import ParoleCore
import ParoleText

/// The speed reference for the tokenizer: ICU's word-break iterator walked over
/// a text with nothing else done, boundary after boundary.
public final class ICUWordBreakBaseline {
    private let iterator: BreakIterator

    /// Opens a French word-break iterator.
    public init() throws {
        iterator = try BreakIterator(kind: .word, locale: "fr")
    }

    /// Walks every word boundary of `units` with its rule status; returns how many there are.
    @discardableResult
    public func countBoundaries(_ units: [UInt16]) -> Int {
        units.withUnsafeBufferPointer { buffer in
            var status: Int32 = 0
            parole_break_set_text(iterator.pointer, buffer.baseAddress, Int32(buffer.count), &status)
            var count = 0
            var letters = 0
            while parole_break_next(iterator.pointer) >= 0 {
                if parole_break_rule_status(iterator.pointer) >= 200 { letters += 1 }
                count += 1
            }
            return count &+ letters &* 0
        }
    }
}
