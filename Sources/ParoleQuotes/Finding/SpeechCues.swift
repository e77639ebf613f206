import ParoleCore

/// A speech verb group in the text: `a déclaré`, `a-t-elle ajouté`, `estime`,
/// `s'est dite`, `en assurant`, `tient à préciser`.
struct SpeechCue: Sendable {
    /// The tokens of the group, from its first clitic or auxiliary to the verb and its tail.
    let tokens: Range<Int>
    /// The token of the speech verb itself.
    let verb: Int
    /// The verb's lemma.
    let lemma: String
    /// What the verb introduces.
    let frames: SpeechFrames
    /// The form of the verb: finite, past participle after an auxiliary, present
    /// participle, or infinitive after a modal verb.
    let form: VerbFormKind
    /// The inverted subject pronoun inside the group (`-t-il` in `a-t-il ajouté`).
    let invertedPronoun: Int?
    /// The auxiliary of a compound form (`a` in `a déclaré`).
    let auxiliary: Int?
    /// Whether the verb is an impersonal passive (`il a été annoncé que`, `, a-t-il été
    /// précisé`): nobody is its speaker, unless a source follows an incise (`auprès de X`).
    var isImpersonal = false

    /// The cue as the model stores it.
    func modelCue(in text: QuoteText) -> Quote.Cue {
        Quote.Cue(span: text.span(tokens), lemma: lemma)
    }

    /// Whether the verb has no tense of its own: a present participle (`exigeant`), an
    /// infinitive (`a tenu à préciser`), or a compound form whose auxiliary is one (`après
    /// avoir constaté`). Its subject is borrowed from the phrase or the clause around it.
    func isNonFinite(in text: QuoteText) -> Bool {
        if form == .presentParticiple || form == .infinitive { return true }
        guard let auxiliary else { return false }
        return text.hasVerbTime(auxiliary, .infinitive)
    }
}

/// Finds speech verb groups: compound forms (`a déclaré`, `s'est dite`, `a pour sa
/// part annoncé`, `a, de son côté, félicité`), finite forms (`estime`, `déclara`), inversions (`a-t-il ajouté`,
/// `ajoute-t-elle`), present participles (`affirmant`, `tout en assurant`),
/// infinitives after a modal verb (`a tenu à préciser`) and after `avant de`.
struct SpeechCueFinder {
    let text: QuoteText

    private var verbs: SpeechVerbTable { text.lexicons.speechVerbs }

    /// The cues of the text outside `masked` tokens, in text order.
    func cues(masked: (Int) -> Bool) -> [SpeechCue] {
        var cues: [SpeechCue] = []
        var index = 0
        while index < text.count {
            // (The first test of `cue(at:)`, made here: most words start no cue.)
            if !masked(index) && text.isWord(index) && text.mayStartCue(index), let cue = cue(at: index) {
                cues.append(cue)
                index = cue.tokens.upperBound
            } else {
                index += 1
            }
        }
        return cues
    }

    /// The cue that starts at `index`, if any.
    func cue(at index: Int) -> SpeechCue? {
        guard text.isWord(index), text.mayStartCue(index) else { return nil }
        var head = index
        let reflexive = text.isAny(index, .reflexive)
        if reflexive {
            head += 1
            guard head < text.count, text.isWord(head) else { return nil }
        }
        if text.isAny(head, .auxiliary) {
            return compound(start: index, auxiliary: head, reflexive: reflexive)
        }
        if text.hasReadings(head), let cue = simple(start: index, verb: head, reflexive: reflexive) {
            return cue
        }
        // (`se contente de dire`, `se borne à rappeler`: a pronominal modal.)
        if text.isAny(head, .modal) && (reflexive || !looksLikeNoun(head)) {
            return modalChain(start: index, after: head + 1)
        }
        return nil
    }

