import ParoleCore

/// A clause before a colon whose subject is the topic of the quotation after it, not its
/// speaker. The subject of a passive is what the words are about: the agent after `par`
/// speaks (`Il sera relayé par un autre : « … »`), and with no agent a subject that is no
/// person leaves the words to the speaker of the sentences before (`Le parti est
/// particulièrement visé, et les mots sont durs : « … »`). The subject of a verb of
/// feeling with no object (`quotes-topic-verbs.txt`: `Le groupe a aussi séduit : « … »`)
/// is what was felt about; who felt it is the one who spoke just before.
extension QuoteFinder {
    /// Who speaks the quotation after the colon at `colon` when `subject`, the subject of
    /// the clause before it, is the topic rather than the speaker: the passive's agent, or
    /// the context; `nil` when the verb after the subject leaves the subject the speaker.
    func topicSpeaker(subject: SpeakerRef, colon: Int) -> SpeakerRef? {
        let start: Int
        let isPerson: Bool
        switch subject {
        case .phrase(let phrase): (start, isPerson) = (phrase.tokens.upperBound, phrase.isPerson)
        case .pronoun(let token): (start, isPerson) = (token + 1, true)
        default: return nil
        }
        let finder = SpeechCueFinder(text: text)
        var index = finder.skipAdverbials(from: start)
        guard index < colon else { return nil }
        var passive = false
        var participle = false
        if text.isAny(index, .avoir) {
            index = finder.skipAdverbials(from: index + 1)
            participle = true
            if index < colon, text.isKeyword(index, .ete) {
                passive = true
                index = finder.skipAdverbials(from: index + 1)
            }
        } else if text.isAny(index, .etre) {
            (passive, participle) = (true, true)
            index = finder.skipAdverbials(from: index + 1)
        }
        guard index < colon, text.isWord(index) else { return nil }
        let verbs = text.lexicons.verbLemmas
        let lemma =
            participle ? verbs.infinitive(ofParticiple: text.norm(index)) : verbs.infinitive(of: text.norm(index))
        guard let lemma else { return nil }
        let feeling = text.lexicons.topicVerbs.contains(lemma)
        let after = finder.skipAdverbials(from: index + 1)
        if passive {
            // (`Le maire est déçu : « … »`: the participle of a verb of feeling tells the speaker's state.)
            guard !feeling else { return nil }
            if after < colon, text.isKeyword(after, .par),
                let agent = text.phrase(startingAt: after + 1, before: colon), agent.tokens.upperBound == colon
            {
                return .phrase(agent)
            }
            return isPerson ? nil : .context
        }
        return feeling && after == colon ? .context : nil
    }
}
