import ParoleCore

/// What may stand between an inverted verb and its subject besides complements: an
/// aside between commas that names nobody (`a déclaré, quelques minutes après le
/// match, l'attaquant`), time words, and the name of a medium before the subject (`a
/// expliqué à la radio Cadena SER la ministre`).
extension QuoteScan {
    /// The index after the time words and dates that start at `start`.
    func skipTimeWords(from start: Int, before upper: Int) -> Int {
        var index = start
        while index < upper && (text.isAny(index, .time) || text.isInDate(index)) { index += 1 }
        return index
    }

    /// The comma that ends an aside starting at `start`: a complement that opens with
    /// a time expression, a preposition other than `de` or an adverb, up to the first comma within
    /// twelve tokens, with words, numbers and brackets only before it.
    func asideEnd(from start: Int, before upper: Int) -> Int? {
        // (Not `de`: `reprit de Marsay` is a name.)
        guard start < upper,
            text.isInDate(start)
                || text.isAny(start, [.preposition, .time, .adverb]) && !text.isAny(start, .determiner),
            text.keyword(start)?.isDeForm != true
        else { return nil }
        var index = start
        while index < min(upper, start + 12) {
            if text.isComma(index) { return index > start ? index : nil }
            guard
                text.isWord(index) || text.isNumber(index)
                    || text.isPunctuation(index, [.openingBracket, .closingBracket]),
                !startsVerbGroup(index)
            else { return nil }
            index += 1
        }
        return nil
    }

    /// The subject after a name that ends a complement (`à la radio Cadena SER la
    /// ministre`, `au quotidien Le Temps Paul Girard`): when an organisation's name follows
    /// a common noun, in apposition to it, and a phrase with a determiner that can name a
    /// speaker, or a person's name, follows the name, that phrase.
    func subject(afterMediaName phrase: NounPhrase, before upper: Int) -> NounPhrase? {
        let start = phrase.tokens.lowerBound
        let after = phrase.tokens.upperBound
        guard let entity = phrase.entity, entity.lowerBound == start, start > 0,
            text.entity(at: start).map({ $0.label != .person }) == true,
            text.isWord(start - 1), !text.isCapitalized(start - 1),
            !text.isAny(start - 1, [.determiner, .preposition]),
            after < upper,
            text.isAny(after, .determiner) || text.entity(at: after).map({ $0.label == .person }) == true,
            let next = text.phrase(startingAt: after, before: upper), isPlausibleSpeaker(next)
        else { return nil }
        return next
    }
}
