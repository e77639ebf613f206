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
            // (A past participle opens a phrase of its own: `le rapport de la Cour des comptes publié mercredi`.)
            if !(complement || !isCapitalized(first) && !isAny(first, [.preposition, .determiner]))
                || (first..<end).contains(where: { hasReadings($0) })
                || !complement && hasVerbTime(first, .pastParticiple)
            {
                end = entity.upperBound
            }
        } else {
            end = entity.upperBound
        }
        guard end > entity.upperBound || apposed else { return nil }
        return phrase.tokens.lowerBound..<end
    }

    /// The tokens of a person's phrase without a past participle after its noun that
    /// tells how the reporter met the speaker or in what state (`un porte-parole joint par
    /// téléphone`, `cette riveraine émue par l'incendie`, `le maire interrogé sur la radio`):
    /// a form the French lexicon reads as a past participle, of the noun's gender, followed
    /// by the agent `par`, or, after a definite or demonstrative phrase, by another
    /// preposition than `de` (an indefinite phrase needs its participle to tell which one:
    /// `un électeur rencontré devant la mairie`); a form that is also a role or a speaker's
    /// noun (`délégué`, `élu`) only before `par`, so that a role keeps its own participle
    /// (`le ministre délégué aux Transports`; `la ministre chargée du logement` has `de`).
    func withoutParticipleTail(_ phrase: NounPhrase) -> Range<Int> {
        let tokens = phrase.tokens
        guard phrase.isPerson, phrase.entity == nil, let head = phrase.head else { return tokens }
        let indefinite = [.un, .une, .des].contains(keyword(tokens.lowerBound))
        var index = head + 1
        while index < tokens.upperBound && index + 1 < count {
            if isWord(index) && !isCapitalized(index) && !isInEntity(index),
                isParticipleTail(index, gender: phrase.gender, indefinite: indefinite)
            {
                return tokens.lowerBound..<index
            }
            index += 1
        }
        return tokens
    }

    /// Whether token `index` is a past participle that opens a phrase of its own (see
    /// ``withoutParticipleTail(_:)``).
    private func isParticipleTail(_ index: Int, gender: Gender?, indefinite: Bool) -> Bool {
        let next = index + 1
        let agent = isKeyword(next, .par)
        guard isAny(next, .preposition), keyword(next)?.isDeForm != true, agent || !indefinite else { return false }
        if let gender, let own = info(index).gender, own != gender { return false }
        guard hasVerbTime(index, .pastParticiple) else { return false }
        return agent || !isAny(index, [.role, .speakerHead])
    }

    /// The words of a person's phrase with no name that describe its speaker, when they
    /// are the whole phrase: a role or person noun keeps the acronym in brackets of the
    /// body it serves (`l'inspecteur de la police judiciaire (PJ)`) and the complements
    /// listed after it with commas when `et` and a `de` close the list (`le ministre de
    /// l'Agriculture, de la Pêche et des Français établis hors de France`); `nil` for any
    /// other phrase.
    func describingRoleTokens(of phrase: NounPhrase) -> Range<Int>? {
        guard phrase.isPerson, phrase.entity == nil, let head = phrase.head, isAny(head, [.role, .personNoun]),
            withoutParticipleTail(phrase) == phrase.tokens
        else { return nil }
        return phrase.tokens.lowerBound..<listedComplementsEnd(after: phrase.tokens.upperBound)
    }

    /// The end of the complements listed with commas from token `end` on (`, de la Pêche
    /// et des Français établis hors de France`): at most three, each a `de` phrase after
    /// a comma, the last joined by `et` and a `de`, with a present participle's complement
    /// (`résidant à l'étranger`); `end` itself when no such list follows.
    private func listedComplementsEnd(after end: Int) -> Int {
        var last = end
        for _ in 0..<3 {
            guard last + 2 < count, isComma(last), let word = keyword(last + 1), word.isDeForm,
                let complement = phrase(
                    startingAt: word == .de || word == .deElided ? last + 2 : last + 1, before: count)
            else { return end }
            let tokens = complement.tokens
            if tokens.contains(where: {
                isKeyword($0, .et) && $0 + 1 < tokens.upperBound && keyword($0 + 1)?.isDeForm == true
            }) {
                return participleComplementEnd(after: tokens.upperBound)
            }
            last = tokens.upperBound
        }
        return end
    }

    /// The end of the complement of a present participle that ends a phrase at token
    /// `end` (`résidant` | `à l'étranger`), else `end`.
    private func participleComplementEnd(after end: Int) -> Int {
        guard end + 1 < count, isWord(end - 1), !isCapitalized(end - 1), isAny(end, .preposition),
            hasVerbTime(end - 1, .presentParticiple)
        else { return end }
        let start = isAny(end, .determiner) ? end : end + 1
        return phrase(startingAt: start, before: count)?.tokens.upperBound ?? end
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
