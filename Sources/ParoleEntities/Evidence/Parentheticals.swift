import ParoleCore
import ParoleText

/// A short name in parentheses right after a name says what it is by what it follows:
/// after a person or a role noun, their party or club (`Didier Martin (Les Engagés)`,
/// `le bourgmestre (Les Engagés)`, `Paul Lenoir (PACTE, opposition)` → ORG, article
/// included); after a place, its region (`Florange (Moselle)` → LOC).
struct Parentheticals {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// Articles that begin a party's name in parentheses (`Les Républicains`), by key.
    static let articles = FrenchWordLists.grammar.keys(.definite)

    /// `mentions` (of one sentence, in text order) with the parenthesised names after a
    /// person, a place or a role relabelled, or added with their tokens marked in `claimed`.
    func apply(to mentions: [Mention], in range: Range<Int>, claimed: inout [Bool]) -> [Mention] {
        var result = mentions
        for mention in mentions where mention.label == .person || mention.label == .location {
            guard let inner = parenthesisedName(after: mention.tokens.upperBound, in: range) else { continue }
            // An acronym after a place abbreviates the name it ends (`… d'Afrique de l'Ouest (CEDEAO)`).
            if mention.label == .location, inner.count == 1, context.traits[inner.lowerBound].isAcronym { continue }
            let label: Entity.Label = mention.label == .person ? .organization : .location
            // A name the lexicons know keeps its label (`(PS)`, `(Moselle)`).
            if result.contains(where: { $0.tokens.overlaps(inner) && $0.strength >= .lexicon }) { continue }
            relabel(inner, as: label, in: &result, claimed: &claimed)
        }
        // `le bourgmestre (Les Engagés)`, `adjoint (Nouveau Centre)`: after a role, the party.
        for open in range where isRole(before: open, in: range) {
            guard let inner = parenthesisedName(after: open, in: range),
                !context.traits[inner.lowerBound].isFirstName,
                !result.contains(where: {
                    $0.tokens.overlaps(inner) && ($0.label != .organization || $0.strength >= .lexicon)
                })
            else { continue }
            relabel(inner, as: .organization, in: &result, claimed: &claimed)
        }
        // `Meyrin (GE)`, `Vassilis Venizelos (VD)`: a canton's code after a name is where
        // the town lies or the person comes from, a place.
        for open in range where isRegionCode(after: open, in: range) && !abbreviates(before: open, in: range, result) {
            relabel((open + 1)..<(open + 2), as: .location, in: &result, claimed: &claimed)
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Whether `(` at `open`, right after a capitalised word, holds only a Swiss canton's
    /// code in capitals (`(GE)`, `(VD)`).
    private func isRegionCode(after open: Int, in range: Range<Int>) -> Bool {
        guard open > range.lowerBound, open + 2 < range.upperBound, context.isPunct(open, 0x28),
            context.isPunct(open + 2, 0x29)
        else { return false }
        let before = context.traits[open - 1]
        return before.isWord && before.isCapitalized && context.traits[open + 1].isAcronym
            && EntityWordSets.shipped.regionCodes.contains(context.key(open + 1))
    }

    /// Whether the code after `(` at `open` spells the initials of the two capitalised words
    /// before it (`General Electric (GE)`, `Société Générale (SG)`, `Amnesty International
    /// (AI)`): it abbreviates them, unless they are a person's name.
    private func abbreviates(before open: Int, in range: Range<Int>, _ mentions: [Mention]) -> Bool {
        guard open - 2 >= range.lowerBound, context.traits[open - 2].isWord, context.traits[open - 2].isCapitalized,
            !mentions.contains(where: { $0.label == .person && $0.tokens.upperBound == open })
        else { return false }
        return context.key(open - 2).prefix(1) + context.key(open - 1).prefix(1) == context.key(open + 1)
    }

    /// Replaces whatever overlaps `inner` in `result` by a mention of `label`.
    private func relabel(_ inner: Range<Int>, as label: Entity.Label, in result: inout [Mention], claimed: inout [Bool])
    {
        result.removeAll { $0.tokens.overlaps(inner) }
        result.append(Mention(tokens: inner, label: label, strength: .context))
        for token in inner { claimed[token] = true }
    }

    /// Whether the token before `open` is a role noun (`maire`, `adjoint`) that is not
    /// itself capitalised as part of a name.
    private func isRole(before open: Int, in range: Range<Int>) -> Bool {
        guard open > range.lowerBound, context.isPunct(open, 0x28) else { return false }
        let token = context.traits[open - 1]
        return token.isWord && !token.isCapitalized && token.role != nil
    }

    /// The short name in the parentheses opening at `open`: `(Les Engagés)`, or the name
    /// before a comma and a few lowercase words, `(PACTE, opposition)`.
    private func parenthesisedName(after open: Int, in range: Range<Int>) -> Range<Int>? {
        guard open + 2 < range.upperBound, context.isPunct(open, 0x28),
            let close = ((open + 2)..<min(range.upperBound, open + 6)).first(where: { !context.traits[$0].isWord })
        else { return nil }
        let inner = (open + 1)..<close
        guard isShortName(inner) else { return nil }
        if context.isPunct(close, 0x29) { return inner }
        // A comma and one to three lowercase words (the side, the seat) before the close.
        guard context.isPunct(close, 0x2C) else { return nil }
        var index = close + 1
        while index < min(range.upperBound, close + 5), context.traits[index].isWord,
            !context.traits[index].isCapitalized
        {
            index += 1
        }
        guard index > close + 1, index < range.upperBound, context.isPunct(index, 0x29) else { return nil }
        return inner
    }

    /// Whether `range` is a short name: capitalised words, after a capitalised article
    /// at most, with `de` particles between; not one word that names nothing alone
    /// (`entities-not-names.txt`: `le directeur général (DG)` spells the role).
    private func isShortName(_ range: Range<Int>) -> Bool {
        let traits = context.traits
        guard let first = range.first, traits[first].isCapitalized, range.count > 1 || !traits[first].isNotName
        else { return false }
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
