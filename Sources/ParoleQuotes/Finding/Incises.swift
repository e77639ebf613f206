import ParoleCore
import ParoleText

/// Incises: the verb and subject that attribute a quotation from after it (`« ... »,
/// a-t-il ajouté`, `, estime la directrice, Nathalie Brunet`, `» s'écria le
/// chevalier`) or from inside its marks (`« Ce dossier, a-t-il souligné, est grave »`),
/// with the lexicon's verbs or any verb in an incise's shape (`a-t-il tonné`).
extension QuoteFinder {
    /// The incise after a quotation: `, a-t-il ajouté`, `, estime la directrice du
    /// festival, Nathalie Brunet`, `, selon lui`, or, after a quotation that ends with
    /// its own punctuation, `s'écria le chevalier`.
    func incise(after pair: MarkPair) -> (speaker: SpeakerRef, cue: Quote.Cue?, end: Int)? {
        var start = pair.close + 1
        guard start < text.count, !text.startsLine(start) else { return nil }
        if text.isComma(start) {
            start += 1
        } else if text.isCapitalized(start)
            || !(text.isTerminal(pair.inner.upperBound - 1) || text.isComma(pair.inner.upperBound - 1))
                && scan.cue(startingAt: start) == nil
        {
            // Without a comma, an incise goes on in lower case (`» s'écria le chevalier`).
            return nil
        }
        guard start < text.count, !text.startsLine(start) else { return nil }
        if let source = sourcePhrase(at: start) {
            return (source.speaker, source.cue, source.end)
        }
        if let incise = inciseVerb(at: start) { return incise }
        return impersonalIncise(at: start)
    }

    /// An incise whose subject is `on` and whose verb need not speak (`pouvait-on
    /// lire`, `lit-on`): the words are nobody's in particular, or the author of the
    /// document they are read in (`peut-on lire dans un éditorial du Monde`).
    private func impersonalIncise(at start: Int) -> (speaker: SpeakerRef, cue: Quote.Cue?, end: Int)? {
        guard start + 1 < text.count, text.isWord(start), !text.isCapitalized(start) else { return nil }
        let pronoun = text.keyword(start + 1)
        guard pronoun == .invertedOn || pronoun == .invertedTOn else { return nil }
        let end = start + 2
        let upper = scan.frame(of: start).upperBound
        // `lire`, `entendre`, then `dans` or `sur` and the document.
        var index = end
        if index < upper && text.isWord(index) && !text.isAny(index, [.preposition, .determiner]) { index += 1 }
        index = scan.skipTimeWords(from: index, before: upper)
        guard index + 1 < upper, text.isAny(index, .preposition), !text.isAny(index, .determiner),
            let phrase = text.phrase(startingAt: index + 1, before: upper), let head = phrase.head,
            text.isAny(head, .documentNoun)
        else { return (.none, nil, end) }
        let author = scan.speakerPhrase(phrase)
        return author.tokens != phrase.tokens ? (.phrase(author), nil, end) : (.none, nil, end)
    }

    /// The first token at or after `start` that is not an object or negative clitic
    /// (`lui a-t-il répondu`, `nous a confié`, `m'a dit`).
    private func skipObjectClitics(from start: Int) -> Int {
        var index = start
        while index < text.count && index < start + 2 && text.isAny(index, .clitic) && !text.isAny(index, .reflexive)
            && !text.isCapitalized(index) && text.isWord(index) && index + 1 < text.count && text.isWord(index + 1)
        {
            index += 1
        }
        return index
    }

    /// An incise verb and its subject starting at `start`: a lexicon verb, or any verb
    /// in an incise's shape (`a-t-il tonné`, `s'amuse-t-elle`).
    func inciseVerb(at position: Int) -> (speaker: SpeakerRef, cue: Quote.Cue?, end: Int)? {
        let start = skipObjectClitics(from: position)
        guard
            let cue = scan.cue(startingAt: start) ?? SpeechCueFinder(text: text).cue(at: start)
                ?? shapedIncise(at: start),
            cue.form != .presentParticiple
        else { return nil }
        if cue.frames.contains(.fromSource) {
            let source = learnedSource(of: cue)
            return (source.speaker, cue.modelCue(in: text), source.end)
        }
        if cue.isImpersonal {
            let source = impersonalSource(of: cue)
            return (source.speaker, cue.modelCue(in: text), source.end)
        }
        if let place = scan.speakingPlace(afterOn: cue) {
            return (.phrase(place), cue.modelCue(in: text), place.tokens.upperBound)
        }
        if let pronoun = cue.invertedPronoun {
            return (scan.pronounRef(pronoun), cue.modelCue(in: text), cue.tokens.upperBound)
        }
        guard let subject = scan.subject(after: cue) else { return nil }
        return (.phrase(subject), cue.modelCue(in: text), subject.tokens.upperBound)
    }

