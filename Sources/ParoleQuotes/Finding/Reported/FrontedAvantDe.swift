import ParoleCore

/// A sentence that opens with `avant de` and a speech verb: its reported clause ends, and
/// its speaker is named, where a main clause follows (`Avant d'annoncer que la route
/// rouvrirait, le préfet a remercié les pompiers`); with none, it goes on with the speaker
/// of the sentences before (`Avant d'ajouter que …`).
extension QuoteFinder {
    /// The comma after the clause of `cue`, an infinitive after `avant de` that opens its
    /// sentence, and the subject of the main clause after that comma; `nil` when `cue` is
    /// no such infinitive or no main clause follows. The clause before the comma must be
    /// whole: words in marks, or a finite verb that no determiner, preposition or `que`
    /// comes right before (`que la route rouvrirait,`, not `que, faute de crédits,`).
    func frontedMainClause(after cue: SpeechCue) -> (comma: Int, subject: SpeakerRef)? {
        let first = cue.tokens.lowerBound
        guard cue.form == .infinitive, text.isKeyword(first, .avant) else { return nil }
        let frameIndex = scan.frameIndex(of: cue.verb)
        let frame = scan.frames[frameIndex]
        guard first == text.skipLead(in: frame),
            let comma = (cue.tokens.upperBound..<frame.upperBound).first(where: {
                text.isComma($0) && !scan.isQuoted($0)
            })
        else { return nil }
        let clause = cue.tokens.upperBound..<comma
        let whole = clause.contains {
            scan.isQuoted($0)
                || isFiniteVerb($0) && !text.isAny($0 - 1, [.determiner, .preposition]) && !text.isQue($0 - 1)
        }
        guard whole else { return nil }
        let subject = scan.mainSubject(of: frameIndex, from: comma + 1, before: frame.upperBound)
        return subject == .none ? nil : (comma, subject)
    }
}
