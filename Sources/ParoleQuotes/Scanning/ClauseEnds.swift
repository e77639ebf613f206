import ParoleCore

/// Where a reported clause ends: at the end of its sentence, unless something in
/// the sentence shows that the reporter has taken the word back first.
extension QuoteFinder {
    /// The end (exclusive) of the reported clause that starts at `start`.
    ///
    /// The clause stops before: a semicolon that no word follows; an incise or a present participle of a
    /// speech verb after a comma (`, a-t-il ajouté`, `, estimant que`); `, selon`; `, tandis que` before a speech verb; `, sans préciser`;
    /// `et`, `mais` or `puis` followed by a second verb of the reporter (`a assuré que ...
    /// et a proposé`:
    /// the same auxiliary as the cue, not yet used in the clause); `et que` or `et` and a
    /// finite verb after an infinitive clause; and the first comma when the cue stands in a subordinate
    /// clause that opens the sentence (`Alors qu'il a déclaré que ..., le ministre ...`).
    /// Quotation marks are stepped over whole.
    /// `stopsAtComma` ends the clause at its first comma outside marks (a relative clause).
    func clauseEnd(from start: Int, cue: SpeechCue?, infinitive: Bool = false, stopsAtComma: Bool = false) -> Int {
        guard start < text.count else { return start }
        let frame = scan.frame(of: start)
        // `Avant d'annoncer que ..., le préfet a …`: the clause ends before the main one.
        let frontedEnd = cue.flatMap { frontedMainClause(after: $0)?.comma }
        let stopsAtComma =
            stopsAtComma || cue.map { opensWithSubordinate(frame, before: $0.tokens.lowerBound) } ?? false
        var index = start
        while index < frame.upperBound {
            if index == frontedEnd { return index }
            if text.isQuotationMark(index), let pair = scan.pair(openingAt: index), pair.close < frame.upperBound {
                index = pair.close + 1
                // `que « ... » évoquant des « ... »`: a participle of the reporter after the quotation.
                if index < frame.upperBound, let next = scan.cue(startingAt: index), next.form == .presentParticiple {
                    return index
                }
                continue
            }
            if text.isTerminal(index) { return index }
            // `c'est quasiment certain ; la croissance sera …`: the reported words go on after
            // a semicolon that words follow (not `; […]`).
            if text.isPunctuation(index, .semicolon) && !(index + 1 < frame.upperBound && text.isWord(index + 1)) {
                return index
            }
            // `…, la collection va grandir : « Nous avons … »`: the quotation after a colon is direct.
            if text.isPunctuation(index, .colon) && index + 1 < frame.upperBound && text.isQuotationMark(index + 1)
                && scan.pair(openingAt: index + 1) != nil
            {
                return index
            }
            if text.isComma(index) && (stopsAtComma || hasReporterAfter(comma: index)) { return index }
            if text.keyword(index)?.isCoordinator == true && index + 1 < frame.upperBound
                && coordinatesReporter(at: index, start: start, cue: cue, infinitive: infinitive)
            {
                return index
            }
            index += 1
        }
        return frame.upperBound
    }

    /// Whether the reporter speaks again after the comma at `comma`: an incise, a
    /// present participle of a speech verb, a phrase about the speaking (`lors d'un point
    /// de presse`, see ``opensSpeechSetting(at:)``), `selon`, `tandis que` / `alors que`
    /// before another speaker's verb (`, tandis que la Cour avait jugé ...`), or `sans`
    /// and an infinitive or a complement (`, sans davantage de précisions`).
    private func hasReporterAfter(comma: Int) -> Bool {
        let next = comma + 1
        guard next < text.count else { return false }
        // (`que le polonium est, selon lui, une substance …`: an aside inside the clause.)
        if text.isKeyword(next, .selon) { return !isSourceAside(at: next) }
        if opensContrastedSpeech(at: next) || opensContrastedClause(at: next) { return true }
        // `, sans davantage de précisions`, `, sans préciser`: the reporter's words.
        if text.isKeyword(next, .sans) && next + 1 < text.count
            && (isInfinitive(next + 1) || text.keyword(next + 1)?.isDeForm == true
                || text.isAny(next + 1, [.adverb, .negation]))
        {
            return true
        }
        // `, lors d'un point de presse`: when and where the words were said.
        if opensSpeechSetting(at: next) { return true }
        guard let cue = scan.cue(startingAt: next) else { return false }
        return cue.form == .presentParticiple || cue.invertedPronoun != nil || scan.isIncise(cue)
    }

    /// Whether the source phrase at `index` (`selon lui`) stands between commas inside a
    /// clause that goes on after it in lowercase words (`est, selon lui, une substance`).
    private func isSourceAside(at index: Int) -> Bool {
        guard let source = sourcePhrase(at: index), source.end + 1 < text.count, text.isComma(source.end) else {
            return false
        }
        let next = source.end + 1
        return text.isWord(next) && !text.isCapitalized(next) && text.keyword(next)?.isCoordinator != true
            && !text.isAny(next, [.relative, .subordinator, .subjectPronoun]) && scan.cue(startingAt: next) == nil
    }

