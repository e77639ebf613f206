import ParoleCore

/// A subject and its appositions before the verb (`Marie Durand, présidente de
/// l'Association des riverains (ADR), a appelé le maire à « ... »`): the verb after
/// the last comma is no incise, and the phrase after it is its object.
extension QuoteScan {
    /// Whether the words of the frame before the comma at `comma` are a subject phrase
    /// followed by one apposition or more: the frame opens (after a fronted complement)
    /// with a name or a speaker phrase, the segment before `comma` reads as an apposition (a phrase, a
    /// participle, a complement, an aside in brackets), and no segment holds a verb
    /// group (but a relative clause), a quotation or an end mark. A verb group that opens
    /// a segment after the first counts too (`Le chauffeur, lui, est blessé, mais conscient,
    /// a indiqué X`: the subject has its verb, so the comma closes a clause).
    func endsApposedSubject(atComma comma: Int) -> Bool {
        let frame = frame(of: comma)
        var start = text.skipLead(in: frame)
        // `Après sept heures de délibérations, le jury ...`: a fronted complement comes first.
        if start < comma && text.isAny(start, [.preposition, .time]) && !text.isAny(start, .determiner),
            let first = (start..<min(comma, start + 12)).first(where: { text.isComma($0) })
        {
            start = first + 1
        }
        guard start < comma else { return false }
        var segments = 0
        var segmentStart = start
        var index = start
        var opensRelative = false
        while index <= comma {
            if index == comma || text.isComma(index) {
                guard segmentStart < index else { return false }
                segments += 1
                if segments == 1 && !isNamingPhrase(segmentStart..<index) { return false }
                if index == comma && !(segments > 1 && readsAsApposition(segmentStart..<index)) { return false }
                segmentStart = index + 1
                index += 1
                opensRelative =
                    segmentStart < comma && text.isAny(segmentStart, .relative)
                    && !text.isAny(segmentStart, .determiner)
                continue
            }
            if text.isQuotationMark(index) || text.isTerminal(index) || text.isPunctuation(index, [.colon, .semicolon])
                || text.isDash(index)
            {
                return false
            }
            if !opensRelative && (index > segmentStart || segments > 0) && startsVerbGroup(index) { return false }
            index += 1
        }
        return segments > 1
    }

    /// Whether `range` is exactly a phrase that names someone: a name, a phrase with a
    /// speaker noun, or a noun with its determiner (`Marie Durand`, `Le directeur du
    /// port`, `le jury de la cour d'assises`).
    private func isNamingPhrase(_ range: Range<Int>) -> Bool {
        guard let phrase = text.phrase(startingAt: range.lowerBound, before: range.upperBound),
            phrase.tokens.upperBound == range.upperBound
        else { return false }
        return phrase.entity != nil || phrase.head != nil || text.isAny(range.lowerBound, .determiner)
    }

    /// Whether segment `range` reads as an apposition rather than a predicate: it
    /// opens with a determiner, a title, a name, a number, a speaker noun or an
    /// adjective before one, a participle, a preposition or a relative, or ends with
    /// an aside in brackets.
    private func readsAsApposition(_ range: Range<Int>) -> Bool {
        let opener = range.lowerBound
        if text.isPunctuation(range.upperBound - 1, .closingBracket) { return true }
        if text.isNumber(opener) || text.isHonorific(opener) || text.isCapitalized(opener) && text.isWord(opener) {
            return true
        }
        if text.isAny(opener, [.determiner, .speakerHead, .prenominal, .preposition, .relative]) { return true }
        return text.looksLikeAgentParticiple(opener)
    }
}
