import ParoleCore

/// Reported speech inside a quotation: a speaker quotes someone else's words in
/// their own (`« … car les médecins disent que nous n'avons pas beaucoup de temps »`,
/// `« Les rapports de la mission indiquent que le journaliste a été tué … »`). The
/// clause after `que` is an indirect quote of the third party the quotation names.
extension QuoteFinder {
    /// Adds the reported clauses of speech verbs inside direct quotes whose subject is a
    /// third party: a noun phrase that can name a speaker, or `il`, `elle`, `ils`, `elles`
    /// (not `je`, `nous`, `on`: the quoted speaker reporting their own words).
    mutating func findQuotedReports() {
        let finder = SpeechCueFinder(text: text)
        for (pairIndex, pair) in scan.pairs.enumerated()
        where pairRoles[pairIndex] == .direct && scan.isOutermost(pairIndex) {
            let inner = pair.inner
            var index = inner.lowerBound
            while index < inner.upperBound {
                guard text.isWord(index), text.mayStartCue(index), let cue = finder.cue(at: index),
                    cue.tokens.upperBound < inner.upperBound
                else {
                    index += 1
                    continue
                }
                index = cue.tokens.upperBound
                guard cue.frames.contains(.que), cue.form == .finite || cue.form == .pastParticiple,
                    cue.invertedPronoun == nil, text.isQue(cue.tokens.upperBound), !isNegated(cue),
                    let speaker = quotedSubject(before: cue.tokens.lowerBound, notBefore: inner.lowerBound)
                else { continue }
                let start = cue.tokens.upperBound + 1
                let end = min(clauseEnd(from: start, cue: nil), inner.upperBound)
                guard start < end else { continue }
                add(QuoteCandidate(tokens: start..<end, kind: .indirect, speaker: speaker, cue: cue.modelCue(in: text)))
            }
        }
    }

    /// Whether the cue is negated (`Personne ne nie que`, `n'a jamais dit que`): nothing is reported.
    private func isNegated(_ cue: SpeechCue) -> Bool {
        let first = cue.tokens.lowerBound
        if first > 0 && text.isNe(first - 1) { return true }
        return cue.tokens.contains { text.isNe($0) }
    }

    /// The third-party subject of a speech verb starting at `cueStart` inside a
    /// quotation, past object clitics (`il me disait`), if any.
    private func quotedSubject(before cueStart: Int, notBefore lower: Int) -> SpeakerRef? {
        var end = cueStart - 1
        while end >= lower && text.isWord(end) && text.isAny(end, .clitic) && !text.isAny(end, .subjectPronoun) {
            end -= 1
        }
        guard end >= lower, text.isWord(end) else { return nil }
        if text.isAny(end, .subjectPronoun) {
            // `on` is the speaker's own group or nobody.
            return text.norm(end) == "on" ? nil : .pronoun(end)
        }
        guard let phrase = text.phrase(endingAt: end, notBefore: lower), scan.isPlausibleSpeaker(phrase) else {
            return nil
        }
        return .phrase(scan.speakerPhrase(phrase))
    }
}