    /// The source a verb of learning names (`a-t-on appris auprès de la direction`, `a
    /// appris l'AIB de sources proches du dossier`, `a-t-on appris au cabinet de la
    /// ministre`, `on apprenait, officiellement par le parquet, que`): the phrase after
    /// `auprès de` or `de` that follows the learner, after `à` right after an inverted
    /// pronoun, or after `par` in an aside after a comma; nobody when none is named. `end`
    /// is the token after the source (or after the cue).
    func learnedSource(of cue: SpeechCue) -> (speaker: SpeakerRef, end: Int) {
        let upper = scan.frame(of: cue.verb).upperBound
        let start = cue.tokens.upperBound
        var index = start
        // `on apprenait, toujours par le parquet, que`: the source in an aside, after `par`.
        let aside =
            cue.invertedPronoun == nil && start + 1 < upper && text.isComma(start)
            ? SpeechCueFinder(text: text).skipAdverbials(from: start + 1) : upper
        if aside < upper && text.isKeyword(aside, .par) {
            index = aside
        } else {
            while index < min(upper, start + 8) {
                let word = text.keyword(index)
                let opens =
                    text.isKeyword(index, .aupres) || word == .de || word == .deElided || word == .deElidedCurly
                    || word == .du || word == .des
                    || cue.invertedPronoun != nil && index == start && (word == .a || word == .au || word == .aux)
                if opens && (index > start || cue.invertedPronoun != nil) { break }
                if text.isTerminal(index) || text.isComma(index) || text.isQuotationMark(index) {
                    return (.none, start)
                }
                index += 1
            }
        }
        guard index < upper else { return (.none, start) }
        // Past `auprès de`, `de`, `à`, `par`, and the article that `du`, `des`, `au`, `aux` contract.
        while index < upper && text.isAny(index, .preposition) { index += 1 }
        guard let phrase = text.phrase(startingAt: index, before: upper), scan.isPlausibleSpeaker(phrase) else {
            return (.none, start)
        }
        return (.phrase(phrase), phrase.tokens.upperBound)
    }

    /// A verb not in the lexicon used as an incise: an auxiliary, an inverted pronoun
    /// and a participle (`a-t-il tonné`), or a verb and an inverted pronoun (`tranche-t-il`).
    func shapedIncise(at start: Int) -> SpeechCue? {
        var index = start
        if index < text.count && text.isAny(index, .reflexive) { index += 1 }
        guard index + 1 < text.count, text.isWord(index), !text.isCapitalized(index) else { return nil }
        if text.isAny(index, .auxiliary), text.isAny(index + 1, .invertedPronoun), index + 2 < text.count {
            let verb = index + 2
            guard text.isWord(verb), !text.isCapitalized(verb),
                let lemma = text.lexicons.verbLemmas.infinitive(ofParticiple: text.norm(verb))
            else { return nil }
            return SpeechCue(
                tokens: start..<(verb + 1), verb: verb, lemma: lemma, frames: [.incise], form: .pastParticiple,
                invertedPronoun: index + 1, auxiliary: index)
        }
        if text.isAny(index + 1, .invertedPronoun) && !text.isAny(index, .auxiliary) && !text.isAny(index, .modal) {
            return SpeechCue(
                tokens: start..<(index + 2), verb: index,
                lemma: text.lexicons.verbLemmas.infinitive(of: text.norm(index)),
                frames: [.incise], form: .finite, invertedPronoun: index + 1, auxiliary: nil)
        }
        // With the subject after it: `analyse le propriétaire`, `a tonné le ministre`.
        let closed: QuoteWordClass = [
            .determiner, .preposition, .subjectPronoun, .clitic, .relative, .conjunction, .adverb, .time, .modal,
            .speakerHead,
        ]
        if text.isAny(index, .auxiliary), text.isWord(index + 1), !text.isCapitalized(index + 1),
            let participle = text.lexicons.verbLemmas.infinitive(ofParticiple: text.norm(index + 1))
        {
            let cue = SpeechCue(
                tokens: start..<(index + 2), verb: index + 1, lemma: participle, frames: [.incise],
                form: .pastParticiple,
                invertedPronoun: nil, auxiliary: index)
            return scan.subject(after: cue).map { scan.isPlausibleSpeaker($0) } == true ? cue : nil
        }
        // A finite verb of the third person singular: `analyse`, `soupirait`, `lança`, `conclut`.
        guard !text.isAny(index, closed), !text.isAny(index, .auxiliary), text.hasShape(index, .singularVerbEnding)
        else { return nil }
        // The subject first: the lexicon is read only for a verb that has one.
        let shape = SpeechCue(
            tokens: start..<(index + 1), verb: index, lemma: "", frames: [.incise], form: .finite,
            invertedPronoun: nil, auxiliary: nil)
        guard scan.subject(after: shape).map({ scan.isPlausibleSpeaker($0) }) == true, readsAsVerbOnly(index)
        else { return nil }
        return SpeechCue(
            tokens: shape.tokens, verb: index, lemma: text.lexicons.verbLemmas.infinitive(of: text.norm(index)),
            frames: [.incise], form: .finite, invertedPronoun: nil, auxiliary: nil)
    }

