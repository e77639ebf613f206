import ParoleCore

/// Quotations in headings. A title or an intertitle is a short line with no final
/// punctuation (`Une « crise existentielle »`, `« Période difficile »`, `Ueli Maurer :
/// pas question de céder à l'« hystérie »`). News puts there the words of the article's
/// speakers, so a quotation in a heading is a quote even when it is short and capitalised
/// (which in running text reads as a title or a name): the editor quotes, never titles,
/// in a heading.
extension QuoteFinder {
    /// The most words a heading holds.
    static let headingWordLimit = 20

    /// Whether `pair` sits in a heading: its line holds at most ``headingWordLimit``
    /// words and does not end with final punctuation (closing marks stepped over).
    func isInHeading(_ pair: MarkPair) -> Bool {
        guard !pair.isOpenEnded else { return false }
        var words = 0
        var start = pair.open
        while start > 0 && !text.startsLine(start) {
            start -= 1
            if text.isWord(start) { words += 1 }
            if words > Self.headingWordLimit { return false }
        }
        var end = pair.open + 1
        var last = pair.open
        while end < text.count && !text.startsLine(end) {
            if text.isWord(end) { words += 1 }
            if words > Self.headingWordLimit { return false }
            if !text.isQuotationMark(end) { last = end }
            end += 1
        }
        return !text.isTerminal(last) && !text.isPunctuation(last, .colon)
    }

    /// The speaker of a quotation in a heading that no rule attributes: the person the
    /// heading opens with before a colon (`Ueli Maurer : pas question de céder à
    /// l'« hystérie »`), else the subject of the heading's clause (see
    /// ``headingClauseSubject(_:lineStart:)``), else the person it closes with after
    /// `pour` (`Des allégations « mensongères » pour Valls`), else nobody (`Une « crise
    /// existentielle »`).
    func headingSpeaker(_ pair: MarkPair) -> SpeakerRef {
        var start = pair.open
        while start > 0 && !text.startsLine(start) { start -= 1 }
        if let name = personName(at: start), name.upperBound < pair.open, text.isPunctuation(name.upperBound, .colon) {
            return speakerPhrase(name)
        }
        if let subject = headingClauseSubject(pair, lineStart: start) { return subject }
        var end = pair.close + 1
        while end < text.count && !text.startsLine(end) { end += 1 }
        var index = pair.close + 1
        while index < end {
            if text.isKeyword(index, .pour), index + 1 < end, let name = personName(at: index + 1),
                name.upperBound == end
            {
                return speakerPhrase(name)
            }
            index += 1
        }
        return .none
    }

    /// The subject of the heading's clause that holds `pair`: the phrase that opens the
    /// clause after the heading's last colon or dash before the quotation, when it names a
    /// person, an organisation or a group and a verb the lexicon reads as finite (or the
    /// `ne` of one inside the quotation) follows it before the quotation (`Attentats : la
    /// mairie ne « laissera pas tomber » les salles`, `Que faire ? – Le gouvernement sort
    /// son dispositif « renforcé »`). A subject the quotation follows with no verb names
    /// nobody (`Masque : le ministre « en retard »`): the editor describes it.
    private func headingClauseSubject(_ pair: MarkPair, lineStart: Int) -> SpeakerRef? {
        let from = max(lineStart, scan.frames[scan.frameIndex(of: pair.open)].lowerBound)
        guard from < pair.open,
            let clause = (from..<pair.open).last(where: { text.isPunctuation($0, [.colon, .dash]) }),
            let phrase = text.phrase(startingAt: clause + 1, before: pair.open),
            phrase.isPerson || phrase.entity != nil || namesGroup(phrase),
            (phrase.tokens.upperBound..<pair.open).contains(where: { text.isNe($0) || isFiniteVerb($0) })
        else { return nil }
        return .phrase(phrase)
    }

    /// The tokens of the person's name that starts at token `index`.
    private func personName(at index: Int) -> Range<Int>? {
        guard index < text.count, let name = text.entityTokens(at: index), name.lowerBound == index,
            text.entity(at: index)?.label == .person
        else { return nil }
        return name
    }

    /// The speaker that the name over `name` refers to.
    private func speakerPhrase(_ name: Range<Int>) -> SpeakerRef {
        guard let phrase = text.phrase(endingAt: name.upperBound - 1, notBefore: name.lowerBound),
            phrase.tokens.lowerBound == name.lowerBound
        else { return .none }
        return .phrase(phrase)
    }
}
