import ParoleCore

/// Known organisation names that stand as a minister's portfolio: `le Ministre de
/// l'Education Nationale`, `les ministres de l'Éducation nationale`, `le ministre chargé
/// de l'Éducation nationale`. After a role whose complement is always a portfolio
/// (``TitleContext/portfolioRoles`` other than those that may take a person or a body,
/// ``TitleContext/sharedRoles``: `le commissaire de l'Union africaine`), the known name is
/// the portfolio and names nothing, as a portfolio that no lexicon lists names nothing
/// (``TitleContext/isPortfolio(_:sentenceStart:)``).
struct KnownPortfolios {
    let context: EntityContext

    /// Adjectives allowed between the role and its `de`: `le ministre malien de …`.
    static let maximumAdjectives = 2

    /// Whether the known name at `start` is the portfolio of a role before it.
    func isPortfolio(_ start: Int, sentenceStart: Int) -> Bool {
        let traits = context.traits
        var before = start - 1
        if before > sentenceStart, traits[before].isWord, traits[before].isArticle { before -= 1 }
        guard before > sentenceStart, traits[before].isWord, traits[before].isDeForm else { return false }
        before -= 1
        var adjectives = 0
        while before >= sentenceStart, adjectives < Self.maximumAdjectives, traits[before].isWord,
            traits[before].isAdjective, !context.isPortfolioRole(before)
        {
            adjectives += 1
            before -= 1
        }
        return before >= sentenceStart && traits[before].isWord && context.isPortfolioRole(before)
    }
}

extension EntityContext {
    /// Whether token `index` is a role whose complement is a portfolio only, singular or
    /// plural (`ministres`): one of ``TitleContext/portfolioRoles`` but none of
    /// ``TitleContext/sharedRoles``.
    func isPortfolioRole(_ index: Int) -> Bool {
        var role = key(index)
        if role.hasSuffix("s") { role.removeLast() }
        return TitleContext.portfolioRoles.contains(role) && !TitleContext.sharedRoles.contains(role)
    }
}
