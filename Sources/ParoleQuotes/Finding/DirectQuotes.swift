import ParoleCore

/// Direct quotes: a whole sentence or clause in quotation marks, attributed by an
/// incise after it (`« ... », a-t-il ajouté`), by the verb before a colon (`a
/// déclaré : « ... »`), by the incise of the quote it resumes (`», a-t-il ajouté, «
/// mais ... »`), or by the context; an incise inside the marks splits the quote.
extension QuoteFinder {
    /// Where a quotation opens.
    enum Opening {
        /// At the start of a line or sentence, or after a dash or bracket.
        case clauseStart
        /// After a colon.
        case colon
        /// After a comma or semicolon.
        case comma
        /// After `que`.
        case que
        /// Inside the reporter's sentence.
        case inside
    }

    /// Decides which pairs of marks are direct quotes and adds them.
    mutating func findDirectQuotes() {
        for (index, pair) in scan.pairs.enumerated() where scan.isOutermost(index) {
            let opening = opening(of: pair)
            if opening == .que || opening == .inside { continue }
            guard endsClause(pair) else { continue }
            var speaker = SpeakerRef.context
            var cue: Quote.Cue?
            var inciseEnd: Int?
            var introduced = false
            if let incise = incise(after: pair) {
                (speaker, cue, inciseEnd) = (incise.speaker, incise.cue, incise.end)
            } else if opening == .comma, let resumed = resumedQuote(before: pair) {
                speaker = .sameAs(resumed)
                cue = candidates[resumed].cue
            } else if opening == .comma, let comparison = comparisonAttribution(before: pair) {
                (speaker, cue) = comparison
            } else if opening == .colon, let introduction = introduction(before: pair) {
                (speaker, cue, introduced) = (introduction.0, introduction.1, true)
            } else if let signature = signature(after: pair) {
                speaker = .phrase(signature)
            }
            // (A colon's clause about a topic leaves even a fragment to the speaker before it.)
            if speaker == .context && !introduced && (opening == .comma || !isSentenceLike(pair)) { continue }
            pairRoles[index] = .direct
            addDirect(pair, speaker: speaker, cue: cue, inciseEnd: inciseEnd)
        }
        findNestedDirectQuotes()
    }

    /// Direct quotes inside a direct quote: words the quoted speaker reports after a colon
    /// and a speech verb or its subject, inside the outer marks (`« Il m'a dit : « Je
    /// reviendrai » »`, `"Les gens criaient : 'on a gagné', puis …"`), or right after the
    /// infinitive of a verb that introduces speech (`… se sont mis à crier 'au feu' et …`).
    /// After a colon the inner pair must end a clause and read as a sentence; the speaker
    /// lies inside the outer marks.
    private mutating func findNestedDirectQuotes() {
        for (index, pair) in scan.pairs.enumerated() where !scan.isOutermost(index) && pairRoles[index] == .undecided {
            guard let outer = scan.outerPair(enclosing: pair.open), pairRoles[outer] == .direct else { continue }
            let inside = (scan.pairs[outer].open + 1)..<pair.open
            let found: (SpeakerRef, Quote.Cue?)?
            switch opening(of: pair) {
            case .colon where endsClause(pair) && isSentenceLike(pair):
                found = nestedIntroduction(before: pair, within: inside)
            case .inside where isSpeechInfinitive(pair.open - 1) && !isNegated(before: pair.open - 1, within: inside):
                found = (infinitiveSubject(before: pair.open - 1, within: inside), nil)
            default:
                found = nil
            }
            guard let (speaker, cue) = found else { continue }
            pairRoles[index] = .direct
            add(QuoteCandidate(tokens: pair.inner, kind: .direct, speaker: speaker, cue: cue))
        }
    }

    /// How many words before a nested quotation's colon or infinitive are read for its
    /// speech verb, subject or negation.
    private static let nestedReach = 6

    /// The subject of the clause whose infinitive ends at `verb` (`ils ont commencé par
    /// crier`): the subject pronoun or the subject before the verb group, among the few
    /// words before it in `inside`, else the speaker of the context.
    private func infinitiveSubject(before verb: Int, within inside: Range<Int>) -> SpeakerRef {
        var index = verb - 1
        while index >= max(inside.lowerBound, verb - Self.nestedReach) && text.isWord(index) {
            if text.isAny(index, .subjectPronoun) { return .pronoun(index) }
            index -= 1
        }
        let speaker = scan.subject(before: verb)
        return isWithin(speaker, inside) ? speaker : .context
    }