    /// A finite form (`estime`, `se dit`) or a present participle (`en affirmant`) at `verb`.
    private func simple(start index: Int, verb head: Int, reflexive: Bool) -> SpeechCue? {
        let readings = text.readings(head)
        let finite = readings.filter { $0.kind == .finite && accepts($0, reflexive: reflexive) }
        if !finite.isEmpty && (reflexive || !looksLikeNoun(head)),
            let cue = firstGroup(finite, start: index, verb: head, form: .finite)
        {
            return cue
        }
        if !reflexive, let cue = bareParticiple(at: head) { return cue }
        // `avant de préciser que`, `avant de poursuivre « … »`: an infinitive after `avant de`
        // reports what the main clause's subject went on to say.
        if index >= 2, [.de, .deElided, .deElidedCurly].contains(text.keyword(index - 1)),
            text.isKeyword(index - 2, .avant)
        {
            let infinitives = readings.filter { $0.kind == .infinitive && accepts($0, reflexive: reflexive) }
            if let cue = firstGroup(infinitives, start: index - 2, verb: head, form: .infinitive) { return cue }
        }
        if !reflexive, let cue = purposeInfinitive(at: head, readings: readings) { return cue }
        // `Et de préciser que`, `Et la défense d'ajouter que`: the narrative infinitive, a
        // sentence that opens with `et` and reports what its subject (or the last speaker) said.
        if !reflexive, index >= 2, [.de, .deElided, .deElidedCurly].contains(text.keyword(index - 1)),
            let start = narrativeStart(beforeDe: index - 1)
        {
            let infinitives = readings.filter { $0.kind == .infinitive && accepts($0, reflexive: false) }
            if let cue = firstGroup(infinitives, start: start, verb: head, form: .infinitive) { return cue }
        }
        let participles = readings.filter { $0.kind == .presentParticiple && accepts($0, reflexive: reflexive) }
        if !participles.isEmpty && !text.isAny(head, .adverb) {
            // `en affirmant`, `tout en assurant`, `en lui demandant`.
            var start = index
            var before = start - 1
            while before >= 0 && before >= index - 2 && text.isAny(before, .clitic) && !text.isKeyword(before, .en) {
                before -= 1
            }
            if before >= 0 && text.isKeyword(before, .en) {
                start = before
                if start > 0 && text.isKeyword(start - 1, .tout) { start -= 1 }
            }
            return firstGroup(participles, start: start, verb: head, form: .presentParticiple)
        }
        return nil
    }

    /// An infinitive after `pour` and its object clitics, followed by `que` (`communique
    /// pour dire que`, `a appelé sa sœur pour lui annoncer finalement que`): the clause
    /// after `que` is what the subject of the clause said; the group introduces nothing else.
    private func purposeInfinitive(at verb: Int, readings: ArraySlice<VerbForm>) -> SpeechCue? {
        var before = verb - 1
        while before >= 0 && before >= verb - 2 && text.isAny(before, .clitic) && !text.isAny(before, .reflexive) {
            before -= 1
        }
        guard before >= 0, text.isKeyword(before, .pour) else { return nil }
        let infinitives = readings.filter {
            $0.kind == .infinitive && accepts($0, reflexive: false) && verbs.verbs[$0.verb].frames.contains(.que)
        }
        guard let cue = firstGroup(infinitives, start: before, verb: verb, form: .infinitive) else { return nil }
        var next = skipAdverbials(from: cue.tokens.upperBound)
        next += text.restatingNoun(at: next, before: text.count)  // `pour dénoncer le fait que`
        guard next < text.count, text.isQue(next) else { return nil }
        return SpeechCue(
            tokens: cue.tokens, verb: verb, lemma: cue.lemma, frames: .que, form: .infinitive, invertedPronoun: nil,
            auxiliary: nil)
    }

    /// A past participle right before `que` with no auxiliary of its own: after `et`
    /// (`mais`, `puis`), it shares the auxiliary of a verb before it in the sentence (`Le
    /// ministre a démenti les rumeurs et assuré que …`); after a subject pronoun, the
    /// auxiliary was left out (`Il expliqué que …`). Not after `être` (`il est admis que`)
    /// nor after a noun (`les chiffres annoncés que`).
    private func bareParticiple(at verb: Int) -> SpeechCue? {
        guard verb > 0, verb + 1 < text.count, text.isQue(verb + 1) else { return nil }
        let previous = verb - 1
        if text.keyword(previous)?.isCoordinator == true {
            guard hasSharedAuxiliary(before: previous) else { return nil }
        } else if !(text.isAny(previous, .subjectPronoun) && text.isWord(previous) && !text.isAny(previous, .clitic)) {
            return nil
        }
        let participles = text.readings(verb).filter {
            $0.kind == .pastParticiple && accepts($0, reflexive: false) && verbs.verbs[$0.verb].frames.contains(.que)
        }
        return firstGroup(participles, start: verb, verb: verb, form: .pastParticiple)
    }

