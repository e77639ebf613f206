import ParoleCore

/// The `que` of a speech verb after a long complement of place or occasion that holds
/// words the search of ``QuoteFinder/clauseAfterQue(_:)`` stops at (a relative clause, an
/// article, `ainsi que`), when a comma closes it: `a indiqué dans sa réponse aux experts
/// qui demandent sa libération, que …`, `a déclaré en marge de sa visite des chantiers
/// ainsi que des travaux du nouveau service, qu'…`.
extension QuoteFinder {
    /// The clause after the first `, que` when a preposition opens what follows the verb
    /// (adverbs and time words aside): the verb's object is then the clause, not a noun
    /// phrase, and the words up to the comma are its circumstances. Within a few dozen
    /// tokens of the sentence, with no end mark, colon, semicolon, quotation mark or other
    /// verb reporting a clause before the comma, but in a relative clause (`qui demandent`).
    func clauseAfterComplements(_ cue: SpeechCue) -> Range<Int>? {
        let frame = scan.frame(of: cue.verb)
        let first = scan.skipTimeWords(
            from: SpeechCueFinder(text: text).skipAdverbials(from: cue.tokens.upperBound), before: frame.upperBound)
        guard first < frame.upperBound, text.isAny(first, .preposition), !text.isAny(first, .determiner),
            text.keyword(first)?.isDeForm != true
        else { return nil }
        var index = first + 1
        var inRelative = false
        while index + 1 < min(frame.upperBound, first + 40) {
            if text.isTerminal(index) || text.isQuotationMark(index) || text.isPunctuation(index, .colon)
                || text.isPunctuation(index, .semicolon)
                || scan.cue(startingAt: index).map({ $0.frames.contains(.que) }) == true
                    && !text.isAny(index - 1, .relative)
                || !inRelative && opensObject(index)
            {
                return nil
            }
            inRelative = inRelative || text.isAny(index, .relative) && !text.isAny(index, .determiner)
            if text.isComma(index) && text.isQue(index + 1) {
                let end = clauseEnd(from: index + 2, cue: cue)
                return index + 2 < end ? (index + 2)..<end : nil
            }
            index += 1
        }
        return nil
    }

    /// Whether token `index` opens a noun phrase that no preposition, `et`, `mais` or
    /// `ainsi que` governs: the verb's object (`a annoncé dans la salle le projet, que le
    /// conseil votera`), whose `, que` is a relative.
    private func opensObject(_ index: Int) -> Bool {
        guard text.isAny(index, .determiner), !text.isAny(index, .preposition) else { return false }
        let previous = index - 1
        return !text.isAny(previous, .preposition) && !text.isQue(previous)
            && text.keyword(previous)?.isCoordinator != true
    }
}
