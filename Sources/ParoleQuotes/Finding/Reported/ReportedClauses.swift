import ParoleCore
import ParoleText

/// Indirect quotes led by a speech verb: the clause after `que` (`a déclaré que ...`),
/// an infinitive (`dit vouloir ...`, `a déclaré avoir eu ...`), and the clause before
/// an incise (`Les perturbations devraient durer, a prévenu la compagnie.`).
extension QuoteFinder {
    /// Adds the reported clauses of every cue, in text order. A verb whose subject is
    /// a demonstrative (`Cela montre que`, `ce qui explique que`) reports nobody.
    mutating func findReportedClauses() {
        for cue in scan.cues where !hasDemonstrativeSubject(cue) && !isNegatedReport(cue) && !isPossibleReport(cue) {
            if let sentence = restatedSentence(before: cue) {
                addRestated(sentence, cue: cue)
                continue
            }
            let speaker = speaker(of: cue)
            // `Les supporters pensent que …`: what a class of people believes.
            if cue.frames.contains(.belief) && namesClassOfPeople(speaker) { continue }
            let nonFinite = cue.isNonFinite(in: text)
            // `voulait croire que …`, `pensant que …`: a belief governed by another verb or
            // held while doing something is a hope or a mistake, not a statement.
            if cue.frames.contains(.belief) && nonFinite { continue }
            // An infinitive right after the verb comes first: `a dit espérer que ...` reports
            // `espérer que ...`, not the clause after `que`.
            if !cue.frames.isDisjoint(with: [.infinitive, .deInfinitive]), let clause = infinitiveClause(after: cue) {
                addReported(clause, speaker: speaker, cue: cue.modelCue(in: text), nonFinite: nonFinite)
            } else if cue.frames.contains(.attribute), let clause = attributeClause(after: cue) {
                addReported(clause, speaker: speaker, cue: cue.modelCue(in: text), nonFinite: nonFinite)
            } else if cue.frames.contains(.fromSource) {
                if let (clause, source) = learnedReport(cue) {
                    addReported(clause, speaker: source, cue: cue.modelCue(in: text))
                }
            } else if cue.frames.contains(.que), !cue.frames.contains(.agent) || namesSomeone(speaker),
                let clause = clauseAfterQue(cue) ?? clauseAfterAddressee(cue) ?? clauseAfterComplements(cue)
            {
                addReported(clause, speaker: speaker, cue: cue.modelCue(in: text), nonFinite: nonFinite)
            }
            if cue.frames.contains(.incise), let clause = clauseAroundIncise(cue) ?? clauseBeforeIncise(cue) {
                // `X a annoncé aux salariés qu'il partira, a appris Europe 1`: the source
                // that told the news is not the speaker of a quote inside it.
                if cue.frames.contains(.fromSource) && holdsCuedQuote(clause, before: cue.tokens.lowerBound) {
                    continue
                }
                let speaker =
                    cue.isImpersonal
                    ? impersonalSource(of: cue).speaker
                    : cue.frames.contains(.fromSource) ? learnedSource(of: cue).speaker : scan.subject(of: cue)
                addReported(clause, speaker: speaker, cue: cue.modelCue(in: text))
            } else if cue.frames.contains(.incise), !cue.frames.contains(.fromSource),
                let (clause, subject) = clauseBeforeBareIncise(cue)
            {
                addReported(clause, speaker: .phrase(subject), cue: cue.modelCue(in: text))
            }
        }
    }

    /// The sentence that `C'est ce que` + `cue` restates in the same paragraph (`La séance
    /// s'ouvre lundi. C'est ce qu'a annoncé le procureur.`, `« … » C'est ce qu'il a dit.`),
    /// without its final punctuation.
    private func restatedSentence(before cue: SpeechCue) -> Range<Int>? {
        var que = cue.tokens.lowerBound - 1
        if que > 0 && text.isAny(que, .subjectPronoun) && text.isWord(que) { que -= 1 }
        let opener = que - 3
        guard opener > 0, text.isQue(que), text.isKeyword(que - 1, .ce), text.isKeyword(que - 2, .est),
            text.isKeyword(opener, .ceElided), !text.startsLine(opener),
            text.isTerminal(opener - 1) || text.isQuotationMark(opener - 1)
        else { return nil }
        let frameIndex = scan.frameIndex(of: opener)
        let frame = scan.frames[frameIndex]
        var sentence = frame.lowerBound < opener ? frame.lowerBound..<opener : nil
        if sentence == nil && frameIndex > 0 { sentence = scan.frames[frameIndex - 1] }
        guard var sentence, !(sentence.lowerBound + 1..<opener).contains(where: { text.startsLine($0) }) else {
            return nil
        }
        while !sentence.isEmpty && text.isTerminal(sentence.upperBound - 1) {
            sentence = sentence.lowerBound..<(sentence.upperBound - 1)
        }
        return sentence.isEmpty ? nil : sentence
    }

    /// Adds the restated sentence as the words of the cue's subject: the pronoun before it
    /// (`ce qu'il a dit`) or the subject after it (`ce qu'indiquent nos sources`); a
    /// quotation already found as a direct quote with no cue takes that speaker.
    private mutating func addRestated(_ sentence: Range<Int>, cue: SpeechCue) {
        let before = cue.tokens.lowerBound - 1
        var speaker = SpeakerRef.none
        if let pronoun = cue.invertedPronoun {
            speaker = scan.pronounRef(pronoun)
        } else if text.isAny(before, .subjectPronoun) && text.isWord(before) {
            speaker = scan.pronounRef(before)
        } else if let phrase = scan.subject(after: cue) {
            speaker = .phrase(phrase)
        }
        if let pairIndex = pairCovering(sentence), pairRoles[pairIndex] == .direct {
            attributeDirect(scan.pairs[pairIndex].inner, speaker: speaker, cue: cue.modelCue(in: text))
            return
        }
        addReported(sentence, speaker: speaker, cue: cue.modelCue(in: text))
    }