    /// Whether the verb after the coordinator at token `coordinator` shares an auxiliary:
    /// a form of avoir before it in the same sentence (`a démenti les rumeurs et`), not a
    /// passive (`il a été annoncé et confirmé que`).
    private func hasSharedAuxiliary(before coordinator: Int) -> Bool {
        var index = coordinator - 1
        while index >= 0 && !text.isTerminal(index) && !text.startsLine(index + 1) {
            if text.isKeyword(index, .ete) { return false }
            if text.isAny(index, .avoir) { return true }
            index -= 1
        }
        return false
    }

    /// Where a narrative infinitive's cue starts, given the `de` before its verb: at `et`
    /// when the sentence opens with `Et de`, at `de` when it opens with `Et` and a noun
    /// phrase (`Et la défense de préciser`); `nil` when no sentence opens so.
    private func narrativeStart(beforeDe de: Int) -> Int? {
        func opensSentence(_ index: Int) -> Bool {
            // (After a quotation that ends its sentence: `… une pierre." Et la défense de`.)
            text.isKeyword(index, .et)
                && (index == 0 || text.startsLine(index) || text.isTerminal(index - 1)
                    || index >= 2 && text.isQuotationMark(index - 1) && text.isTerminal(index - 2))
        }
        if opensSentence(de - 1) { return de - 1 }
        guard let phrase = text.phrase(endingAt: de - 1, notBefore: max(0, de - 10)),
            phrase.tokens.lowerBound > 0, opensSentence(phrase.tokens.lowerBound - 1),
            phrase.head != nil || phrase.entity != nil
        else { return nil }
        return de
    }

    /// `a déclaré`, `a-t-il ajouté`, `s'est dite`, `a pour sa part annoncé`, `a tenu à préciser`.
    private func compound(start: Int, auxiliary: Int, reflexive: Bool) -> SpeechCue? {
        var index = auxiliary + 1
        var inverted: Int?
        if index < text.count && text.isAny(index, .invertedPronoun) {
            inverted = index
            index += 1
        }
        index = skipAdverbials(from: index)
        // An adverbial between commas: `a, de son côté, félicité`.
        if index < text.count && text.isComma(index) {
            let end = skipAdverbials(from: index + 1)
            if end > index + 1 && end < text.count && text.isComma(end) { index = skipAdverbials(from: end + 1) }
        }
        // A dislocated pronoun: `a elle relevé`, `a lui aussi déclaré`.
        if index < text.count && text.isAny(index, .tonicPronoun) {
            index = skipAdverbials(from: index + 1)
        }
        guard index < text.count else { return nil }
        let isEtre = text.isAny(auxiliary, .etre)
        if !reflexive, inverted == nil, let cue = impersonalPassive(start: start, auxiliary: auxiliary, at: index) {
            return cue
        }
        if !reflexive, let inverted,
            let cue = invertedImpersonalPassive(start: start, auxiliary: auxiliary, pronoun: inverted, at: index)
        {
            return cue
        }
        let participles = text.readings(index).filter { reading in
            guard reading.kind == .pastParticiple else { return false }
            // être only with a reflexive (s'est dite); avoir never with a pronominal verb.
            return isEtre
                ? reflexive && accepts(reading, reflexive: true) : accepts(reading, reflexive: false) && !reflexive
        }
        if let cue = firstGroup(
            participles, start: start, verb: index, form: .pastParticiple, inverted: inverted, auxiliary: auxiliary)
        {
            return cue
        }
        // `s'est contenté de dire`, `s'est bornée à indiquer`: a pronominal modal takes être.
        if (!isEtre || reflexive) && text.isAny(index, .modal) {
            return modalChain(start: start, after: index + 1, inverted: inverted, auxiliary: auxiliary)
        }
        return nil
    }

    /// `tient à préciser`, `vient d'annoncer`, `a voulu rappeler`: the speech verb is an infinitive.
    private func modalChain(start: Int, after: Int, inverted: Int? = nil, auxiliary: Int? = nil) -> SpeechCue? {
        var index = after
        var inverted = inverted
        if inverted == nil && index < text.count && text.isAny(index, .invertedPronoun) {
            inverted = index
            index += 1
        }
        index = skipAdverbials(from: index)
        if index < text.count, [.a, .de, .deElided, .par].contains(text.keyword(index)) { index += 1 }
        index = skipAdverbials(from: index)
        guard index < text.count else { return nil }
        let reflexive = text.isAny(index, .reflexive)
        let verbIndex = reflexive ? index + 1 : index
        guard verbIndex < text.count else { return nil }
        let infinitives = text.readings(verbIndex).filter {
            $0.kind == .infinitive && accepts($0, reflexive: reflexive)
        }
        return firstGroup(
            infinitives, start: start, verb: verbIndex, form: .infinitive, inverted: inverted, auxiliary: auxiliary)
    }

