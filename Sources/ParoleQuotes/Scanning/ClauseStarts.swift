import ParoleCore

/// Where the words of a clause start: after a dateline (`GENÈVE (ATS) - `, `5 juillet
/// 2012. - `) and after the conjunctions and adverbs that lead it (`Mais le ministre`).
extension QuoteText {
    /// The first token of `range` after what may lead a phrase without being part of
    /// it: conjunctions and adverbs (`Mais le ministre`), and a dateline (`5 juillet
    /// 2012. -`, `GENÈVE (ATS) -`).
    func skipLead(in range: Range<Int>) -> Int {
        var index = range.lowerBound
        if let dash = datelineEnd(in: range) { index = dash }
        while index < range.upperBound && isAny(index, [.conjunction, .adverb])
            && !isAny(index, [.determiner, .subordinator])
        {
            index += 1
        }
        return index
    }

    /// The token after a dateline's dash when `range` opens a line with one: a dash
    /// within its first tokens after a period (`Un mufti en Algérie. - `, `5 juillet
    /// 2012. - `), or after names, dates and brackets (`GENÈVE (ATS) - `).
    func datelineEnd(in range: Range<Int>) -> Int? {
        guard !range.isEmpty, startsLine(range.lowerBound) else { return nil }
        var index = range.lowerBound + 1
        var onlyNamesAndDates = true
        while index < min(range.upperBound, range.lowerBound + 16) {
            if isDash(index) || isPunctuation(index, .hyphen) {
                let before = index - 1
                let fits =
                    isTerminal(before)
                    || onlyNamesAndDates
                        && (isPunctuation(before, .closingBracket) || isNumber(before) || isCapitalized(before))
                return fits && index + 1 < range.upperBound ? index + 1 : nil
            }
            if isQuotationMark(index) && !isTerminal(index - 1) { return nil }
            if isWord(index) && !isCapitalized(index) && !isAny(index, .time) { onlyNamesAndDates = false }
            index += 1
        }
        return nil
    }
}