    /// Whether `speaker`, the subject of a verb of belief (`penser que`), names a whole
    /// class of people rather than who holds the belief: a plural noun phrase with no
    /// name but a people's (no person, organisation or state) and no institution noun at
    /// its head (`les supporters`, `les Argentins`, `les mauvaises langues`), or a plural subject pronoun
    /// (`ils`, `elles`). What a class believes is the reporter's account of it, not words
    /// anyone is reported to have said; `le maire pense que`, `le syndicat pense que` report.
    func namesClassOfPeople(_ speaker: SpeakerRef) -> Bool {
        switch speaker {
        case .phrase(let phrase):
            guard phrase.plural, !namesGroup(phrase) else { return false }
            // A people named by its nationality (`les Argentins`) is a class; a state
            // (`les États-Unis`), a party or a person is who holds the belief.
            guard let entity = phrase.entity, let label = text.entity(at: entity.lowerBound)?.label else { return true }
            return label == .miscellaneous
        case .pronoun(let index):
            return text.isAny(index, .subjectPronoun) && text.info(index).plural == true
        default:
            return false
        }
    }

    /// Whether `speaker` names someone: a person, a name, a group, or a pronoun; not a
    /// thing or a document (`Ce résultat signifie que ...`, `Une hausse des taux signifierait que ...`).
    func namesSomeone(_ speaker: SpeakerRef) -> Bool {
        guard case .phrase(let phrase) = speaker else { return true }
        return phrase.isPerson || phrase.entity != nil || namesGroup(phrase)
    }

    /// Whether the subject right before `cue` is `cela`, `ceci`, `ça` or `ce qui`.
    /// Whether the cue is negated and so reports nothing (`Le ministre n'a jamais affirmé
    /// que …`, `La direction ne lui a pas confirmé que …`): a `ne` in the cue or before
    /// it, past object clitics, and a `pas`, `jamais`, `plus` in the cue or right after it. A verb of denial still reports when negated (`n'exclut pas que`,
    /// the `denial` frame), and a negation of a modal in the cue bears on the modal (`n'a
    /// pas hésité à dire que`).
    func isNegatedReport(_ cue: SpeechCue) -> Bool {
        guard !cue.frames.contains(.denial) else { return false }
        if hasNegativeSubject(cue) { return true }
        guard !cue.tokens.contains(where: { text.isAny($0, .modal) }) else { return false }
        // A `ne` with no `pas`, `jamais`, `plus` is no negation (`avant que le directeur ne précise que`).
        let end = cue.tokens.upperBound
        let isNegation: (Int) -> Bool = { text.isAny($0, .negation) && !text.isNe($0) }
        guard cue.tokens.contains(where: isNegation) || end < text.count && isNegation(end) else { return false }
        if cue.tokens.contains(where: { text.isNe($0) }) { return true }
        var index = cue.tokens.lowerBound - 1
        while index >= 0 && text.isWord(index) && text.isAny(index, .clitic) {
            if text.isNe(index) { return true }
            index -= 1
        }
        return false
    }

    /// Whether a lone `ne` before the cue's verb is negated by its subject: `Aucun
    /// responsable n'a confirmé que …`, `Personne n'a affirmé que …`, `Rien ne dit que …`,
    /// `Ni le ministre ni son cabinet n'ont confirmé que …`. The subject is read back from
    /// the `ne` to a punctuation mark, a quotation mark or a clause word; a negative word
    /// after a determiner is a noun (`la personne interrogée`).
    private func hasNegativeSubject(_ cue: SpeechCue) -> Bool {
        var ne = cue.tokens.lowerBound
        while ne < cue.tokens.upperBound && !text.isNe(ne) { ne += 1 }
        if ne == cue.tokens.upperBound {
            ne = cue.tokens.lowerBound - 1
            while ne >= 0 && text.isWord(ne) && text.isAny(ne, .clitic) && !text.isNe(ne) { ne -= 1 }
            guard ne >= 0 && text.isNe(ne) else { return false }
        }
        var index = ne - 1
        while index >= max(0, ne - Self.negativeSubjectReach) && text.isWord(index) && !scan.isQuoted(index)
            && !text.isAny(index, [.relative, .subjectPronoun, .subordinator])
        {
            if text.isAny(index, .negativeSubject) && !(index > 0 && text.isAny(index - 1, .determiner)) {
                return true
            }
            index -= 1
        }
        return false
    }

    /// Whether the cue's verb follows `pouvoir` or `devoir` in the conditional, and so
    /// says what might or should be said, not what was (`Le porte-parole aurait pu
    /// déclarer que …`, `Le gouvernement pourrait annoncer que …`, `aurait dû dire que`).
    /// The past (`a pu dire que`) and the present (`peut affirmer que`) still report.
    func isPossibleReport(_ cue: SpeechCue) -> Bool {
        cue.tokens.contains { text.isAny($0, .possibility) }
            && cue.tokens.contains { text.isAny($0, [.possibility, .avoir]) && text.hasVerbTime($0, .conditional) }
    }

    /// How many words back from `ne` a negative subject is looked for.
    private static let negativeSubjectReach = 8

    private func hasDemonstrativeSubject(_ cue: SpeechCue) -> Bool {
        var index = cue.tokens.lowerBound - 1
        while index >= 0 && text.isAny(index, [.clitic, .adverb]) && text.isWord(index)
            && !text.isAny(index, .subjectPronoun)
        {
            index -= 1
        }
        guard index >= 0 else { return false }
        let word = text.keyword(index)
        return word == .cela || word == .ceci || word == .ca
            || word == .qui && index > 0 && text.isKeyword(index - 1, .ce)
    }