    /// Whether a negation stands among the few words before `verb` in `inside` (`ce
    /// n'est pas dire 'oui'`): nothing is reported.
    private func isNegated(before verb: Int, within inside: Range<Int>) -> Bool {
        var index = verb - 1
        while index >= max(inside.lowerBound, verb - Self.nestedReach) && !text.isComma(index)
            && !text.isTerminal(index)
        {
            if text.isAny(index, .negation) || text.isNe(index) {
                return true
            }
            index -= 1
        }
        return false
    }

    /// Whether token `index` is the infinitive of a speech verb that introduces words.
    private func isSpeechInfinitive(_ index: Int) -> Bool {
        guard text.isWord(index), text.hasReadings(index) else { return false }
        let verbs = text.lexicons.speechVerbs.verbs
        return text.readings(index).contains { $0.kind == .infinitive && verbs[$0.verb].frames.contains(.intro) }
    }

    /// The speaker of a quotation that opens after a colon inside other quotation marks
    /// (`inside`, the outer words before it): the subject of a speech verb that ends at the
    /// colon, or the subject of the clause before the colon when it lies inside the marks.
    private func nestedIntroduction(before pair: MarkPair, within inside: Range<Int>) -> (SpeakerRef, Quote.Cue?)? {
        let colon = pair.open - 1
        let finder = SpeechCueFinder(text: text)
        // (Cues are not searched inside quotation marks: read the few words before the colon.)
        for start in max(inside.lowerBound, colon - Self.nestedReach)..<colon {
            guard let cue = finder.cue(at: start), cue.tokens.upperBound == colon else { continue }
            let speaker = speaker(of: cue)
            return isWithin(speaker, inside) ? (speaker, cue.modelCue(in: text)) : nil
        }
        // `Les supporters chantent :`: the subject of the verb before the colon.
        if colon - 1 > inside.lowerBound, isFiniteVerb(colon - 1) {
            let speaker = scan.subject(before: colon - 1)
            return isWithin(speaker, inside) ? (speaker, nil) : nil
        }
        guard let (speaker, _) = introduction(before: pair), isWithin(speaker, inside) else { return nil }
        return (speaker, nil)
    }

    /// Whether `speaker` names a phrase or pronoun among `tokens`.
    private func isWithin(_ speaker: SpeakerRef, _ tokens: Range<Int>) -> Bool {
        switch speaker {
        case .phrase(let phrase): return tokens.contains(phrase.tokens.lowerBound)
        case .pronoun(let token): return tokens.contains(token)
        default: return false
        }
    }

    /// Adds a direct quote, split in two when an incise interrupts it inside the marks
    /// (`« Nous partirons, a-t-il dit, dès demain »`). The calling function is recorded as
    /// the rule that found it.
    mutating func addDirect(
        _ pair: MarkPair, speaker: SpeakerRef, cue: Quote.Cue?, inciseEnd: Int?, file: StaticString = #fileID,
        function: StaticString = #function
    ) {
        let inner = pair.inner
        if let split = inciseInside(inner) {
            let first = add(
                QuoteCandidate(
                    tokens: inner.lowerBound..<split.start, kind: .direct, speaker: split.speaker, cue: split.cue),
                file: file, function: function)
            let speaker = first.map { SpeakerRef.sameAs($0) } ?? split.speaker
            if split.resume < inner.upperBound {
                add(
                    QuoteCandidate(
                        tokens: split.resume..<inner.upperBound, kind: .direct, speaker: speaker, cue: split.cue,
                        inciseEnd: inciseEnd), file: file, function: function)
            }
            return
        }
        add(
            QuoteCandidate(tokens: inner, kind: .direct, speaker: speaker, cue: cue, inciseEnd: inciseEnd), file: file,
            function: function)
    }

    /// Where `pair` opens.
    func opening(of pair: MarkPair) -> Opening {
        let open = pair.open
        guard open > 0, !text.startsLine(open) else { return .clauseStart }
        let previous = open - 1
        if text.isTerminal(previous) || text.isDash(previous) || text.isPunctuation(previous, .openingBracket) {
            return .clauseStart
        }
        if text.isPunctuation(previous, .colon) { return .colon }
        if text.isComma(previous) || text.isPunctuation(previous, .semicolon) { return .comma }
        if text.isQue(previous) { return .que }
        return .inside
    }

