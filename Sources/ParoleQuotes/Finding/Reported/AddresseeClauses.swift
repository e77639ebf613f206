import ParoleCore

/// Reported clauses after the person told: a verb built `qn que` (the lexicon's `addr`
/// frame: `a informé le ministre que ...`, `a prévenu la direction que ...`, `a informé
/// les élus de ce que ...`). The object must name someone who can be told (a person, an
/// organisation, a role or group noun), so that a relative `que` after an ordinary object
/// (`a annoncé les mesures que ...`) is never read so.
extension QuoteFinder {
    /// The clause after `que` (or `de ce que`) that follows the addressee of `cue`, with
    /// time words and adverbials before the addressee (`a informé mardi les élus que`).
    func clauseAfterAddressee(_ cue: SpeechCue) -> Range<Int>? {
        guard cue.frames.contains(.addressee) else { return nil }
        let upper = scan.frame(of: cue.verb).upperBound
        let finder = SpeechCueFinder(text: text)
        var index = finder.skipAdverbials(from: cue.tokens.upperBound)
        index = scan.skipTimeWords(from: index, before: upper)
        guard index < upper, !scan.isQuoted(index),
            let phrase = text.phrase(startingAt: index, before: upper), scan.isPlausibleSpeaker(phrase)
        else { return nil }
        var que = phrase.tokens.upperBound
        // `de ce que`: the addressee is told of a fact.
        if que + 2 < upper, isDePreposition(que),
            text.isKeyword(que + 1, .ce), text.isQue(que + 2)
        {
            que += 2
        }
        guard que < upper, text.isQue(que), !isComparativeQue(que, from: cue.tokens.upperBound) else { return nil }
        let start = que + 1
        let end = clauseEnd(from: start, cue: cue)
        return start < end ? start..<end : nil
    }
}
