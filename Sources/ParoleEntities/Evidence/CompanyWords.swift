import ParoleCore

/// Single words that end with a word companies and public bodies build their names
/// on: `Bpifrance`, `Arianespace`, `Eurotech`, `Microsoft`. The ending must follow at
/// least three letters, and the word must be no common word (`Internet`) nor a place.
enum CompanyWords {
    /// Endings, in lowercase.
    static let endings = EntityWordLists.roles.list(.companyEnding)
    /// The last bytes of the endings: most words are ruled out by theirs.
    private static let lastBytes = Set(endings.compactMap(\.utf8.last))

    /// Whether the lowercase norm `norm` ends with a company's word after three letters.
    static func endsWithCompanyWord(_ norm: String) -> Bool {
        // Every ending ends with one of these letters: most words are ruled out by it.
        guard let last = norm.utf8.last, lastBytes.contains(last) else { return false }
        guard norm.utf8.count >= 7, !norm.utf8.contains(0x2D) else { return false }
        return endings.contains { norm.hasSuffix($0) && norm.utf8.count >= $0.utf8.count + 3 }
    }
}