    /// Whether the reporter's sentence stops after `pair`: punctuation, a line end,
    /// punctuation closing the quotation itself, or an incise verb right after it.
    func endsClause(_ pair: MarkPair) -> Bool {
        if pair.isOpenEnded { return true }
        let next = pair.close + 1
        guard next < text.count, !text.startsLine(next) else { return true }
        if text.isTerminal(next) || text.isComma(next) || text.isDash(next) || text.isQuotationMark(next) {
            return true
        }
        if text.isPunctuation(next, [.semicolon, .closingBracket, .colon]) { return true }
        let last = pair.inner.upperBound - 1
        if text.isTerminal(last) || text.isComma(last) { return true }
        return scan.cue(startingAt: next) != nil
    }

    /// Whether the words in `pair` read as a sentence rather than a title or a name:
    /// four words or more, final punctuation, or a verb.
    func isSentenceLike(_ pair: MarkPair) -> Bool {
        let inner = pair.inner
        if text.isTerminal(inner.upperBound - 1) { return true }
        let words = inner.filter { text.isWord($0) }
        if words.count >= 4 { return true }
        return words.contains { text.isAny($0, [.auxiliary, .modal]) && text.info($0).plural != nil }
    }

    /// The direct quote that `pair` resumes after its incise: `« C'est une victoire »,
    /// a-t-il ajouté, « mais rien n'est encore fait »`, `« Il faut agir », estime Marie
    /// Dupuis, directrice de l'ONG, « sinon ... »` (the incise may end with an apposition
    /// or a complement, but no verb, end mark or quotation).
    func resumedQuote(before pair: MarkPair) -> Int? {
        let comma = pair.open - 1
        guard let previous = candidateIndex.lastDirectWithIncise,
            let end = candidates[previous].inciseEnd, end <= comma,
            scan.frameIndex(of: end) == scan.frameIndex(of: comma)
        else { return nil }
        let tail = end..<comma
        let isIncise = !tail.contains { text.isTerminal($0) || text.isQuotationMark($0) || scan.startsVerbGroup($0) }
        return isIncise ? previous : nil
    }

    /// The speaker of a quotation after `Comme l'a rappelé le premier ministre,` (or
    /// `ainsi que l'a dit X,`): the subject of the clause before the comma.
    func comparisonAttribution(before pair: MarkPair) -> (SpeakerRef, Quote.Cue)? {
        let comma = pair.open - 1
        let frame = scan.frame(of: comma)
        guard comma > frame.lowerBound else { return nil }
        var start = comma - 1
        while start > frame.lowerBound && !text.isComma(start - 1) { start -= 1 }
        let opener = text.keyword(start)
        guard opener == .comme || opener == .ainsi && start + 1 < comma && text.isKeyword(start + 1, .que),
            let cue = scan.cues.first(where: { (start..<comma).contains($0.tokens.lowerBound) })
        else { return nil }
        if let subject = scan.subject(after: cue), subject.tokens.upperBound <= comma {
            return (.phrase(subject), cue.modelCue(in: text))
        }
        let speaker = scan.subject(of: cue)
        return speaker == .none ? nil : (speaker, cue.modelCue(in: text))
    }

