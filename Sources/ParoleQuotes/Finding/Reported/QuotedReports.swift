import ParoleCore

/// Reported speech inside a quotation: a speaker quotes someone else's words in
/// their own (`« … car les médecins disent que nous n'avons pas beaucoup de temps »`,
/// `« Les rapports de la mission indiquent que le journaliste a été tué … »`). The
/// clause after `que` is an indirect quote of the third party the quotation names.
extension QuoteFinder {
    /// Adds the reported clauses of speech verbs inside quotations (direct quotes and
    /// quoted fragments) whose subject is a third party: a noun phrase that can name a
    /// speaker, or `il`, `elle`, `ils`, `elles` (not `je`, `nous`, `on`: the quoted speaker
    /// reporting their own words).
    mutating func findQuotedReports() {
        let finder = SpeechCueFinder(text: text)
        for (pairIndex, pair) in scan.pairs.enumerated()
        where scan.isOutermost(pairIndex) {
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
                    cue.invertedPronoun == nil, !isNegated(cue),
                    let start = reportStart(of: cue, before: inner.upperBound),
                    let speaker = quotedSubject(before: cue.tokens.lowerBound, notBefore: inner.lowerBound),
                    !(cue.frames.contains(.belief) && namesClassOfPeople(speaker))
                else { continue }
                let end = min(clauseEnd(from: start, cue: nil), inner.upperBound)
                guard start < end else { continue }
                add(QuoteCandidate(tokens: start..<end, kind: .indirect, speaker: speaker, cue: cue.modelCue(in: text)))
            }
        }
    }

    /// The first token of the clause a speech verb inside a quotation reports: after a
    /// `que` right after the verb, or after the adverbs and complements a reported clause
    /// allows between them (`il dit quand même qu'…`, `elle confirme dans son audition qu'…`).
    private func reportStart(of cue: SpeechCue, before end: Int) -> Int? {
        if text.isQue(cue.tokens.upperBound) { return cue.tokens.upperBound + 1 }
        guard let clause = clauseAfterQue(cue), clause.lowerBound < end else { return nil }
        return clause.lowerBound
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
            return text.norm(end) == "on" ? nil : namedPerson(before: end, notBefore: lower) ?? .pronoun(end)
        }
        if let phrase = text.phrase(endingAt: end, notBefore: lower), scan.isPlausibleSpeaker(phrase) {
            return .phrase(scan.speakerPhrase(phrase))
        }
        return openingSubject(from: lower, before: end + 1)
    }

    /// The last person named in the quotation before a third-person pronoun, whom the
    /// pronoun stands for (`« … les déclarations du ministre, Paul Durand, suite auxquelles
    /// il avait signalé que … »`); the quoted speaker would say `je`.
    private func namedPerson(before pronoun: Int, notBefore lower: Int) -> SpeakerRef? {
        var index = pronoun - 1
        while index >= lower {
            if let run = text.entityRun(at: index) {
                if text.entities[run.entity].label == .person { return .phrase(text.describe(run.tokens)) }
                index = run.tokens.lowerBound
            }
            index -= 1
        }
        return nil
    }

    /// The subject that opens the quotation when the words before the verb are its
    /// complements (`« Les analyses et les témoignages recueillis sur place après le drame
    /// indiquent que …`): a plausible speaker at the quotation's start, and no comma,
    /// verb, `que` or relative between its end and the speech verb.
    private func openingSubject(from lower: Int, before verb: Int) -> SpeakerRef? {
        guard let first = text.phrase(startingAt: lower, before: verb), scan.isPlausibleSpeaker(first),
            !(first.tokens.upperBound..<verb).contains(where: {
                !text.isWord($0) || scan.startsVerbGroup($0) || text.isQue($0)
                    || text.isAny($0, .relative) && !text.isAny($0, .determiner)
            })
        else { return nil }
        return .phrase(scan.speakerPhrase(first))
    }
}
