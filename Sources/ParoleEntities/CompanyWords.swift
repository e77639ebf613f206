/// Single words that end with a word companies and public bodies build their names
/// on: `Bpifrance`, `Arianespace`, `Eurotech`, `Microsoft`. The ending must follow at
/// least three letters, and the word must be no common word (`Internet`) nor a place.
enum CompanyWords {
    /// Endings, in lowercase.
    static let endings: [String] = ["france", "space", "tech", "soft", "pharma", "telecom", "energies", "bank"]

    /// Whether the lowercase norm `norm` ends with a company's word after three letters.
    static func endsWithCompanyWord(_ norm: String) -> Bool {
        guard norm.utf8.count >= 7, !norm.contains("-") else { return false }
        return endings.contains { norm.hasSuffix($0) && norm.utf8.count >= $0.utf8.count + 3 }
    }
}