    /// The speaker and verb before the colon that introduces `pair`: the speech verb
    /// of its sentence (`X a déclaré :`, `elle confie :`, `affirmant :`, `a affirmé
    /// qu'il ... :`), else a name or speaker phrase right before the colon
    /// (`Réaction de l'entraîneur, Didier Fauchon :`), else the sentence's subject
    /// (`le graphiste s'est basé sur le raisonnement suivant :`).
    func introduction(before pair: MarkPair) -> (SpeakerRef, Quote.Cue?)? {
        let colon = pair.open - 1
        let frameIndex = scan.frameIndex(of: colon)
        let frame = scan.frames[frameIndex]
        // (Not a cue inside the subordinate clause the sentence opens with: `Alors que la
        // présidente poursuit, le prévenu intervient : « … »`.)
        if let cue = scan.lastCue(endingBy: colon, startingIn: frame),
            scan.openingSubordinateEnd(of: frameIndex).map({ cue.tokens.upperBound > $0 }) ?? true
        {
            let speaker = speaker(of: cue)
            if speaker != .none { return (speaker, cue.modelCue(in: text)) }
        }
        // `Selon le directeur, Paul Martin, la collection va grandir : « … »`: the source.
        if let source = sourceBefore(colon, in: frame) { return (source.speaker, nil) }
        // (Not a document that is the verb's object: `apporte la même conclusion :`.)
        // `La présidente du tribunal explose :`: the subject of a verb that is nothing else.
        let verbBeforeColon = colon > frame.lowerBound && isOnlyFiniteVerb(colon - 1)
        if verbBeforeColon, colon - 1 > frame.lowerBound {
            if case .phrase(let phrase) = scan.subject(before: colon - 1),
                phrase.isPerson || phrase.entity != nil || scan.isPlausibleSpeaker(phrase)
            {
                return (.phrase(phrase), nil)
            }
        }
        if colon > frame.lowerBound, !verbBeforeColon,
            let phrase = text.phrase(endingAt: colon - 1, notBefore: frame.lowerBound),
            scan.isPlausibleSpeaker(phrase) || phrase.entity != nil, !isSettingBeforeColon(phrase),
            !isComplementOfVerb(phrase, in: frame),
            phrase.entity != nil || phrase.head.map({ !text.isAny($0, .documentNoun) }) ?? true
                || phrase.tokens.lowerBound == text.skipLead(in: frame)
        {
            return (.phrase(phrase), nil)
        }
        let subject = scan.mainSubject(of: frameIndex, before: colon)
        if let topic = topicSpeaker(subject: subject, colon: colon) { return (topic, nil) }
        switch subject {
        // (`La défense a aussi attaqué le pouvoir : « … »`: a group that speaks as one.)
        // (Not the place or aside a verbless heading opens with: `Lubumbashi : « … »`.)
        case .phrase(let phrase)
        where !(phrase.tokens.upperBound == colon && isSettingBeforeColon(phrase))
            && (phrase.isPerson || phrase.entity != nil || phrase.head.map({ text.isAny($0, .groupNoun) }) ?? false):
            return (.phrase(phrase), nil)
        // `Un rapport de la Ligue arabe apporte la même conclusion : « … »`: the document's author.
        case .phrase(let phrase) where phrase.head.map({ text.isAny($0, .documentNoun) }) ?? false:
            let author = scan.speakerPhrase(phrase)
            return author == phrase ? nil : (.phrase(author), nil)
        case .pronoun(let token):
            return (.pronoun(token), nil)
        default:
            return nil
        }
    }

    /// Whether the lexicon reads token `index` only as a finite verb, never as a noun, an
    /// adjective or a participle (`explose`, `s'agace`; not `tonne`, `juge`, `chargé`).
    private func isOnlyFiniteVerb(_ index: Int) -> Bool {
        guard isFiniteVerb(index) else { return false }
        let classes = text.lexicons.wordForms.classes(of: text.norm(index))
        guard classes == PartOfSpeechSet(.verb) else { return false }
        let times = text.lexicons.wordForms.verbTimes(of: text.norm(index)) ?? []
        return times.isDisjoint(with: [.pastParticiple, .presentParticiple])
    }

    /// Whether `phrase`, right before a colon, is the complement of a preposition in a
    /// clause whose finite verb comes before it: the addressee or the topic of the words,
    /// not their speaker (`Il s'est tourné vers les élus : « … »`, `elle s'en prend aux
    /// juges du tribunal : « … »`); the clause's subject speaks. The agent after `par` is
    /// left to speak.
    func isComplementOfVerb(_ phrase: NounPhrase, in frame: Range<Int>) -> Bool {
        var start = phrase.tokens.lowerBound
        if isDirectObject(phrase, in: frame) { return true }
        // (`du tribunal`: the phrase opens with its own preposition.)
        if text.keyword(start)?.isDeForm == true { start += 1 }
        guard start > frame.lowerBound + 1, text.isAny(start - 1, .preposition), !text.isKeyword(start - 1, .par)
        else { return false }
        var clause = start - 1
        while clause > frame.lowerBound && !text.isTerminal(clause - 1) && !text.isQuotationMark(clause - 1) {
            clause -= 1
        }
        return (clause..<start - 1).contains { scan.startsVerbGroup($0) || isFiniteVerb($0) }
    }

