import ParoleCore
import ParoleText

/// A short name in parentheses right after a name says what it is by what it follows:
/// after a person, their party or club (`Didier Martin (Les Engagés)` → ORG, article
/// included); after a place, its region (`Florange (Moselle)` → LOC).
struct Parentheticals {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// Articles that begin a party's name in parentheses (`Les Républicains`), by key.
    static let articles = FrenchWordLists.grammar.keys(.definite)

    /// `mentions` (of one sentence, in text order) with the parenthesised names after a
    /// person or a place relabelled, or added with their tokens marked in `claimed`.
    func apply(to mentions: [Mention], in range: Range<Int>, claimed: inout [Bool]) -> [Mention] {
        var result = mentions
        for mention in mentions where mention.label == .person || mention.label == .location {
            let open = mention.tokens.upperBound
            guard open + 2 < range.upperBound, context.isPunct(open, 0x28),
                let close = ((open + 2)..<min(range.upperBound, open + 6)).first(where: { !context.traits[$0].isWord }),
                context.isPunct(close, 0x29), isShortName((open + 1)..<close)
            else { continue }
            let inner = (open + 1)..<close
            // An acronym after a place abbreviates the name it ends (`… d'Afrique de l'Ouest (CEDEAO)`).
            if mention.label == .location, inner.count == 1, context.traits[inner.lowerBound].isAcronym { continue }
            let label: Entity.Label = mention.label == .person ? .organization : .location
            // A name the lexicons know keeps its label (`(PS)`, `(Moselle)`).
            if result.contains(where: { $0.tokens.overlaps(inner) && $0.strength >= .lexicon }) { continue }
            result.removeAll { $0.tokens.overlaps(inner) }
            result.append(Mention(tokens: inner, label: label, strength: .context))
            for token in inner { claimed[token] = true }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Whether `range` is a short name: capitalised words, after a capitalised article
    /// at most, with `de` particles between.
    private func isShortName(_ range: Range<Int>) -> Bool {
        let traits = context.traits
        guard let first = range.first, traits[first].isCapitalized else { return false }
        var sawName = false
        for index in range {
            let token = traits[index]
            guard token.isWord else { return false }
            let isArticle = Self.articles.contains(context.key(index))
            if index == first && isArticle { continue }
            if token.isCapitalized {
                guard !token.isCalendarWord, !token.isHonorific else { return false }
                sawName = true
            } else if index == first || !(token.isDeForm || isArticle) {
                return false
            }
        }
        return sawName
    }
}
