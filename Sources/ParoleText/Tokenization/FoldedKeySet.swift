import ParoleCore

/// A set of tokenizer keys (``TokenizerRules/key(_:)``: lowercase, straight apostrophes)
/// that answers for a span of UTF-16 units without making a string or hashing one, when
/// ``FastFolding`` folds the span: the scanner asks it for every elided word.
///
/// The set compares Swift strings, up to canonical equivalence. The fast fold writes
/// only units that are no combining mark and compose with nothing (ASCII, Latin-1
/// letters, `œ`, a few signs), so its output is in NFC: it equals a word of the set
/// exactly when its bytes are those of the word's NFC, which the table holds.
///
/// A class: the scanner reads it from its rules for each lookup, and a reference is
/// read with one retain where a struct's set and tables cost one each.
final class FoldedKeySet: Sendable {
    /// The words.
    let words: Set<String>
    /// The words in NFC, by their UTF-8 bytes.
    private let table: UTF8StringTable

    /// A set of `words` (keys already).
    init(_ words: Set<String>) {
        self.words = words
        var table = UTF8StringTable(expected: words.count)
        for word in words { table.intern(Normalizer.normalize(word, form: .nfc)) }
        self.table = table
    }

    /// Whether the key of `units` (``TokenizerRules/key(_:_:)``) is one of the words.
    func contains(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * units.count + 1) { bytes in
            guard let count = FastFolding.foldUTF8(units, into: bytes) else {
                return words.contains(TokenizerRules.key(String(utf16Units: units)))
            }
            return table.index(of: UnsafeBufferPointer(rebasing: bytes[0..<count])) != nil
        }
    }
}
