import ParoleCore
import ParoleText

/// Endings of the names of a place's inhabitants in the plural or the feminine
/// (`Clermontois`, `Toulousains`, `Lyonnaise`, `Montréalaises`): with `les`, `des` or
/// `la` before it, such a word names people (MISC), not a place or a club.
///
/// Tested once per form on its lowercase norm (``FormFacts/Flags/inhabitantEnding``).
enum InhabitantEnding {
    /// Endings of plural names (`les Clermontois`).
    static let plural = FrenchWordLists.endings.list(.inhabitantPlural)
    /// Endings of feminine singular names (`la Lyonnaise`).
    static let feminine = FrenchWordLists.endings.list(.inhabitantFeminine)

    private static let endings = (plural + feminine).map { Array($0.utf8) }

    /// Whether the lowercase norm `utf8` ends as such a name, with three letters before.
    static func matches<Bytes: BidirectionalCollection<UInt8>>(_ utf8: Bytes) -> Bool {
        // Every ending ends with `s` or `e`.
        guard let last = utf8.last, last == 0x73 || last == 0x65 else { return false }
        let count = utf8.count
        return endings.contains { count >= $0.count + 3 && utf8.reversed().starts(with: $0.reversed()) }
    }
}
