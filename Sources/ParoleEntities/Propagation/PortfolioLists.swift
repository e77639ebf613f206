import ParoleCore

/// The later portfolios of a role that lists several: `la ministre des Affaires
/// étrangères, de la Coopération internationale et de la Francophonie`, `le ministre des
/// Pêches, des Océans et …`. Each item after a comma or `et` is a `de` complement of the
/// same role, a portfolio like the first one (``TitleContext/isPortfolio(_:sentenceStart:)``),
/// and names no organisation.
///
/// The items between the role and the mention are `de` phrases of articles, capitalised
/// words and lowercase nouns or adjectives, joined by commas and `et`; a verb, another
/// mark or a line break ends the list. A name opened by an organisation's head noun
/// (`de la Garde côtière canadienne`) names the body itself and stays.
struct PortfolioLists {
    /// The document's tokens and their traits.
    let context: EntityContext

    /// Tokens walked back from a listed item to its role at most.
    static let maximumDistance = 24

    /// `mentions` without the organisations that are a later item of a role's portfolios.
    func apply(to mentions: [Mention]) -> [Mention] {
        mentions.filter { mention in
            !(mention.label == .organization
                && isListedPortfolio(mention.tokens.lowerBound, known: mention.strength == .lexicon))
        }
    }

    /// Whether the name at `start` follows a `de` form after a comma or `et` in a list of
    /// `de` phrases that a portfolio role opens, or, unless it is a `known` name, right
    /// after the role's own `de` (`le ministre des Pêches, …` when a lexicon name begins
    /// with the word).
    private func isListedPortfolio(_ start: Int, known: Bool) -> Bool {
        let traits = context.traits
        guard !traits[start].isAcronym, !traits[start].cue.contains(.organizationHead) else { return false }
        var index = start - 1
        if index > 0, traits[index].isWord, !traits[index].isDeForm, traits[index].isArticle || traits[index].isElision
        {
            index -= 1
        }
        guard index > 0, traits[index].isWord, traits[index].isDeForm else {
            return false
        }
        if !known, let role = roleBefore(index), context.isDeFormOrAdjective(after: role) { return true }
        index -= 1
        guard context.isPunct(index, 0x2C) || context.isCoordinator(index) else { return false }
        var sawDe = false
        while index > 0, start - index < Self.maximumDistance {
            index -= 1
            if context.isLineBreak(before: index + 1) { return false }
            if context.isPunct(index, 0x2C) { continue }
            guard traits[index].isWord else { return false }
            if context.isPortfolioRole(index) { return sawDe && context.isDeFormOrAdjective(after: index) }
            guard isListWord(index) else { return false }
            if traits[index].isDeForm { sawDe = true }
        }
        return false
    }

    /// The portfolio role before the `de` form at `index`, after up to two lowercase adjectives.
    private func roleBefore(_ index: Int) -> Int? {
        var before = index - 1
        while before > 0, index - before <= 2, context.traits[before].isAdjective, !context.isPortfolioRole(before) {
            before -= 1
        }
        return before >= 0 && context.traits[before].isWord && context.isPortfolioRole(before) ? before : nil
    }

    /// Whether the word at `index` may stand inside a list of portfolios: a `de` form, an
    /// article, `et`, a capitalised word, or a lowercase noun or adjective.
    private func isListWord(_ index: Int) -> Bool {
        let traits = context.traits[index]
        if traits.isDeForm || traits.isArticle || traits.isElision || context.isCoordinator(index) { return true }
        if traits.isCapitalized { return true }
        return traits.wordClass == .noun || traits.wordClass == .adjective || traits.isAdjective
    }
}

extension EntityContext {
    /// Whether the role at `index` is followed by a `de` form, after up to two lowercase
    /// adjectives (`le ministre malien des …`).
    fileprivate func isDeFormOrAdjective(after index: Int) -> Bool {
        var next = index + 1
        while next < tokens.count, next - index <= 2, traits[next].isAdjective { next += 1 }
        return next < tokens.count && traits[next].isWord && traits[next].isDeForm
    }
}
