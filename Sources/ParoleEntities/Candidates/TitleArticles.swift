import ParoleCore

/// Articles written with a capital inside a sentence belong to the title they open:
/// `selon L'Express`, `dans Les Échos`, `d'après Le Canard enchaîné`. A capital on `Le`,
/// `La`, `L'`, `Les` away from a sentence's start marks the article as part of the name
/// of a newspaper, a party or a work; a person's or a place's name is left alone.
struct TitleArticles {
    let context: EntityContext

    /// `mentions` with the capitalised article before an organisation or other name taken in.
    func apply(to mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        var result = mentions
        for index in result.indices {
            let mention = result[index]
            guard mention.label == .organization || mention.label == .miscellaneous else { continue }
            let article = mention.tokens.lowerBound - 1
            guard article >= 0, !claimed[article] else { continue }
            let traits = context.traits[article]
            guard traits.isWord, traits.isCapitalized, traits.isArticle, !traits.isAcronym,
                !traits.isSentenceInitial, !context.isLineBreak(before: article + 1),
                context.tokens.span(at: article).end == context.tokens.span(at: article + 1).start
                    || !traits.isElision
            else { continue }
            result[index].tokens = article..<mention.tokens.upperBound
            claimed[article] = true
        }
        return relabelUntitled(result)
    }

    /// `mentions` where the names an organisation's title writes after its capitalised
    /// article elsewhere in the document are organisations when written after a lowercase
    /// article or a preposition (`au journal Le Figaro` … `tacle le Figaro`), unless a
    /// lexicon knows them.
    private func relabelUntitled(_ mentions: [Mention]) -> [Mention] {
        var titled: Set<String> = []
        for mention in mentions where mention.label == .organization && mention.tokens.count >= 2 {
            let article = context.traits[mention.tokens.lowerBound]
            guard article.isArticle, article.isCapitalized, !article.isSentenceInitial else { continue }
            titled.insert(context.key((mention.tokens.lowerBound + 1)..<mention.tokens.upperBound))
        }
        guard !titled.isEmpty else { return mentions }
        var result = mentions
        for index in result.indices where result[index].strength < .lexicon {
            let mention = result[index]
            guard mention.label == .location || mention.label == .person, titled.contains(context.key(mention.tokens))
            else { continue }
            result[index].label = .organization
            result[index].isDefault = false
        }
        return result
    }
}
