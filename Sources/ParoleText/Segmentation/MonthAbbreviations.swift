import ParoleCore

/// The period of an abbreviated month before a year or a lowercase word (`le 12 sept. 2024`,
/// `le 3 janv. prochain`): the abbreviation's, which ends no sentence. The tokenizer keeps the
/// period apart from the month (`janv` `.`), where a lone period before a number or a lowercase
/// word would otherwise end a sentence. The abbreviations are ICU's French short month names
/// that end in a period.
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
    /// by a year of four digits or a lowercase word.
    static func isInnerPeriod(at index: Int, tokens: TokenList, units: [UInt16]) -> Bool {
        guard index >= 1, index + 1 < tokens.count, tokens.kind(at: index - 1) == .word else { return false }
        let period = tokens.span(at: index)
        guard period.length == 1, units[period.start] == 0x2E, tokens.span(at: index - 1).end == period.start
        else { return false }
        let next = tokens.span(at: index + 1)
        switch tokens.kind(at: index + 1) {
        case .number:
            guard next.length == 4, (next.start..<next.end).allSatisfy({ units[$0].isDigitUnit }) else { return false }
        case .word:
            guard units[next.start].isLowercaseUnit else { return false }
        default:
            return false
        }
        return names.contains(tokens.norm(at: index - 1))
    }
}
