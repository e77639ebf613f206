import ParoleCore

/// Impersonal passives of speech verbs: `il a été annoncé que ...`, `il est précisé
/// que ...`. The clause after `que` is reported, by nobody the text names.
extension SpeechCueFinder {
    /// The impersonal passive whose auxiliary is at `auxiliary` (after an impersonal
    /// `il`) and whose participle, or `été`, is at `index`, when `que` follows the
    /// participle: `il a (par ailleurs) été annoncé que`, `il est précisé que`.
    func impersonalPassive(start: Int, auxiliary: Int, at index: Int) -> SpeechCue? {
        guard start == auxiliary, start > 0, text.isKeyword(start - 1, .il) else { return nil }
        var participle = index
        if text.isAny(auxiliary, .avoir) {
            guard text.isKeyword(index, .ete) else { return nil }
            participle = skipAdverbials(from: index + 1)
        } else if !text.isAny(auxiliary, .etre) {
            return nil
        }
        guard participle < text.count else { return nil }
        let after = skipAdverbials(from: participle + 1)
        guard after < text.count, text.isQue(after) else { return nil }
        let verbs = text.lexicons.speechVerbs
        guard
            let reading = text.readings(participle).first(where: {
                $0.kind == .pastParticiple && !verbs.verbs[$0.verb].isPronominal
                    && verbs.verbs[$0.verb].frames.contains(.que)
            })
        else { return nil }
        let verb = verbs.verbs[reading.verb]
        return SpeechCue(
            tokens: start..<(participle + 1), verb: participle, lemma: verb.lemma, frames: [.que],
            form: .pastParticiple,
            invertedPronoun: nil, auxiliary: auxiliary, isImpersonal: true)
    }
}
