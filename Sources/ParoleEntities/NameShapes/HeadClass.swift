import ParoleCore
import ParoleText

/// How news annotators span a lowercase head noun followed by `de` and a place
/// (`entities-head-classes.txt`).
enum HeadClass: String, Sendable {
    /// The body and its place make one organisation: `l'université de Caen`.
    case institution
    /// Only the place is a name: `la commune de Walhain` → `Walhain`.
    case territorial
    /// An adjective of a local council that leaves a capitalised head unnamed when no
    /// place follows: `le Conseil municipal` alone.
    case localTier = "local-tier"

    /// The classes of `lexicon`'s words by folding key; lines of an unknown class are
    /// skipped.
    static func table(from lexicon: Lexicon) -> [String: HeadClass] {
        var table: [String: HeadClass] = [:]
        for entry in lexicon.entries where entry.count >= 2 {
            guard let headClass = HeadClass(rawValue: entry[1]) else { continue }
            table[Normalizer.foldingKey(entry[0])] = headClass
        }
        return table
    }
}