    /// The group of the first reading whose tail words follow (`fait valoir` before `fait`).
    private func firstGroup(
        _ readings: [VerbForm], start: Int, verb: Int, form: VerbFormKind, inverted: Int? = nil, auxiliary: Int? = nil
    ) -> SpeechCue? {
        for reading in readings {
            if let cue = group(
                start: start, verb: verb, reading: reading, form: form, afterVerb: verb + 1, inverted: inverted,
                auxiliary: auxiliary)
            {
                return cue
            }
        }
        return nil
    }

    /// The cue ending with the verb at `verb`, its inverted pronoun and its tail words.
    private func group(
        start: Int, verb: Int, reading: VerbForm, form: VerbFormKind, afterVerb: Int,
        inverted: Int? = nil, auxiliary: Int? = nil
    ) -> SpeechCue? {
        let speechVerb = verbs.verbs[reading.verb]
        var end = afterVerb
        var inverted = inverted
        if inverted == nil && form == .finite && end < text.count && text.isAny(end, .invertedPronoun) {
            inverted = end
            end += 1
        }
        for word in speechVerb.tail {
            guard end < text.count, text.norm(end) == word else { return nil }
            end += 1
        }
        return SpeechCue(
            tokens: start..<end, verb: verb, lemma: speechVerb.lemma, frames: speechVerb.frames, form: form,
            invertedPronoun: inverted, auxiliary: auxiliary)
    }

    /// Whether a reading fits the presence or absence of a reflexive clitic: a
    /// pronominal verb needs one; another verb takes one only when the lexicon says it
    /// still speaks then (`se dit`, `s'est dite`, not `s'est lancé`).
    private func accepts(_ reading: VerbForm, reflexive: Bool) -> Bool {
        let isPronominal = verbs.verbs[reading.verb].isPronominal
        return reflexive ? isPronominal || verbs.verbs[reading.verb].frames.contains(.reflexive) : !isPronominal
    }

    /// Whether a finite-looking form is a noun here (`le juge`, `la demande de`, `une note`).
    private func looksLikeNoun(_ index: Int) -> Bool {
        guard index > 0 else { return text.isCapitalized(index) }
        let previous = index - 1
        if text.isAny(previous, [.determiner, .preposition]) && !text.isAny(previous, [.clitic, .subjectPronoun]) {
            return true
        }
        // le, la, les, l', leur, en before a verb are clitics only after a subject (a
        // pronoun, a name, a speaker noun), a negation, a relative or a comma
        // (`Pastor leur répondit`, not `en alerte orange`).
        if text.isAny(previous, [.determiner, .preposition]) && text.isAny(previous, .clitic) {
            guard previous > 0 else { return true }
            let subject = previous - 1
            // `comme l'explique le maire`, `comme le souligne Amnesty`: after `comme`, the
            // clitic stands for a clause when the verb's subject follows it.
            if text.isKeyword(subject, .comme), index + 1 < text.count,
                text.isAny(index + 1, .determiner) && !text.isAny(index + 1, .preposition)
                    || text.isCapitalized(index + 1) && text.isWord(index + 1)
            {
                return false
            }
            // `que l'annonce de …`: after the object relative `que`, an article and a noun.
            if text.isQue(subject) { return true }
            return
                !(text.isAny(subject, [.subjectPronoun, .negation, .relative, .speakerHead]) || text.isComma(subject)
                || text.isCapitalized(subject) && text.isWord(subject))
        }
        return false
    }

    /// The index after the adverbials and negation words that start at `index`.
    func skipAdverbials(from index: Int) -> Int {
        var index = index
        while index < text.count {
            let phrase = text.lexicons.adverbials.match(at: index, in: text, limit: text.count)
            if phrase > 0 {
                index += phrase
            } else if text.isAny(index, [.adverb, .negation]) && !text.isAny(index, .clitic)
                || text.looksLikeAdverb(index)
            {
                index += 1
            } else {
                break
            }
        }
        return index
    }
}