    /// The speaker of a cue (none for an impersonal passive); a present participle speaks for the phrase right before
    /// it (`Pierre Ehret soulignant que`), else for the quote just before it in the
    /// sentence (`, estimant que`), else for the sentence's subject; so does an
    /// infinitive after `avant de` (`, avant de préciser que`).
    func speaker(of cue: SpeechCue) -> SpeakerRef {
        if cue.isImpersonal { return .none }
        // The narrative infinitive: `Et la défense de préciser que` speaks for the phrase
        // before `de`; `Et de préciser que` for the speaker of the sentences before.
        let opener = text.keyword(cue.tokens.lowerBound)
        if cue.form == .infinitive, let opener, [.de, .deElided, .deElidedCurly, .et].contains(opener) {
            if opener != .et,
                let phrase = text.phrase(
                    endingAt: cue.tokens.lowerBound - 1, notBefore: max(0, cue.tokens.lowerBound - 10))
            {
                return .phrase(phrase)
            }
            return .context
        }
        if cue.form == .infinitive && text.isKeyword(cue.tokens.lowerBound, .pour) {
            return purposeSubject(before: cue.tokens.lowerBound)
        }
        // `…, a déclaré X, avant de préciser que`: `avant de` continues like a participle.
        let continues = cue.form == .infinitive && text.isKeyword(cue.tokens.lowerBound, .avant)
        guard cue.form == .presentParticiple || continues else { return scan.subject(of: cue) }
        let frameIndex = scan.frameIndex(of: cue.verb)
        let first = cue.tokens.lowerBound
        let isGerund = text.isKeyword(first, .en) || text.isKeyword(first, .tout) || continues
        if !isGerund, first > scan.frames[frameIndex].lowerBound,
            let phrase = text.phrase(endingAt: first - 1, notBefore: scan.frames[frameIndex].lowerBound),
            phrase.entity != nil || phrase.head != nil
        {
            // `TVE a émis un communiqué affirmant que`: a document speaks for its author.
            let isAuthorless =
                phrase.head.map { text.isAny($0, .documentNoun) } == true && scan.speakerPhrase(phrase) == phrase
            if !isAuthorless { return .phrase(phrase) }
        }
        let frameStart = text.tokens[scan.frames[frameIndex].lowerBound].span.start
        let cueStart = text.tokens[cue.tokens.lowerBound].span.start
        let earlier = candidateIndex.cued(startingIn: frameStart..<(cueStart + 1)).filter {
            candidates[$0].cue!.span.end <= cueStart
        }
        if let previous = earlier.max() {
            return .sameAs(previous)
        }
        // `« … » de la France, a-t-il dit, relevant que`: the incise's speaker goes on.
        if let incise = scan.lastCue(endingBy: first, startingIn: scan.frames[frameIndex]),
            incise.invertedPronoun != nil || scan.isIncise(incise)
        {
            return scan.subject(of: incise)
        }
        let before = scan.mainSubject(of: frameIndex, before: cue.tokens.lowerBound)
        if before != .none { return before }
        // `Avant de préciser que` opening its sentence: the subject of the main clause after
        // its clause, else, like `Et de préciser que`, the speaker of the sentences before.
        let frame = scan.frames[frameIndex]
        if continues && first == text.skipLead(in: frame) {
            return frontedMainClause(after: cue)?.subject ?? .context
        }
        // `Considérant que ..., le tribunal a condamné`: the participle opens the
        // sentence; the subject follows its clause.
        guard cue.tokens.upperBound < frame.upperBound,
            let comma = (cue.tokens.upperBound..<frame.upperBound).first(where: {
                text.isComma($0) && !scan.isQuoted($0)
            })
        else { return .none }
        return scan.mainSubject(of: frameIndex, from: comma + 1, before: frame.upperBound)
    }

    /// The speaker of `pour dire que`: the subject of the nearest verb group before `pour`
    /// (`Sa sœur a appelé un ami pour lui dire que`), else the sentence's subject (`Le
    /// parquet communique jeudi pour dire que`).
    private func purposeSubject(before pour: Int) -> SpeakerRef {
        let frameIndex = scan.frameIndex(of: pour)
        let lower = scan.frames[frameIndex].lowerBound
        for index in stride(from: pour - 1, to: lower, by: -1)
        where !scan.isQuoted(index) && scan.startsVerbGroup(index) && !text.isAny(index - 1, .relative) {
            let subject = scan.subject(before: index, coordination: false)
            if subject != .none { return subject }
        }
        return scan.mainSubject(of: frameIndex, before: pour)
    }

