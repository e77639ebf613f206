/// Single words that end with a word companies and public bodies build their names
/// on: `Bpifrance`, `Arianespace`, `Eurotech`, `Microsoft`. The ending must follow at
/// least three letters, and the word must be no common word (`Internet`) nor a place.
enum CompanyWords {
    /// Endings, in lowercase.
    static let endings: [String] = ["france", "space", "tech", "soft", "pharma", "telecom", "energies", "bank"]

    /// Whether the lowercase norm `norm` ends with a company's word after three letters.
    static func endsWithCompanyWord(_ norm: String) -> Bool {
        // Every ending ends with one of these letters: most words are ruled out by it.
        guard let last = norm.utf8.last,
            last == 0x65 || last == 0x74 || last == 0x68 || last == 0x61 || last == 0x6D
                || last == 0x73 || last == 0x6B
        else { return false }
        guard norm.utf8.count >= 7, !norm.utf8.contains(0x2D) else { return false }
        return endings.contains { norm.hasSuffix($0) && norm.utf8.count >= $0.utf8.count + 3 }
    }
}