    /// Whether the French lexicon reads the word at `index` as a verb and never as a word of
    /// a closed class: `celle` (also a form of `celler`), `entre`, `surtout` or
    /// `c'est-à-dire` before a noun phrase are not a verb and its subject. A word the
    /// lexicon lacks keeps its verb shape (`twitte`, a spelling of `tweete`).
    private func readsAsVerbOnly(_ index: Int) -> Bool {
        let classes = text.lexicons.wordForms.classes(of: text.norm(index))
        return (classes.isEmpty || classes.contains(.verb)) && classes.isDisjoint(with: Self.closedClasses)
    }

    /// The closed word classes no incise verb belongs to.
    private static let closedClasses: PartOfSpeechSet = [
        PartOfSpeechSet(.pronoun), PartOfSpeechSet(.adverb), PartOfSpeechSet(.adposition),
        PartOfSpeechSet(.determiner), PartOfSpeechSet(.coordinatingConjunction),
        PartOfSpeechSet(.subordinatingConjunction),
    ]

    /// An incise inside the marks: the quote's words stop before it and resume after it.
    func inciseInside(_ inner: Range<Int>) -> (start: Int, resume: Int, speaker: SpeakerRef, cue: Quote.Cue?)? {
        var index = inner.lowerBound + 1
        while index < inner.upperBound - 1 {
            defer { index += 1 }
            guard text.isComma(index), !scan.text.isQuotationMark(index + 1) else { continue }
            guard let incise = inciseVerb(at: index + 1), incise.speaker != .none, incise.end - index <= 12 else {
                continue
            }
            var resume = incise.end
            guard resume <= inner.upperBound else { continue }
            if let tail = inciseTail(from: resume, before: inner.upperBound) {
                resume = tail
            } else if resume < inner.upperBound {
                guard text.isComma(resume) || text.isTerminal(resume) || text.isPunctuation(resume, .semicolon) else {
                    continue
                }
                resume += 1
            }
            return (index, resume, incise.speaker, incise.cue)
        }
        return nil
    }

    /// Where the quote resumes when the incise goes on to the end of its sentence inside
    /// the marks: an adverb, a place or time, a relative clause after the subject
    /// (`prévient-il toutefois.`, `réagit la maire après le conseil.`, `explique Paul
    /// Roy qui a lancé la pétition.`), or an apposition that names the speaker's role
    /// (`, déplore Anne Roy, la présidente du club.`). The token after the sentence's
    /// end, when no comma, colon or mark comes before it and the quote resumes with a
    /// capital there or closes; an apposition has no finite verb but after a determiner or
    /// preposition (`la cheffe de groupe`).
    func inciseTail(from end: Int, before upper: Int) -> Int? {
        guard end < upper, !text.isTerminal(end) else { return nil }
        var index = end
        if text.isComma(end) {
            // Only an apposition headed by a role or person noun belongs to the incise.
            guard let phrase = text.phrase(startingAt: end + 1, before: upper), let head = phrase.head,
                text.isAny(head, .speakerHead), !text.isCapitalized(end + 1)
            else { return nil }
            index = end + 1
        }
        let apposition = index > end
        let limit = min(upper, end + 16)
        while index < limit {
            // An apposition has no verb of its own (`, le syndicat doit partir.` goes on quoting).
            if apposition && isFiniteVerb(index) && !text.isAny(index - 1, [.determiner, .preposition]) { return nil }
            if text.isTerminal(index) {
                let next = index + 1
                return next == upper || text.isCapitalized(next) && text.sentence(of: next) != text.sentence(of: end)
                    ? next : nil
            }
            if text.isPunctuation(index, [.comma, .semicolon, .colon, .dash]) || text.isQuotationMark(index) {
                return nil
            }
            index += 1
        }
        return nil
    }
}
