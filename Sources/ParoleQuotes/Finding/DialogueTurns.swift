import ParoleCore

/// Dialogue turns: speech opened by a dash (`— Bonjour, dit-il.`, `– Non.`, `-- Voyez !`)
/// at the start of a line, or after the end of a sentence when a text runs its
/// dialogue on (`... pas insisté. -- Je vois bien ...`). A turn is direct speech up
/// to the next turn or the end of its line, less its incises; after an incise that
/// ends a sentence, the speech resumes. Quotations inside a turn are part of it.
///
/// Only documents that write dialogue this way get turns: two dashes at least must
/// open turns, and one turn must hold an incise (`dit-il`, `répondit le postillon`),
/// so that dashed lists and asides in news are not read as speech.
extension QuoteFinder {
    /// Adds the dialogue turns of the document.
    mutating func findDialogueTurns() {
        let turns = dialogueTurns()
        guard turns.count >= 2, turns.contains(where: { hasIncise($0) }) else { return }
        // A quotation inside a turn is part of the turn's speech.
        var inTurn = [Bool](repeating: false, count: text.count)
        for turn in turns { for index in turn { inTurn[index] = true } }
        for index in candidates.indices
        where candidates[index].kind == .direct && inTurn[candidates[index].tokens.lowerBound] {
            drop(index)
        }
        for turn in turns { addTurn(turn) }
    }

    /// Whether the dash at `index` opens a turn: at the start of a line, or after an
    /// end mark, a colon or a closing quotation mark, and before a word or a quotation.
    private func opensTurn(_ index: Int) -> Bool {
        guard text.isDash(index), index + 1 < text.count, !scan.isQuoted(index) else { return false }
        let next = index + 1
        guard
            text.isWord(next) || text.isQuotationMark(next) || text.isPunctuation(next, .ellipsis)
                || text.isTerminal(next)
        else { return false }
        if text.startsLine(index) { return true }
        let previous = index - 1
        return text.isTerminal(previous) || text.isPunctuation(previous, .colon) || text.isQuotationMark(previous)
    }

    /// The token ranges after each turn's dash, to the next turn or the end of the line.
    private func dialogueTurns() -> [Range<Int>] {
        var turns: [Range<Int>] = []
        var index = 0
        while index < text.count {
            guard text.isDash(index) && opensTurn(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < text.count && !text.startsLine(end) && !(text.isDash(end) && opensTurn(end)) { end += 1 }
            if end > index + 1 { turns.append((index + 1)..<end) }
            index = end
        }
        return turns
    }

    /// Whether a turn holds an incise after a comma or an end mark.
    private func hasIncise(_ turn: Range<Int>) -> Bool {
        turn.contains { index in
            index > turn.lowerBound && (text.isComma(index - 1) || text.isTerminal(index - 1))
                && inciseVerb(at: index) != nil
        }
    }

    /// Whether the words after an incise are speech again rather than narration: not a
    /// gerund (`en désignant`, `tout en souriant`), a participle (`exaspérée de ce
    /// que`), `sans` or `qui` (`sans comprendre`, `qui dans ce moment`), or `et` before a
    /// third person (`et il parla de fuir`).
    private func resumesSpeech(at index: Int) -> Bool {
        let word = text.keyword(index)
        let hasNext = index + 1 < text.count
        if (word == .en || word == .tout) && hasNext && text.hasShape(index + 1, .antEnding) { return false }
        if word == .sans || word == .qui || text.looksLikeParticiple(index) { return false }
        if word == .et || word == .puis { return !(hasNext && text.keyword(index + 1)?.isPersonalPronoun == true) }
        return true
    }

    /// Adds the speech of one turn, split around its incises: `C'est l'affaire d'une
    /// heure, [répondit le postillon ;] nous allons ...`.
    private mutating func addTurn(_ turn: Range<Int>) {
        var start = turn.lowerBound
        var speaker = SpeakerRef.context
        var cue: Quote.Cue?
        var pieces: [Range<Int>] = []
        var index = turn.lowerBound + 1
        while index < turn.upperBound {
            let previous = index - 1
            if text.isComma(previous) || text.isTerminal(previous), let incise = inciseVerb(at: index) {
                pieces.append(start..<index)
                if speaker == .context { (speaker, cue) = (incise.speaker, incise.cue) }
                // The incise runs to the next punctuation (`dit-elle simplement,`).
                var resume = incise.end
                while resume < turn.upperBound
                    && !(text.isComma(resume) || text.isTerminal(resume) || text.isPunctuation(resume, .semicolon))
                {
                    resume += 1
                }
                while resume < turn.upperBound
                    && (text.isComma(resume) || text.isTerminal(resume) || text.isPunctuation(resume, .semicolon))
                {
                    resume += 1
                }
                guard resume < turn.upperBound, resumesSpeech(at: resume) else {
                    start = turn.upperBound
                    break
                }
                start = resume
                index = resume + 1
                continue
            }
            index += 1
        }
        if start < turn.upperBound { pieces.append(start..<turn.upperBound) }
        var first: Int?
        for piece in pieces {
            let reference = first.map { SpeakerRef.sameAs($0) } ?? speaker
            if let added = add(QuoteCandidate(tokens: piece, kind: .direct, speaker: reference, cue: cue)), first == nil
            {
                first = added
            }
        }
    }
}
