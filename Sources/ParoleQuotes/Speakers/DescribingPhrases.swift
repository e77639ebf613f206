import ParoleCore

/// The words that describe a speaker around its name, as the text writes them: an
/// organisation's name with the noun before it and the adjectives and complements
/// after it (`le ministère des Affaires étrangères égyptien`, `le Conseil norvégien
/// pour les réfugiés`, `le syndicat IG Metall`), so
/// that the speaker's words are the whole phrase while its canonical name stays the
/// entity's; and an unnamed speaker with the relative clause that tells which one
/// (`un psychiatre qui n'a pas participé aux travaux`).
extension QuoteText {
    /// The tokens of `phrase` that describe the organisation it names: the phrase,
    /// without an acronym in brackets at its end, when its noun stands before the name
    /// or an adjective or a complement follows the name (and no speech verb does).
    /// `nil` for a person, a phrase without a name, or a name alone with its article.
    func describingTokens(of phrase: NounPhrase) -> Range<Int>? {
        guard let entity = phrase.entity, let named = self.entity(at: entity.lowerBound), named.label != .person else {
            return nil
        }
        // A noun before the name: `le syndicat IG Metall`.
        let apposed = phrase.head.map { $0 < entity.lowerBound } ?? false
        var end = withoutAcronym(phrase.tokens).upperBound
        if end > entity.upperBound && isWord(entity.upperBound) {
            // An adjective (`égyptien`) or a complement (`de`, `pour`) after the name; no speech verb.
            let first = entity.upperBound
            let complement = keyword(first)?.isDeForm == true || isKeyword(first, .pour)
            if !(complement || !isCapitalized(first) && !isAny(first, [.preposition, .determiner]))
                || (first..<end).contains(where: { hasReadings($0) })
            {
                end = entity.upperBound
            }
        } else {
            end = entity.upperBound
        }
        guard end > entity.upperBound || apposed else { return nil }
        return phrase.tokens.lowerBound..<end
    }

    /// `tokens` without an acronym in brackets at their end (`le Conseil norvégien pour
    /// les réfugiés (NRC)`): another name, not a description.
    func withoutAcronym(_ tokens: Range<Int>) -> Range<Int> {
        let end = tokens.upperBound
        guard end - 3 > tokens.lowerBound, isPunctuation(end - 1, .closingBracket),
            isPunctuation(end - 3, .openingBracket)
        else {
            return tokens
        }
        return tokens.lowerBound..<(end - 3)
    }

    /// The tokens of an indefinite phrase with no name (`un psychiatre de
    /// l'Université`) and the relative clause right after it, without a comma (`qui
    /// n'a pas participé aux travaux`), up to the next comma or end mark; `nil` when
    /// no such clause follows.
    func describingTokens(withRelativeAfter phrase: NounPhrase) -> Range<Int>? {
        guard phrase.entity == nil, let first = phrase.tokens.first, isKeyword(first, .un) || isKeyword(first, .une)
        else {
            return nil
        }
        let relative = phrase.tokens.upperBound
        guard relative < count, isKeyword(relative, .qui) else { return nil }
        var end = relative + 1
        while end < count && end < relative + 16 && (isWord(end) || isNumber(end)) && !startsLine(end) { end += 1 }
        guard end > relative + 1, end >= count || startsLine(end) || isComma(end) || isTerminal(end) else { return nil }
        return phrase.tokens.lowerBound..<end
    }
}
