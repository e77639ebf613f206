import ParoleCore
import ParoleText

/// Names of bodies that go on with their purpose before the acronym that abbreviates
/// them, when the acronym's letters do not spell the French words (an English acronym,
/// words skipped): `Conseil norvégien pour les réfugiés (NRC)`, `Société de protection
/// des forêts contre le feu (SOPFEU)`. The purpose is `pour`, `contre` or `sur` with an
/// article and at most three lowercase nouns or adjectives, right before the parenthesis.
struct PurposeComplements {
    let context: EntityContext

    /// Prepositions that open a body's purpose (by key).
    static let prepositions = FrenchWordLists.grammar.keys(.purpose)

    /// `mentions` with the organisations and events that end right before such a purpose
    /// and an acronym in parentheses taking in the purpose.
    func apply(to mentions: [Mention], in range: Range<Int>, claimed: inout [Bool]) -> [Mention] {
        var result = mentions
        for position in result.indices {
            let mention = result[position]
            guard mention.label == .organization || mention.label == .miscellaneous,
                let end = mention.tokens.count >= 2
                    ? purposeEnd(after: mention.tokens.upperBound, limit: range.upperBound, claimed: claimed)
                    : nil
                        ?? namedPurposeEnd(of: mention, limit: range.upperBound, claimed: claimed)
            else { continue }
            for token in mention.tokens.upperBound..<end { claimed[token] = true }
            result[position].tokens = mention.tokens.lowerBound..<end
        }
        return result
    }

    /// Words that join a second complement inside a purpose: `de l'étude de la neige et
    /// des avalanches`.
    /// Definite articles and `de` forms: what may follow a joiner.
    static let articlesAndDe = FrenchWordLists.grammar.keys(.definite, .deForms)
    static let joiners = FrenchWordLists.grammar.keys(.deForms, .coordinator)

    /// The end of the purpose of a body named by its capitalised head noun, with no acronym
    /// after it: `l'Institut pour la justice`, `l'Institut pour l'étude de la neige et des
    /// avalanches`: `pour`, an article, a lowercase noun, then adjectives and complements
    /// joined by `de` or `et`; `nil` when the mention opens with no organisation's head.
    private func namedPurposeEnd(of mention: Mention, limit: Int, claimed: [Bool]) -> Int? {
        let traits = context.traits
        let start = mention.tokens.upperBound
        guard mention.label == .organization, traits[mention.tokens.lowerBound].isCapitalized,
            traits[mention.tokens.lowerBound].cue.cueLabel == .organization,
            mention.tokens.dropFirst().allSatisfy({ !traits[$0].isCapitalized }),
            start + 2 < limit, traits[start].isWord, context.key(start) == "pour",
            EntityLexicons.articles.contains(context.key(start + 1)), isPurposeNoun(start + 2, claimed: claimed)
        else { return nil }
        var end = start + 3
        while end < limit, !claimed[end], traits[end].isWord, !traits[end].isCapitalized {
            if traits[end].isAdjective, !traits[end].isVerb {
                end += 1
                continue
            }
            // `… de la neige`, `… et des avalanches`, `… et la démocratie`.
            guard Self.joiners.contains(context.key(end)) || context.key(end) == "la" || context.key(end) == "les"
            else { break }
            var next = end + 1
            if next < limit, Self.articlesAndDe.contains(context.key(next)),
                context.key(end) == "et" || context.isLa(next)
            {
                next += 1
            }
            guard next < limit, isPurposeNoun(next, claimed: claimed) else { break }
            end = next + 1
        }
        return end
    }

    /// Whether the token at `index` is a lowercase common noun (or a long unknown word).
    private func isPurposeNoun(_ index: Int, claimed: [Bool]) -> Bool {
        let token = context.traits[index]
        guard !claimed[index], token.isWord, !token.isCapitalized, !token.isElision else { return false }
        return token.wordClass == .noun || (token.wordClass == nil && token.isLong && !token.isAdjective)
    }

    /// The end of a purpose starting at `start` and followed by `(ACRONYM)`, or `nil`.
    private func purposeEnd(after start: Int, limit: Int, claimed: [Bool]) -> Int? {
        let traits = context.traits
        guard start + 5 < limit, traits[start].isWord, Self.prepositions.contains(context.key(start)) else {
            return nil
        }
        var index = start + 1
        guard EntityLexicons.articles.contains(context.key(index)) else { return nil }
        index += 1
        let first = index
        while index < limit, index - first < 3, !claimed[index] {
            let token = traits[index]
            guard token.isWord, !token.isCapitalized, !token.isElision, token.wordClass != .function,
                token.wordClass != .verb
                    || token.isAdjective
            else { break }
            index += 1
        }
        guard index > first, index + 2 < limit, context.isPunct(index, 0x28), context.isPunct(index + 2, 0x29),
            traits[index + 1].isAcronym
        else { return nil }
        return index
    }
}
