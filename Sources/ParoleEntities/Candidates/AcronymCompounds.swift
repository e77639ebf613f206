import ParoleCore

extension EntityContext {
    /// Whether the word at `index` joins an acronym in capitals to a word by a hyphen
    /// (`CGT-Cheminots`, `SUD-Rail`, `FO-Métaux`): a union's or company's branch, not a
    /// place (`Sud-Ouest`, `Haute-Savoie` open with one capital only; `BAR-LE-DUC`, a
    /// dateline, has no lowercase letter).
    func opensWithAcronym(_ index: Int) -> Bool {
        guard traits[index].isWord, traits[index].isCapitalized else { return false }
        let span = tokens.span(at: index)
        let units = utf16[span.start..<span.end]
        guard let hyphen = units.firstIndex(of: 0x2D), hyphen - span.start >= 2, hyphen + 1 < span.end else {
            return false
        }
        // A dateline in capitals (`BAR-LE-DUC`) is a place: the word after the hyphen has lowercase letters.
        return units[span.start..<hyphen].allSatisfy { $0.isUppercaseUnit } && units[hyphen + 1].isUppercaseUnit
            && units[(hyphen + 2)...].contains { $0.isLowercaseUnit }
    }
}