    /// Whether `tandis que` or `alors que` at `index` opens a clause with a speech verb
    /// of its own: what another speaker said, set against the reported clause.
    private func opensContrastedSpeech(at index: Int) -> Bool {
        guard text.isKeyword(index, .tandis) || text.isKeyword(index, .alors), index + 1 < text.count,
            text.isQue(index + 1)
        else { return false }
        let frame = scan.frame(of: index)
        var end = index + 2
        while end < frame.upperBound && !text.isComma(end) && !text.isTerminal(end)
            && !text.isPunctuation(end, .semicolon)
        { end += 1 }
        return scan.cues(withVerbIn: (index + 2)..<end).contains { $0.form == .finite || $0.form == .pastParticiple }
    }

    /// Whether `mais` at `index`, after a comma, opens a main clause of its own: a subject
    /// pronoun (`…, mais on ne la trouve pas détestable`) or a subject whose speech verb
    /// follows (`…, mais les avocats ont soutenu que`). The reported clause stops there.
    private func opensContrastedClause(at index: Int) -> Bool {
        guard text.isKeyword(index, .mais), index + 2 < text.count else { return false }
        let next = index + 1
        if scan.isPersonalSubjectPronoun(next) || text.isKeyword(next, .on) { return !text.isQue(next + 1) }
        let frame = scan.frame(of: index)
        var end = next
        while end < min(frame.upperBound, next + 10) && text.isWord(end) { end += 1 }
        return scan.cues(withVerbIn: next..<end).contains {
            ($0.form == .finite || $0.form == .pastParticiple) && $0.tokens.lowerBound > next
        }
    }

    /// Whether `et` (`mais`, `puis`) at `index` joins a second verb of the reporter to the cue.
    private func coordinatesReporter(at index: Int, start: Int, cue: SpeechCue?, infinitive: Bool) -> Bool {
        let next = index + 1
        // `a dit avoir rappelé des faits et s'être exprimé en citoyen`: a second infinitive
        // goes on with the reported words.
        if infinitive && startsInfinitive(at: next, before: scan.frame(of: index).upperBound) { return false }
        // `a dit vouloir ... et doit rencontrer`, `a reconnu avoir ..., mais il a nié`: after
        // an infinitive, a finite verb is the reporter's.
        if infinitive && (text.isQue(next) || scan.startsVerbGroup(next)) { return true }
        if infinitive && scan.isPersonalSubjectPronoun(next) && next + 1 < text.count && scan.startsVerbGroup(next + 1)
        {
            return true
        }
        guard let cue else { return false }
        if let following = scan.cue(startingAt: next), following.form == .finite || following.form == .pastParticiple {
            // `a pris la parole pour dénoncer le fait que … et a reproché`: after an
            // infinitive cue, a speech verb of its own tense is the main subject's.
            return following.auxiliary == nil || cue.form == .infinitive
                || sameAuxiliary(following.auxiliary!, as: cue, unusedSince: start, before: index)
        }
        // `a estimé que le gouvernement « dépense sans compter » et réclamé une baisse`: a
        // bare participle shares the cue's auxiliary when the clause has none of its own.
        if cue.auxiliary != nil, text.looksLikeParticiple(next),
            !(start..<index).contains(where: { text.isAny($0, .auxiliary) })
        {
            return true
        }
        guard text.isAny(next, .auxiliary), let auxiliary = cue.auxiliary, text.hasSameNorm(next, auxiliary) else {
            return false
        }
        return sameAuxiliary(next, as: cue, unusedSince: start, before: index)
    }

    /// Whether the auxiliary at `auxiliary` repeats the cue's and the clause since
    /// `start` has not used that form itself.
    private func sameAuxiliary(_ auxiliary: Int, as cue: SpeechCue, unusedSince start: Int, before end: Int) -> Bool {
        guard let own = cue.auxiliary, text.hasSameNorm(auxiliary, own) else { return false }
        return !(start..<end).contains { text.hasSameNorm($0, own) }
    }

    /// Whether frame `frame` opens with a subordinate or participial clause (`Alors
    /// que`, `Si`, `Lorsque`, `Estimant que`) that contains the token `index`: no comma
    /// outside marks between.
    private func opensWithSubordinate(_ frame: Range<Int>, before index: Int) -> Bool {
        guard !frame.isEmpty else { return false }
        let first = text.skipLead(in: frame)
        let participle = scan.cue(startingAt: first).map { $0.form == .presentParticiple } ?? false
        guard first < frame.upperBound, text.isAny(first, .subordinator) || participle else { return false }
        var position = frame.lowerBound
        while position < index {
            if text.isComma(position) && !scan.isQuoted(position) { return false }
            position += 1
        }
        return true
    }
}