    /// Whether `phrase`, opening with a determiner, is the object of the finite verb right
    /// before it, a verb that reports nothing and follows its subject (`Son conservateur Paul
    /// Roy accueille les amis du musée : « … »`): whom the words are for, not who says them.
    private func isDirectObject(_ phrase: NounPhrase, in frame: Range<Int>) -> Bool {
        let start = phrase.tokens.lowerBound
        let verb = start - 1
        guard verb > text.skipLead(in: frame), text.isAny(start, .determiner), !text.isAny(start, .preposition),
            isFiniteVerb(verb), scan.cue(startingAt: verb) == nil, text.readings(verb).isEmpty
        else { return false }
        // (One person met or called may be whom the words are from: `La radio contacte le
        // maire de Brest : « … »`, `Le reportage suit un pompier : « … »`; a group is not.)
        if isOnePerson(after: start, in: frame) { return false }
        // (A word that is also a noun may end the subject: `La réaction du club : « … »`.)
        return !text.lexicons.wordForms.analyses(of: text.norm(verb)).contains { $0.partOfSpeech != .verb }
    }

    /// Whether the phrase opening with the determiner at `start` names one person: its head
    /// (after any adjective before the noun) a role or a person noun, in the singular.
    private func isOnePerson(after start: Int, in frame: Range<Int>) -> Bool {
        var head = start + 1
        while head < frame.upperBound && text.isAny(head, .prenominal) { head += 1 }
        guard head < frame.upperBound, text.isAny(head, [.role, .personNoun]) else { return false }
        return text.info(start).plural != true && text.info(head).plural != true
    }

    /// Whether `phrase`, right before a colon, names where or about whom the words were said
    /// rather than who said them: a place that opens its sentence, alone or after a
    /// preposition (the dateline or the topic of a heading, `Lubumbashi : « … »`, `Au
    /// Luxembourg : « … »`, but not `La réaction de la France : « … »`), or a name in
    /// brackets, an aside on what comes before it (`Arrestation de Sorya Bangoura
    /// (UFDG-Matam) : « … »`).
    func isSettingBeforeColon(_ phrase: NounPhrase) -> Bool {
        guard let entity = phrase.entity else { return false }
        if text.entity(at: entity.lowerBound)?.label == .location {
            let first = text.skipLead(in: scan.frame(of: entity.lowerBound))
            return entity.lowerBound == first
                || entity.lowerBound == first + 1 && text.isAny(first, .preposition)
                    && text.keyword(first)?.isDeForm != true
        }
        return entity.lowerBound > 0 && text.isPunctuation(entity.lowerBound - 1, .openingBracket)
    }

    /// The person who signs a quotation with a name and nothing else after a comma, at
    /// the end of the line or sentence: `« La commission est devenue un instrument docile »,
    /// Laurent Gbagbo`; with no comma when the quotation ends with its own final point
    /// (`« Il n'y a pas eu d'élection. » Jean Kabeya.`).
    func signature(after pair: MarkPair) -> NounPhrase? {
        guard !pair.isOpenEnded, pair.close + 1 < text.count else { return nil }
        var start = pair.close + 1
        if text.isComma(start) {
            start += 1
        } else if pair.inner.isEmpty || !text.isTerminal(pair.inner.upperBound - 1) {
            return nil
        }
        guard start < text.count, !text.startsLine(start) else { return nil }
        guard let run = text.entityTokens(at: start), run.lowerBound == start,
            text.entity(at: start)?.label == .person
        else { return nil }
        let end = run.upperBound
        let closes =
            end == text.count || text.startsLine(end)
            || text.isTerminal(end) && (end + 1 == text.count || text.startsLine(end + 1))
        guard closes, let phrase = text.phrase(endingAt: end - 1, notBefore: start), phrase.tokens.lowerBound == start
        else { return nil }
        return phrase
    }

    /// The source phrase (`selon X`, `d'après X`) that leads the clause before `colon`.
    private func sourceBefore(_ colon: Int, in frame: Range<Int>) -> SourcePhrase? {
        let first = text.skipLead(in: frame)
        guard first < colon, let source = sourcePhrase(at: first), source.end < colon else { return nil }
        return source.speaker == .none ? nil : source
    }
}