    /// The clause after the `que` that follows `cue`, with only complements between
    /// (`a estimé mercredi, dans un document préparatoire, que ...`).
    func clauseAfterQue(_ cue: SpeechCue) -> Range<Int>? {
        let frame = scan.frame(of: cue.verb)
        var index = cue.tokens.upperBound
        var steps = 0
        var sawComplement = false
        var adverbialEnd = -1
        while index < frame.upperBound && steps < 24 {
            steps += 1
            let isQue = text.isQue(index)
            // `répondra devant Dieu du malheur que tu as eu`: after a noun's complement, a
            // `que` with no comma before it is a relative. Not after a name or a number, which
            // take no restrictive relative (`a requis devant la chambre du tribunal de
            // Charleroi que`, `a précisé lors de la rencontre du jeudi 25 juin qu'`).
            if isQue && sawComplement && !text.isComma(index - 1) && !closesName(index - 1) { return nil }
            // `alors que`, `parce que`, `avant que`: a conjunction, not the verb's `que`.
            // (Not after an adverbial phrase: `reconnaît tout de même que`, `ajoute en outre que`.)
            if isQue && index > 0 && text.isAny(index - 1, [.subordinator, .preposition])
                && !text.isAny(index - 1, .determiner) && index != adverbialEnd
            {
                return nil
            }
            // `s'est dit plus rassuré que mardi`: the `que` of a comparison.
            if isQue && isComparativeQue(index, from: cue.tokens.upperBound) { return nil }
            if isQue {
                var start = index + 1
                if start < frame.upperBound && text.isPunctuation(start, .colon) { start += 1 }
                let end = clauseEnd(from: start, cue: cue)
                return start < end ? start..<end : nil
            }
            if let end = gerundEnd(at: index, before: frame.upperBound) {
                index = end
                continue
            }
            // An aside between commas that ends right before `que`, whatever it holds (`a
            // répété, comme il l'avait fait durant la campagne, que …`): the verb's `que`.
            if text.isComma(index), let que = queAfterAside(from: index, before: frame.upperBound) {
                index = que
                continue
            }
            // Adverbial phrases first: `en outre` and `tout de même` are no verb group; nor is
            // `le fait` before `que`, which only restates the clause (`dénonce le fait que …`).
            let phrase = max(
                text.lexicons.adverbials.match(at: index, in: text, limit: frame.upperBound),
                text.restatingNoun(at: index, before: frame.upperBound),
                index == adverbialEnd || index == cue.tokens.upperBound ? verbAdverb(at: index, cue: cue) : 0)
            if phrase > 0 {
                index += phrase
                adverbialEnd = index
                continue
            }
            if text.isTerminal(index) || text.isQuotationMark(index) || text.isPunctuation(index, .colon)
                || text.isPunctuation(index, .semicolon) || scan.startsVerbGroup(index)
                || scan.cue(startingAt: index) != nil
                || text.isAny(index, .relative) && !text.isAny(index, .determiner)
            {
                return nil
            }
            // An object (`a annoncé le déblocage`) ends the search; a determiner after a
            // preposition (`à l'AFP`) or before a date (`le 3 mars`) does not.
            // (`du` and `des` after a noun are complements: `à l'issue d'un conseil des ministres`.)
            let complement =
                (text.isKeyword(index, .du) || text.isKeyword(index, .des)) && index > cue.tokens.upperBound
                && text.isWord(index - 1) && !text.isAny(index - 1, [.determiner, .preposition, .time])
            sawComplement = sawComplement || complement
            if text.isAny(index, .determiner)
                && !(index > 0 && text.isAny(index - 1, .preposition) && !text.isAny(index - 1, .determiner))
                && !(index + 1 < frame.upperBound && (text.isAny(index + 1, .time) || text.isNumber(index + 1)))
                && !complement
            {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The token after a gerund and its object at `index` (`déclare en recevant la coupe
    /// que ...`), if one opens there.
    private func gerundEnd(at index: Int, before upper: Int) -> Int? {
        guard text.isKeyword(index, .en) && index + 1 < upper && text.hasShape(index + 1, .antEnding) else {
            return nil
        }
        var end = index + 2
        while end < upper && text.isWord(end) && !text.isQue(end) && !scan.startsVerbGroup(end) { end += 1 }
        return end
    }

    /// 1 when token `index`, right after the verb or its adverbials, is a one-word adverb
    /// that may stand before the verb's `que` (`affirme même que`, `note bien que`), though
    /// it may open a clause elsewhere (`même si`); not the first half of an adverbial
    /// conjunction (`alors que`). Else 0. `bien` stands before the verb's `que` only right
    /// after a simple verb and before no subjunctive: after a participle or another adverb
    /// it opens a concession (`a répondu bien qu'il soit fatigué`, `a annoncé
    /// officiellement bien que`), emphasis putting `bien` before the participle (`a bien dit`).
    private func verbAdverb(at index: Int, cue: SpeechCue) -> Int {
        guard text.isAny(index, .adverb) && !text.isAny(index, .clitic) else { return 0 }
        guard let keyword = text.keyword(index) else { return 1 }
        if keyword.opensAdverbialQue { return 0 }
        guard keyword == .bien else { return 1 }
        let concessive = cue.auxiliary != nil || index != cue.tokens.upperBound || opensSubjunctive(after: index + 1)
        return concessive ? 0 : 1
    }

    /// Whether the clause after the `que` at `que` has a subjunctive for its first finite
    /// verb (`bien qu'il soit fatigué`), within a few words.
    private func opensSubjunctive(after que: Int) -> Bool {
        let indicative: VerbTimes = [.present, .imperfect, .simplePast, .future, .conditional]
        var index = que + 1
        while index < min(text.count, que + 8) && text.isWord(index) {
            if let times = text.lexicons.wordForms.verbTimes(of: text.norm(index)),
                !times.isDisjoint(with: indicative.union(.subjunctive))
            {
                return times.contains(.subjunctive) && times.isDisjoint(with: indicative)
            }
            index += 1
        }
        return false
    }

    /// The `que` right after the comma that closes an aside opened by the comma at `comma`
    /// (at most 16 tokens, no sentence end, quotation mark, colon, semicolon or verb that
    /// reports a `que` clause of its own inside: `comme il le fait souvent` may hold one
    /// that only introduces quotations), or nil.
    private func queAfterAside(from comma: Int, before upper: Int) -> Int? {
        var index = comma + 1
        while index < min(upper, comma + 17) {
            if text.isComma(index) {
                return index > comma + 1 && index + 1 < upper && text.isQue(index + 1) ? index + 1 : nil
            }
            if text.isTerminal(index) || text.isQuotationMark(index) || text.isPunctuation(index, .colon)
                || text.isPunctuation(index, .semicolon)
                || scan.cue(startingAt: index).map({ $0.frames.contains(.que) }) == true
            {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Whether token `index` ends a name, a number or a date: a capitalised word inside
    /// the sentence, an entity, a figure, or a time word (`du 3 mars`, `de mardi`).
    private func closesName(_ index: Int) -> Bool {
        text.isNumber(index) || text.isAny(index, .time) || text.entity(at: index) != nil
            || text.isWord(index) && text.isCapitalized(index) && index > 0 && !text.isTerminal(index - 1)
    }

    /// The infinitive clause right after `cue`: `dit vouloir ...`, `a déclaré de son
    /// côté avoir eu ...`, `assure ne pas ...`, `déclarant s'adresser ...`, `a raconté
    /// à ses proches avoir ...`, and after `de` for verbs with that frame (`a promis de
    /// revenir ...`).
    func infinitiveClause(after cue: SpeechCue) -> Range<Int>? {
        guard cue.form != .infinitive else { return nil }
        let frame = scan.frame(of: cue.verb)
        var index = SpeechCueFinder(text: text).skipAdverbials(from: cue.tokens.upperBound)
        // A time expression (`a annoncé mardi`, `annonce ce mardi`), or an aside between
        // commas (`a assuré, samedi, avoir ...`, `a indiqué, lors d'un point presse, ne pas ...`).
        index = scan.skipTimeWords(from: index, before: frame.upperBound)
        if index < frame.upperBound, text.isComma(index),
            let comma = scan.asideEnd(from: index + 1, before: frame.upperBound)
        {
            index = scan.skipTimeWords(from: comma + 1, before: frame.upperBound)
        }
        // `a indiqué durant son point de presse — livré en compagnie de … — avoir réussi …`:
        // where the words were said, and an aside between dashes.
        if index < frame.upperBound, let head = speechSettingHead(at: index) { index = head.upperBound }
        if index < frame.upperBound, text.isDash(index),
            let dash = ((index + 1)..<min(frame.upperBound, index + 30)).first(where: { text.isDash($0) })
        {
            index = dash + 1
        }
        // `a raconté au Progrès avoir cru ...`: whom the words were said to.
        if let after = recipientEnd(at: index, cue: cue, before: frame.upperBound) { index = after }
        // `a promis d'engager ...`, `menace de saisir ...`: the infinitive after `de`.
        let isDe = index < frame.upperBound && isDePreposition(index)
        if isDe {
            guard cue.frames.contains(.deInfinitive) else { return nil }
            index += 1
        } else if !cue.frames.contains(.infinitive) {
            return nil
        }
        let start = index
        // `a déclaré « ne pas comprendre » ces mises en liberté`: the infinitive opens a
        // quotation that its verb phrase goes on after (an object, a second infinitive).
        let quotation = scan.pair(openingAt: index).flatMap { $0.close < frame.upperBound ? $0 : nil }
        guard startsInfinitive(at: quotation == nil ? index : index + 1, before: frame.upperBound) else { return nil }
        let end = clauseEnd(from: start, cue: cue, infinitive: true)
        if let quotation, !continuesVerbPhrase(after: quotation, before: end) { return nil }
        return start < end ? start..<end : nil
    }

    /// The clause after `que` of a verb of learning that reports what a source said, with
    /// that source (nobody when none is named): the
    /// source is named after the verb (`a appris de sources policières que`, `apprenait,
    /// par le parquet, que`) or the learner is the reporter's `on` or `nous` (`on apprend
    /// que`). A learner named with no source (`le joueur a appris qu'il était retenu`)
    /// and a gerund (`en apprenant que`) tell what someone learned, not what was said.
    private func learnedReport(_ cue: SpeechCue) -> (clause: Range<Int>, source: SpeakerRef)? {
        guard cue.frames.contains(.que), cue.form == .finite || cue.form == .pastParticiple else { return nil }
        let start = cue.tokens.lowerBound
        let reporter = start > 0 && [.on, .nous].contains(text.keyword(start - 1)) && cue.invertedPronoun == nil
        let source = learnedSource(of: cue).speaker
        guard reporter || source != .none, let clause = clauseAfterQue(cue) else { return nil }
        return (clause, source)
    }

    /// The attribute that a verb of saying with a reflexive pronoun gives its own subject,
    /// when an infinitive after `de` or `à` completes it: `s'est dit prêt à signer ...`,
    /// `se disent fiers et soulagés d'avoir ...`, `se déclare très heureux de ...`. The
    /// subject states its disposition toward an act: the quote runs from the attribute to
    /// the clause's end. An attribute with no infinitive (`s'est dit ouvert aux
    /// discussions`) and a complement in quotation marks (a quoted fragment) are not read.
    func attributeClause(after cue: SpeechCue) -> Range<Int>? {
        guard text.isAny(cue.tokens.lowerBound, .reflexive), cue.invertedPronoun == nil else { return nil }
        let upper = scan.frame(of: cue.verb).upperBound
        let finder = SpeechCueFinder(text: text)
        let start = cue.tokens.upperBound
        var index = finder.skipAdverbials(from: start)
        var attributes = 0
        while index < upper && isAttribute(index) {
            attributes += 1
            index = finder.skipAdverbials(from: index + 1)
            // `fiers et honorés`, `surpris, voire choqué`: attributes in a row.
            if index + 1 < upper, text.isKeyword(index, .et) || text.isComma(index) {
                let next = finder.skipAdverbials(from: index + 1)
                if next < upper && isAttribute(next) { index = next }
            }
        }
        guard attributes > 0, index + 1 < upper, isDePreposition(index) || text.isKeyword(index, .a) else { return nil }
        // Object pronouns before the infinitive: `heureux de l'accueillir`, `prêt à leur en parler`.
        var verb = index + 1
        while verb < min(upper, index + 4) && text.isAny(verb, .clitic) && !text.isAny(verb, .reflexive) { verb += 1 }
        guard startsInfinitive(at: verb, before: upper) else { return nil }
        let end = clauseEnd(from: start, cue: cue, infinitive: true)
        return start < end ? start..<end : nil
    }

    /// Whether token `index` is a lowercase adjective or past participle by the French
    /// lexicon, with no reading as a determiner, preposition, pronoun or time word.
    private func isAttribute(_ index: Int) -> Bool {
        guard text.isWord(index), !text.isCapitalized(index),
            !text.isAny(index, [.determiner, .preposition, .time, .subjectPronoun, .clitic, .conjunction])
        else { return false }
        return text.lexicons.wordForms.classes(of: text.norm(index)).contains(.adjective)
            || text.hasVerbTime(index, .pastParticiple)
    }

    /// Whether the words after a quotation that opens a reported infinitive go on with its
    /// verb phrase before `end`: a word that is no preposition or conjunction of
    /// subordination (`» ces mises en liberté`, `» et prendre`). A comma or a complement
    /// (`», suite à la décision`, `» après qu'une personne a donné l'alerte`) leaves the
    /// quotation to the rules of quoted fragments.
    private func continuesVerbPhrase(after quotation: MarkPair, before end: Int) -> Bool {
        let next = quotation.close + 1
        guard next < end, text.isWord(next) else { return false }
        return !text.isAny(next, [.preposition, .subordinator]) || text.isAny(next, .determiner)
    }

    /// The token after whom the words were said to, when the reported infinitive follows
    /// it, negated or not: `à` (`au`, `aux`), an article, one word or name, and that noun's
    /// complement after `de` (`a promis à la délégation de la Cédéao de dévoiler ...`,
    /// `a affirmé à la presse ne pas vouloir ...`).
    private func recipientEnd(at index: Int, cue: SpeechCue, before upper: Int) -> Int? {
        guard index + 1 < upper, let word = text.keyword(index), [.a, .au, .aux].contains(word) else { return nil }
        var after = index + 1
        if word == .a && text.isAny(after, .determiner) { after += 1 }
        guard after < upper && text.isWord(after) && !text.isAny(after, [.preposition, .determiner]) else {
            return nil
        }
        after = text.entityTokens(at: after)?.upperBound ?? after + 1
        let opensDe = { (position: Int) in
            position + 1 < upper && self.isDePreposition(position)
                && self.startsInfinitive(at: position + 1, before: upper)
        }
        // The noun's complement: `de` (`du`, `des`), an article, and one word or name.
        if after + 1 < upper, isDePreposition(after) || text.isKeyword(after, .du) || text.isKeyword(after, .des),
            !opensDe(after)
        {
            var complement = after + 1
            if text.isAny(complement, .determiner) && !text.isAny(complement, .preposition) { complement += 1 }
            if complement < upper && text.isWord(complement) && !text.isAny(complement, [.preposition, .determiner]) {
                let end = text.entityTokens(at: complement)?.upperBound ?? complement + 1
                if startsInfinitive(at: end, before: upper) || cue.frames.contains(.deInfinitive) && opensDe(end) {
                    return end
                }
            }
        }
        guard after < upper else { return nil }
        // The infinitive may be negated: `a affirmé à la presse ne pas vouloir ...`.
        return startsInfinitive(at: after, before: upper) || cue.frames.contains(.deInfinitive) && opensDe(after)
            ? after : nil
    }

    /// Whether token `index` is `de` (`d'`, `d’`).
    func isDePreposition(_ index: Int) -> Bool {
        [.de, .deElided, .deElidedCurly].contains(text.keyword(index))
    }

    /// Whether an infinitive opens at `index`, after `ne` and its negation and a
    /// reflexive pronoun (`ne pas comprendre`, `ne rien regretter`, `s'être exprimé`, `prendre`).
    func startsInfinitive(at index: Int, before upper: Int) -> Bool {
        var index = index
        if index < upper && text.isNe(index) {
            index += 1
            if index < upper && text.isAny(index, [.negation, .negativeSubject]) { index += 1 }
        }
        if index < upper && text.isAny(index, .reflexive) { index += 1 }
        return index < upper && isInfinitive(index)
    }

    /// Whether token `index` looks like an infinitive: a lowercase word that no
    /// lexicon classes otherwise, in -er, -ir, -oir, or in the -re endings of verbs
    /// (`prendre`, `vivre`, `dire`, `mettre`, `connaître`, `faire`, `croire`; not
    /// `figure`, `histoire`, `titre`), and that the French lexicon, when it holds the
    /// form, reads as an infinitive (not `hospitalier`, `premier`, `hier`).
    func isInfinitive(_ index: Int) -> Bool {
        guard text.isWord(index), !text.isCapitalized(index) else { return false }
        return text.hasShape(index, .infinitiveEnding)
            && !text.isAny(index, [.notInfinitive, .determiner, .preposition, .time, .adverb, .speakerHead])
            && text.lexicons.wordForms.verbTimes(of: text.norm(index)).map { $0.contains(.infinitive) } ?? true
    }

    /// Whether token `index` has the ending of a finite verb that no noun phrase
    /// holds: the imperfect (`prévoyait`) or the future (`restera`, `finiront`).
    func looksFinite(_ index: Int) -> Bool {
        text.isWord(index) && !text.isCapitalized(index) && text.hasShape(index, [.imperfectEnding, .futureEnding])
    }

    /// The clause before an incise with no quotation marks: from the sentence start to
    /// the comma before the cue, when the cue's subject follows it and ends the sentence.
    /// An incise with an inverted pronoun that ends a statement needs no comma (`Mais les
    /// blindés ont subi des dommages a-t-il indiqué.`).
    func clauseBeforeIncise(_ cue: SpeechCue) -> Range<Int>? {
        guard cue.form == .finite || cue.form == .pastParticiple else { return nil }
        let frame = scan.frame(of: cue.verb)
        // `comma`: where the clause ends (the comma, or the incise itself when it has none).
        var comma = cue.tokens.lowerBound - 1
        if comma > 0, !text.isComma(comma), cue.invertedPronoun != nil, cue.tokens.upperBound < frame.upperBound,
            text.norm(cue.tokens.upperBound) == ".", text.isWord(comma), !scan.isQuoted(comma)
        {
            comma = cue.tokens.lowerBound
        }
        guard comma > 0, text.isComma(comma) || comma == cue.tokens.lowerBound else { return nil }
        var clauseStart = text.datelineEnd(in: frame) ?? frame.lowerBound
        guard frame.contains(comma), clauseStart < comma else { return nil }
        // Sentences joined by a quotation: the clause starts after the last end mark or dash;
        // clauses joined by a semicolon: after the semicolon (`X a critiqué Y ; c'est une
        // ingérence, a déclaré Z`).
        if let last = (clauseStart..<comma).last(where: {
            !scan.isQuoted($0) && (text.isTerminal($0) || text.isDash($0) || text.isPunctuation($0, .semicolon))
        }) {
            clauseStart = last + 1
        }
        guard comma - clauseStart >= 3 else { return nil }
        // The words before must not be a quotation of their own, nor the end of one: a
        // quotation over several sentences that closes before the incise (`« … On va suivre
        // le plan », a-t-il dit`), or a closing mark whose opening one was lost.
        if text.isQuotationMark(comma - 1) {
            guard let outer = scan.outerPair(enclosing: comma - 1) else { return nil }
            let pair = scan.pairs[outer]
            if pair.open <= clauseStart || pairRoles[outer] == .direct { return nil }
        }
        if quotationFills(clauseStart..<comma) { return nil }
        let subjectEnd: Int
        if cue.isImpersonal {
            // `, a-t-il été précisé (auprès de X).`: what follows is the source, if any.
            subjectEnd = impersonalSource(of: cue).end
        } else if let pronoun = cue.invertedPronoun {
            // Past the participle too: `…, a-t-il vraiment dit que` asks what a subject said.
            subjectEnd = max(pronoun + 1, cue.tokens.upperBound)
        } else {
            guard scan.isIncise(cue), let subject = scan.subject(after: cue) else { return nil }
            subjectEnd = subject.tokens.upperBound
        }
        if subjectEnd < frame.upperBound {
            if text.isQue(subjectEnd) || scan.startsVerbGroup(subjectEnd) { return nil }
        }
        // Not a subject and its aside: `Le ministre, qui s'exprimait devant la presse, a salué le préfet`.
        var segmentStart = comma - 1
        while segmentStart > clauseStart && !text.isComma(segmentStart - 1) { segmentStart -= 1 }
        if text.isAny(segmentStart, .relative) && !text.isAny(segmentStart, .determiner)
            && !(clauseStart..<segmentStart).contains(where: { scan.startsVerbGroup($0) })
        {
            return nil
        }
        // Not a subject with its apposition (`Le maire de Lyon, a salué …`), unless a verb
        // stands in it (`Le trafic restera perturbé, a prévenu la direction`).
        if let phrase = text.phrase(endingAt: comma - 1, notBefore: clauseStart),
            phrase.tokens.lowerBound == clauseStart,
            !(clauseStart..<comma).contains(where: { scan.startsVerbGroup($0) || looksFinite($0) })
        {
            return nil
        }
        return clauseStart..<comma
    }

    /// Whether one quotation fills `clause` but for a lead before it of adverbs,
    /// conjunctions or words in brackets and words after it with no verb: the quotation
    /// is what the incise reports, not a clause around it (`Ainsi « … », précise le
    /// texte`, `(ATS) « … », a estimé la ministre`, `« … » mardi soir, a-t-elle écrit`).
    private func quotationFills(_ clause: Range<Int>) -> Bool {
        guard let open = clause.first(where: { text.isQuotationMark($0) }),
            let outer = scan.outerPair(enclosing: open), scan.pairs[outer].open == open
        else { return false }
        let pair = scan.pairs[outer]
        guard !pair.isOpenEnded, pair.close < clause.upperBound, pair.inner.count >= 3 else { return false }
        var bracketed = false
        for index in clause.lowerBound..<open {
            if text.isPunctuation(index, .openingBracket) {
                bracketed = true
            } else if text.isPunctuation(index, .closingBracket) {
                bracketed = false
            } else if text.isWord(index) && !bracketed && !text.isAny(index, [.adverb, .conjunction]) {
                return false
            }
        }
        return !((pair.close + 1)..<clause.upperBound).contains {
            text.isQuotationMark($0) || scan.startsVerbGroup($0) || looksFinite($0) || isFiniteVerb($0)
        }
    }

    /// The clause around an inverted incise with no quotation marks that goes on after it:
    /// after a lead word, the words after the incise (`Non, confirme-t-on au ministère, elles
    /// ne peuvent pas …`, `car précise-t-il, ce n'est pas …`, `des soldats qui, dit-on,
    /// s'étaient rendus`); after a subject alone, or a clause that ends on an infinitive
    /// whose complement follows, the whole sentence with its incise (`Le choix, faisait-il
    /// savoir, se fait par consensus`, `Il souhaite répondre, a-t-il dit, aux attentes`).
    func clauseAroundIncise(_ cue: SpeechCue) -> Range<Int>? {
        guard let pronoun = cue.invertedPronoun, !cue.frames.contains(.fromSource), !scan.isQuoted(cue.verb),
            cue.form == .finite || cue.form == .pastParticiple
        else { return nil }
        let frame = scan.frame(of: cue.verb)
        let comma = scan.skipComplements(from: max(pronoun + 1, cue.tokens.upperBound), before: frame.upperBound)
        guard comma + 2 < frame.upperBound, text.isComma(comma), text.isWord(comma + 1), !scan.isQuoted(comma + 1)
        else { return nil }
        let end = clauseEnd(from: comma + 1, cue: nil)
        guard end - comma > 2 else { return nil }
        let clauseStart = text.datelineEnd(in: frame) ?? frame.lowerBound
        var lead = cue.tokens.lowerBound - 1
        if lead >= clauseStart && text.isComma(lead) { lead -= 1 }
        guard lead >= clauseStart, text.isWord(lead), !scan.isQuoted(lead) else { return nil }
        // A lead word: the sentence's first, a conjunction or a relative pronoun.
        // The clause after it has a verb of its own.
        if lead == clauseStart || text.isAny(lead, [.conjunction, .relative]) && !text.isAny(lead, .determiner) {
            let hasVerb = ((comma + 1)..<end).contains { isFiniteVerb($0) || scan.startsVerbGroup($0) }
            return hasVerb ? (comma + 1)..<end : nil
        }
        // A subject alone before a verb, or an infinitive before its complement.
        guard text.isComma(cue.tokens.lowerBound - 1) else { return nil }
        let before = clauseStart..<(cue.tokens.lowerBound - 1)
        let verbless = !before.contains { scan.startsVerbGroup($0) || looksFinite($0) || text.isQuotationMark($0) }
        guard verbless && scan.startsVerbGroup(comma + 1) || isInfinitive(lead) else { return nil }
        return clauseStart..<end
    }

    /// The clause before an incise with no comma whose inverted subject ends the sentence
    /// (`Une synergie qui mérite d'être connue précise le service de communication.`): a
    /// lexicon verb in a finite form or after its auxiliary, right after a word of the
    /// clause that no grammar word is (not `le texte que présente le ministre`, `comme
    /// l'indique X`), whose subject can speak. The clause runs from the sentence start,
    /// has no comma of its own, and holds a word the lexicon reads as a finite verb (not a
    /// speaker's noun after its article).
    func clauseBeforeBareIncise(_ cue: SpeechCue) -> (clause: Range<Int>, subject: NounPhrase)? {
        guard cue.invertedPronoun == nil, cue.form == .finite || cue.form == .pastParticiple else { return nil }
        let frame = scan.frame(of: cue.verb)
        let before = cue.tokens.lowerBound - 1
        let grammar: QuoteWordClass = [
            .relative, .clitic, .conjunction, .subordinator, .preposition, .determiner, .auxiliary, .modal,
            .subjectPronoun, .negation,
        ]
        guard before > frame.lowerBound, text.isWord(before), !scan.isQuoted(before), !text.isQue(before),
            !text.isAny(before, grammar), let subject = scan.subject(after: cue), scan.isPlausibleSpeaker(subject)
        else { return nil }
        let end = subject.tokens.upperBound
        guard end < frame.upperBound, text.isTerminal(end), end + 1 == frame.upperBound else { return nil }
        var start = text.datelineEnd(in: frame) ?? frame.lowerBound
        if let last = (start..<before).last(where: {
            !scan.isQuoted($0) && (text.isTerminal($0) || text.isDash($0) || text.isPunctuation($0, .semicolon))
        }) {
            start = last + 1
        }
        let clause = start..<cue.tokens.lowerBound
        guard clause.count >= 3,
            !clause.contains(where: {
                !scan.isQuoted($0) && (text.isComma($0) || text.isPunctuation($0, .colon) || text.isQuotationMark($0))
            }),
            clause.contains(where: { isFiniteVerb($0) && !isNounAfterArticle($0) }),
            !isVerbOfQueClause(cue, in: clause)
        else { return nil }
        return (clause, subject)
    }

    /// Whether token `index` is a speaker's noun right after a determiner (`Le président du
    /// parti a répondu aux questions des journalistes.`): the noun of a phrase, though the
    /// lexicon also reads it as a finite verb (`ils président`); the clause has no verb of its own.
    private func isNounAfterArticle(_ index: Int) -> Bool {
        index > 0 && text.isAny(index, .speakerHead) && text.isAny(index - 1, .determiner)
    }

    /// Whether the cue is the verb of a clause that a `que` or a subordinator in `clause`
    /// opens, no verb between them (`Le ministre a affirmé que la France soutiendrait
    /// l'Ukraine.`, `On ignore si l'entreprise a informé les autorités.`: the clause's
    /// subject stands right before its verb, which inverts no subject). A subordinator
    /// counts with a word between it and the cue, and not as the first half of a pair
    /// (`alors que`, `même si`: the second opens the clause).
    private func isVerbOfQueClause(_ cue: SpeechCue, in clause: Range<Int>) -> Bool {
        let opens: (Int) -> Bool = { index in
            if text.isQue(index) { return true }
            guard text.isAny(index, .subordinator), index + 1 < cue.tokens.lowerBound else { return false }
            return !text.isQue(index + 1) && !text.isAny(index + 1, .subordinator)
        }
        guard let opener = clause.last(where: { opens($0) && !scan.isQuoted($0) }) else { return false }
        return !((opener + 1)..<cue.tokens.lowerBound).contains { isFiniteVerb($0) || scan.startsVerbGroup($0) }
    }

    /// Whether the lexicon reads token `index` as a verb of a finite time (`mérite`, `pose`).
    func isFiniteVerb(_ index: Int) -> Bool {
        guard text.isWord(index), !text.isCapitalized(index),
            let times = text.lexicons.wordForms.verbTimes(of: text.norm(index))
        else { return false }
        return !times.isDisjoint(with: [.present, .imperfect, .simplePast, .future, .conditional])
    }
}
