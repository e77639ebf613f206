import ParoleCore

/// Impersonal passives of speech verbs: `il a été annoncé que ...`, `il est précisé
/// que ...`. The clause after `que` is reported, by nobody the text names.
extension SpeechCueFinder {
    /// The impersonal passive whose auxiliary is at `auxiliary` (after an impersonal
    /// `il`) and whose participle, or `été`, is at `index`, when `que` follows the
    /// participle: `il a (par ailleurs) été annoncé que`, `il est précisé que`.
    func impersonalPassive(start: Int, auxiliary: Int, at index: Int) -> SpeechCue? {
        guard start == auxiliary, start > 0, text.isKeyword(start - 1, .il),
            let participle = passiveParticiple(auxiliary: auxiliary, at: index)
        else { return nil }
        let after = skipAdverbials(from: participle + 1)
        guard after < text.count, text.isQue(after), let lemma = participleLemma(participle, frame: .que) else {
            return nil
        }
        return SpeechCue(
            tokens: start..<(participle + 1), verb: participle, lemma: lemma, frames: [.que],
            form: .pastParticiple,
            invertedPronoun: nil, auxiliary: auxiliary, isImpersonal: true)
    }

    /// The impersonal passive of an incise, with its `il` inverted: `a-t-il été précisé`,
    /// `est-il indiqué`. The auxiliary is at `auxiliary`, the inverted pronoun (`-t-il`,
    /// `-il`, masculine singular, not `-on`) at `pronoun`, and `été` or the participle at
    /// `index`. The participle must be of a verb with an incise frame, so that `a-t-il été
    /// décidé` is no speech.
    func invertedImpersonalPassive(start: Int, auxiliary: Int, pronoun: Int, at index: Int) -> SpeechCue? {
        let info = text.info(pronoun)
        guard index < text.count, info.gender == .masculine, info.plural == false,
            !text.isKeyword(pronoun, .invertedOn), !text.isKeyword(pronoun, .invertedTOn)
        else { return nil }
        guard let participle = passiveParticiple(auxiliary: auxiliary, at: index),
            let lemma = participleLemma(participle, frame: .incise)
        else { return nil }
        return SpeechCue(
            tokens: start..<(participle + 1), verb: participle, lemma: lemma,
            frames: [.incise], form: .pastParticiple, invertedPronoun: pronoun, auxiliary: auxiliary,
            isImpersonal: true)
    }

    /// The participle of a passive whose auxiliary is at `auxiliary`: the word at `index`
    /// after `être`, the one after `été` (and any adverbials) after `avoir`.
    private func passiveParticiple(auxiliary: Int, at index: Int) -> Int? {
        var participle = index
        if text.isAny(auxiliary, .avoir) {
            guard text.isKeyword(index, .ete) else { return nil }
            participle = skipAdverbials(from: index + 1)
        } else if !text.isAny(auxiliary, .etre) {
            return nil
        }
        return participle < text.count ? participle : nil
    }

    /// The lemma of the speech verb, not pronominal and with `frame`, whose past participle
    /// is at `index`.
    private func participleLemma(_ index: Int, frame: SpeechFrames) -> String? {
        let verbs = text.lexicons.speechVerbs
        return text.readings(index).first(where: {
            $0.kind == .pastParticiple && !verbs.verbs[$0.verb].isPronominal
                && verbs.verbs[$0.verb].frames.contains(frame)
        }).map { verbs.verbs[$0.verb].lemma }
    }
}

/// The source named after an impersonal incise.
extension QuoteFinder {
    /// The source named after `auprès de` right after an impersonal incise (`, a-t-il été
    /// précisé auprès de la préfecture`), or nobody (`, a-t-il été précisé à la mairie`);
    /// `end` is the token after the source (or after the cue).
    func impersonalSource(of cue: SpeechCue) -> (speaker: SpeakerRef, end: Int) {
        let upper = scan.frame(of: cue.verb).upperBound
        let start = cue.tokens.upperBound
        var index = scan.skipTimeWords(from: start, before: upper)
        guard index < upper, text.isKeyword(index, .aupres) else { return (.none, start) }
        index += 1
        // Past `de`, `du`, `des` and the article they contract.
        while index < upper && text.isAny(index, .preposition) { index += 1 }
        guard let phrase = text.phrase(startingAt: index, before: upper), scan.isPlausibleSpeaker(phrase) else {
            return (.none, start)
        }
        return (.phrase(phrase), phrase.tokens.upperBound)
    }
}
