import ParoleCore

/// The period of an abbreviated month before a year (`le 12 sept. 2024`, `3 janv. 2025`):
/// the abbreviation's, which ends no sentence. The tokenizer keeps the period apart from the
/// month (`janv` `.`), where a lone period before a number would otherwise end a sentence.
/// The abbreviations are ICU's French short month names that end in a period.
enum MonthAbbreviations {
    /// ICU's French abbreviated month names without their period, as token norms
    /// (`janv`, `févr`, `sept`, `déc`).
    static let names: Set<String> = {
        var names: Set<String> = []
        for name in LocaleData.shortMonthNames(in: "fr") where name.hasSuffix(".") {
            names.insert(Normalizer.normalize(String(name.dropLast()), form: .nfkcCaseFold))
        }
        return names
    }()

    /// Whether token `index` is a lone period glued to an abbreviated month name and followed
    /// by a year of four digits.
    static func isPeriodBeforeYear(at index: Int, tokens: TokenList, units: [UInt16]) -> Bool {
        guard index >= 1, index + 1 < tokens.count, tokens.kind(at: index - 1) == .word,
            tokens.kind(at: index + 1) == .number
        else { return false }
        let period = tokens.span(at: index)
        guard period.length == 1, units[period.start] == 0x2E, tokens.span(at: index - 1).end == period.start
        else { return false }
        let year = tokens.span(at: index + 1)
        guard year.length == 4, (year.start..<year.end).allSatisfy({ units[$0].isDigitUnit }) else { return false }
        return names.contains(tokens.norm(at: index - 1))
    }
}
