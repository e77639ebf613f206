import ParoleCore

extension EntityContext {
    /// Marks as sentence-initial the capitalised definite articles (`Le`, `La`, `Les`) that
    /// open a clause glued to what comes before them, where the sentence splitter saw no
    /// boundary: after a headline's kicker or a list item's name (`Au CERN Le Conseil
    /// fédéral s'offre …`, `Valérie Dittli Le Centre 59 678 voix`), or after a dateline in
    /// parentheses at the start of a sentence (`(Québec) Le Service de police …`). Inside a
    /// sentence a capital on an article belongs to a name (`Le Monde`, `Marine Le Pen`), so
    /// an article is marked only when the word before it is a capitalised word that is no
    /// first name and the word after it a capitalised common noun (`Conseil`, not `Pen`),
    /// or when the parenthesis before it closes the sentence's opening dateline.
    ///
    /// The mark ends the name run before the article (``NameRunFinder``), and lets the head
    /// after it begin a name and the article be left out of it as at a sentence's start.
    static func markClauseArticles(_ traits: inout TokenTraitsTable, tokens: TokenList, ranges: [Range<Int>]) {
        for range in ranges where range.count > 2 {
            for index in (range.lowerBound + 1)..<(range.upperBound - 1) where index + 1 < tokens.count {
                let article = traits[index]
                guard article.isWord, article.isCapitalized, article.isArticle, !article.isElision,
                    !article.isAcronym, !article.isSentenceInitial
                else { continue }
                if closesDateline(before: index, tokens: tokens, sentenceStart: range.lowerBound)
                    || joinsClause(at: index, traits: traits)
                {
                    traits.insert(.sentenceInitial, at: index)
                }
            }
        }
    }

    /// Whether the article at `index` follows a capitalised word that is no first name nor
    /// title, and comes before a capitalised common noun: the kicker's or the list item's
    /// name ends before it.
    private static func joinsClause(at index: Int, traits: TokenTraitsTable) -> Bool {
        let before = traits[index - 1]
        let after = traits[index + 1]
        guard before.isWord, before.isCapitalized, !before.isElision, !before.isFirstName, !before.isHonorific,
            !before.isArticle
        else { return false }
        return after.isWord && after.isCapitalized && !after.isAcronym && !after.isElision && !after.isFirstName
            && after.wordClass == .noun
    }

    /// Whether token `index` follows a closing parenthesis whose opening one begins the
    /// sentence, a few words before: a dateline (`(Québec) Les Québécois …`).
    private static func closesDateline(before index: Int, tokens: TokenList, sentenceStart: Int) -> Bool {
        let close = index - 1
        guard close - sentenceStart >= 2, close - sentenceStart <= maximumDatelineWords + 1,
            tokens.kind(at: close) == .punct, tokens.norm(at: close) == ")",
            tokens.kind(at: sentenceStart) == .punct, tokens.norm(at: sentenceStart) == "("
        else { return false }
        return ((sentenceStart + 1)..<close).allSatisfy { tokens.kind(at: $0) == .word }
    }

    /// The most words a dateline in parentheses holds (`(Saint-Jean-sur-Richelieu)`).
    static let maximumDatelineWords = 4
}
