import ParoleCore
import ParoleText

/// Partial quotes: a fragment in quotation marks inside the reporter's sentence
/// (`a qualifié les négociations de « constructives »`), said by the speaker of the
/// reported clause around it, of the speech verb of its sentence, or, when it speaks
/// in the first person, by the sentence's subject. A fragment with no speaker in
/// sight, a name or a title (`entre ‘Israël’ et le Hamas`, `« Marée basse »`,
/// `surnommé 'poulpe aurore'`) is a scare quote, not a quote.
extension QuoteFinder {
    /// Adds the partial quotes among the pairs not taken as direct quotes.
    mutating func findPartialQuotes() {
        // The quotes over a pair of marks, by the pair's first inner token.
        var quoteAt: [Int: Int] = [:]
        for (index, candidate) in candidates.enumerated() where candidate.kind != .indirect && !candidate.isDropped {
            quoteAt[candidate.tokens.lowerBound] = index
        }
        for (index, pair) in scan.pairs.enumerated() where scan.isOutermost(index) && pairRoles[index] == .undecided {
            let inHeading = isInHeading(pair)
            let listed = listedQuote(next: index, quoteAt: quoteAt)
            // A capital opens a list's first fragment as it opens a sentence: not a title.
            guard !isScareQuote(pair, inHeading: inHeading || listed != nil) else { continue }
            let found = candidates.count
            defer { if candidates.count > found { quoteAt[pair.inner.lowerBound] = candidates.count - 1 } }
            if let host = reportedClause(around: pair) {
                add(
                    QuoteCandidate(
                        tokens: pair.inner, kind: .partial, speaker: .sameAs(host), cue: candidates[host].cue))
            } else if let attribution = attribution(of: pair) {
                add(
                    QuoteCandidate(
                        tokens: pair.inner, kind: .partial, speaker: attribution.speaker, cue: attribution.cue))
            } else if speaksInFirstPerson(pair) {
                // `il veut « retrouver le sens des aspirations sociales, car les couches
                // populaires n'ont pas voté pour nous »`: words of the sentence's subject.
                let speaker = scan.mainSubject(of: scan.frameIndex(of: pair.open), before: pair.open)
                if speaker != .none {
                    add(QuoteCandidate(tokens: pair.inner, kind: .partial, speaker: speaker, cue: nil))
                }
            } else if let speaker = fragmentSpeaker(index, inHeading: inHeading, quoteAt: quoteAt),
                !inHeading || speaker != .none
            {
                add(QuoteCandidate(tokens: pair.inner, kind: .partial, speaker: speaker, cue: nil))
            } else if let listed {
                add(
                    QuoteCandidate(
                        tokens: pair.inner, kind: .partial, speaker: .sameAs(listed), cue: candidates[listed].cue))
            } else if inHeading {
                // `Une « crise existentielle »`: a heading quotes, with no speaker in sight.
                add(QuoteCandidate(tokens: pair.inner, kind: .partial, speaker: headingSpeaker(pair), cue: nil))
            }
        }
    }

    /// The speaker of a fragment whose verb is not a speech verb (`est intervenu afin de
    /// « … »`, `se présente comme « … »`): the sentence's subject when it names a person
    /// or an organisation, by a name or by a group noun (`le gouvernement « n'exclut
    /// pas » des mesures`); when the fragment sits in a complement that opens the
    /// sentence, the subject after that complement's comma (`Grâce à des « compromis
    /// dynamiques », il a su avancer`). A fragment of two words or more with no such subject
    /// goes on with the speaker of the quote just before it in its sentence or the sentence
    /// before, in the same paragraph (`« … », a précisé la ministre. Les décisions seront
    /// prises « … »`, `… Le chantier restera « sous surveillance »`): the reporter goes on
    /// quoting whom he has just quoted, unless the fragment is a time complement, or a short
    /// one after the clause of a `selon X`, which vouches for that clause only. With no
    /// such quote, a fragment of five words or more keeps words nobody is said to have said
    /// (`il limogea « de haut en bas toute l'équipe »`), and a shorter one goes on with the
    /// speaker of a fragment quoted before it in its sentence (`une « médiathèque ouverte le
    /// dimanche soir », un parc et un « espace de glisse »`) or is a scare quote (`une « saison
    /// noire »`); a fragment of one word goes on only with such a fragment (`la
    /// « dédiabolisation »`). `quoteAt` gives the quote over a pair of marks by the pair's
    /// first inner token.
    func fragmentSpeaker(_ index: Int, inHeading: Bool = false, quoteAt: [Int: Int] = [:]) -> SpeakerRef? {
        let pair = scan.pairs[index]
        let words = pair.inner.filter { text.isWord($0) }.count
        // A short fragment with no speaker of its own goes on with the fragment before it.
        let goesOn = { precedingFragment(before: index, quoteAt: quoteAt).map { SpeakerRef.sameAs($0) } }
        // A quality (`« chargée »`) is someone's words whoever says it: never a scare quote.
        let isQuality = givesQuality(pair)
        guard words >= 2 || isQuality else { return goesOn() }
        let before = clauseSubject(of: pair)
        let subject = before == .none && !inHeading ? subjectAfterOpeningComplement(pair) : before
        switch subject {
        case .phrase(let phrase) where phrase.isPerson || phrase.entity != nil || namesGroup(phrase):
            return .phrase(phrase)
        case .pronoun where before == .none || isQuality:
            return subject
        default:
            let isLong = words >= 5
            if !isLong, let fragment = goesOn() { return fragment }
            // A quality of one word goes on with no other quote: nobody is said to give it.
            if words < 2 { return SpeakerRef.none }
            // A time complement in quotation marks, a preposition to a date (`devrait avoir
            // lieu « d'ici la fin de l'année »`), is the reporter's, whoever spoke before it.
            let inner = pair.inner.filter { text.isWord($0) }
            if let first = inner.first, let last = inner.last, text.isAny(first, .preposition), text.isInDate(last) {
                return isLong ? SpeakerRef.none : nil
            }
            guard let quote = precedingQuote(before: pair) else { return isLong || isQuality ? SpeakerRef.none : nil }
            // `selon X`, `d'après X` vouch for their own clause only: no short fragment after it.
            if !isLong, let lemma = candidates[quote].cue?.lemma, SpeakerResolver.isSourceLemma(lemma) {
                return isQuality ? SpeakerRef.none : nil
            }
            return .sameAs(quote)
        }
    }

    /// The subject of the clause that holds `pair`: the sentence's subject, or, when the
    /// fragment opens with a verb group right after a noun phrase, that phrase (`Les ventes
    /// ont chuté, et la direction « n'exclut pas » des fermetures`).
    private func clauseSubject(of pair: MarkPair) -> SpeakerRef {
        let first = pair.inner.lowerBound
        if first < pair.inner.upperBound, scan.startsVerbGroup(first),
            case .phrase(let phrase) = scan.subject(before: pair.open, coordination: false),
            phrase.tokens.upperBound == pair.open
        {
            return .phrase(phrase)
        }
        return scan.mainSubject(of: scan.frameIndex(of: pair.open), before: pair.open)
    }

    /// Whether `phrase` is headed by a noun of a group or an institution (`le
    /// gouvernement`, `la direction`), which speaks as its members do.
    func namesGroup(_ phrase: NounPhrase) -> Bool {
        phrase.head.map { text.isAny($0, .groupNoun) } ?? false
    }

    /// The subject of the main clause when `pair` lies in a complement that opens its
    /// sentence with no subject before it (`Estimant nécessaire d'éviter « … », la
    /// procureure réclame`, `Grâce à l'usage de « … », il a su`): the subject after the
    /// first comma past the fragment. A sentence that opens with a determiner, a
    /// pronoun or a name opens with its subject (`L'ascension, présentée comme le « … »
    /// des Alpes, n'a pas`), not with a complement.
    private func subjectAfterOpeningComplement(_ pair: MarkPair) -> SpeakerRef {
        let frameIndex = scan.frameIndex(of: pair.open)
        let frame = scan.frames[frameIndex]
        let first = text.skipLead(in: frame)
        guard first < pair.open, text.isWord(first), !text.isAny(first, [.determiner, .subjectPronoun]),
            text.entityTokens(at: first) == nil, pair.close + 1 < frame.upperBound,
            let comma = ((pair.close + 1)..<frame.upperBound).first(where: {
                text.isComma($0) && !scan.isQuoted($0)
            }),
            !((first..<comma).contains { !scan.isQuoted($0) && scan.startsVerbGroup($0) })
        else { return .none }
        let subject = scan.mainSubject(of: frameIndex, from: comma + 1, before: frame.upperBound)
        switch subject {
        case .phrase(let phrase) where phrase.tokens.lowerBound > comma: return subject
        case .pronoun(let index) where index > comma: return subject
        default: return .none
        }
    }

    /// The quote with a speaker that ends last before `pair` in its sentence or the
    /// sentence before, in the same paragraph; `nil` when the last one there names nobody.
    func precedingQuote(before pair: MarkPair) -> Int? {
        let frame = scan.frameIndex(of: pair.open)
        // The paragraph's first token: a quote ending after it has no line break before `pair`.
        var paragraph = pair.open
        while paragraph > 0 && !text.startsLine(paragraph) { paragraph -= 1 }
        var best: Int?
        for (index, candidate) in candidates.enumerated() where !candidate.isDropped {
            let tokens = candidate.tokens
            guard tokens.upperBound <= pair.open, tokens.upperBound > paragraph,
                scan.frameIndex(of: tokens.lowerBound) >= frame - 1
            else { continue }
            if best.map({ candidates[$0].tokens.upperBound < tokens.upperBound }) ?? true { best = index }
        }
        guard let best, candidates[best].speaker != .none else { return nil }
        return best
    }

    /// The quote with a speaker over the last quoted fragment before pair `index` in its
    /// sentence, when the rules took that fragment as a partial quote.
    private func precedingFragment(before index: Int, quoteAt: [Int: Int]) -> Int? {
        let frame = scan.frameIndex(of: scan.pairs[index].open)
        var other = index - 1
        while other >= 0 && scan.frameIndex(of: scan.pairs[other].close) == frame {
            if scan.isOutermost(other), let quote = quoteAt[scan.pairs[other].inner.lowerBound] {
                return candidates[quote].kind == .partial && candidates[quote].speaker != .none ? quote : nil
            }
            other -= 1
        }
        return nil
    }

    /// The quote over a neighbour of pair `index` in a list of quoted words (`« Scandaleux »,
    /// « inacceptable », dénoncent les syndicats`, `une réforme « juste », « nécessaire »
    /// et « attendue »`): the pair before it, else the pair after it, in the
    /// same sentence with nothing but commas and a conjunction between them, when the
    /// rules took it as a fragment with a speaker, or as a quote that a speech verb
    /// attributes (not one a colon gives to the subject before it). The words of a list
    /// are one speaker's.
    func listedQuote(next index: Int, quoteAt: [Int: Int]) -> Int? {
        let pair = scan.pairs[index]
        func joined(_ left: MarkPair, _ right: MarkPair) -> Bool {
            let gap = (left.close + 1)..<right.open
            return !gap.isEmpty && gap.count <= 2 && !left.isOpenEnded
                && scan.frameIndex(of: left.close) == scan.frameIndex(of: right.open)
                && gap.allSatisfy { text.isComma($0) || text.isAny($0, .conjunction) }
        }
        let before = scan.pairs[..<index].indices.last { scan.isOutermost($0) }
        let after = scan.pairs[(index + 1)...].indices.first { scan.isOutermost($0) }
        for other in [before, after].compactMap({ $0 }) {
            let neighbour = scan.pairs[other]
            guard other < index ? joined(neighbour, pair) : joined(pair, neighbour),
                let quote = quoteAt[neighbour.inner.lowerBound], candidates[quote].speaker != .none,
                candidates[quote].kind == .partial || candidates[quote].cue != nil
            else { continue }
            return quote
        }
        return nil
    }

    /// Whether the fragment in `pair` names rather than quotes: it follows a naming
    /// word (`surnommé`, `le slogan`), or it is short and opens with a capital (a
    /// name or a title, except in a heading: `« Très bon bilan » pour le festival`),
    /// or it is one name.
    func isScareQuote(_ pair: MarkPair, inHeading: Bool = false) -> Bool {
        let inner = pair.inner
        // A naming noun right before (`le slogan « ... »`), a naming participle a little
        // before (`surnommé par ses proches « ... »`).
        for offset in 1...3 where pair.open - offset >= 0 && text.isAny(pair.open - offset, .naming) {
            if offset == 1 || text.looksLikeParticiple(pair.open - offset) { return true }
        }
        guard let first = inner.first(where: { text.isWord($0) || text.isNumber($0) }) else { return true }
        if let entity = text.entityTokens(at: first), entity.lowerBound == first, entity.upperBound >= inner.upperBound
        {
            return true
        }
        if namesEntity(inner, first: first) { return true }
        let words = inner.filter { text.isWord($0) }.count
        let opensAsSentence =
            text.isAny(first, [.subjectPronoun, .determiner])
            || [.ceElided, .jeElided, .je, .nous, .vous].contains(text.keyword(first))
        // `« Personne n'est illégal ! »`: a negation and a final mark make a sentence, not a title.
        let isNegatedSentence =
            text.isTerminal(inner.upperBound - 1)
            && inner.contains { text.isAny($0, .negation) && text.isAny($0, .clitic) }
        return !inHeading && text.isCapitalized(first) && words <= 6 && !opensAsSentence && !isNegatedSentence
    }

    /// Whether the fragment from its first word `first` is a name: one name after a
    /// determiner or a common noun (`croit savoir « l'Express »`, `le « rapport Durand »`),
    /// or the words of a name the document recognises elsewhere (`‘’Debout Vallée’’` in a
    /// title, the collective named in full in the text).
    func namesEntity(_ inner: Range<Int>, first: Int) -> Bool {
        var last = inner.upperBound
        while last > first && !(text.isWord(last - 1) || text.isNumber(last - 1)) { last -= 1 }
        let second = first + 1
        if second < last, !text.isCapitalized(first), let entity = text.entityTokens(at: second),
            entity.lowerBound == second, entity.upperBound >= last, introducesName(first)
        {
            return true
        }
        guard text.isCapitalized(first) else { return false }
        let words = text.text(first..<last).lowercased()
        return text.entities.contains { text.text($0.span).lowercased() == words }
    }

    /// Whether the word at `index` can stand before a name it introduces: a determiner, or
    /// a common noun by the French lexicon, with no verb, preposition or pronoun reading.
    private func introducesName(_ index: Int) -> Bool {
        guard text.isWord(index) else { return false }
        if text.isAny(index, .determiner) { return true }
        let classes = text.lexicons.wordForms.classes(of: text.norm(index))
        let excluded: PartOfSpeechSet = [
            PartOfSpeechSet(.verb), PartOfSpeechSet(.auxiliary), PartOfSpeechSet(.adposition),
            PartOfSpeechSet(.pronoun), PartOfSpeechSet(.coordinatingConjunction),
            PartOfSpeechSet(.subordinatingConjunction),
        ]
        return classes.contains(.noun) && classes.isDisjoint(with: excluded)
    }

    /// Whether an adverbial clause opens in `range` (`avant que`, `alors que`, `parce
    /// qu'`): a fragment after it belongs to that clause, not to the verb before
    /// (`a ajouté un but, avant que X ne scelle la « remontada »`).
    func opensAdverbialClause(_ range: Range<Int>) -> Bool {
        range.contains { index in
            index > range.lowerBound && text.isQue(index) && text.keyword(index - 1)?.opensAdverbialQue == true
        }
    }

    /// Whether the words in `pair` speak in the first person (`je`, `nous`, `notre`):
    /// someone's words, even with no speech verb in sight.
    func speaksInFirstPerson(_ pair: MarkPair) -> Bool {
        pair.inner.contains { text.keyword($0)?.isFirstPerson == true }
    }

    /// The innermost indirect quote whose clause contains `pair`.
    func reportedClause(around pair: MarkPair) -> Int? {
        var best: Int?
        // A clause that reaches the closing mark starts at most the longest clause before it.
        let earliest = max(0, pair.close - candidateIndex.longestIndirect)
        guard earliest <= pair.open else { return nil }
        for index in candidateIndex.indirect(startingIn: earliest..<(pair.open + 1)) {
            let candidate = candidates[index]
            guard candidate.tokens.lowerBound <= pair.open && pair.close < candidate.tokens.upperBound + 1 else {
                continue
            }
            // The shortest; the first found of the shortest.
            if let current = best,
                candidates[current].tokens.count < candidate.tokens.count
                    || candidates[current].tokens.count == candidate.tokens.count && current < index
            {
                continue
            }
            best = index
        }
        return best
    }

    /// The speaker of a fragment from its clause (its sentence up to a semicolon): the
    /// nearest speech verb before it, else a source phrase (`selon X`), else a speech
    /// verb after it.
    func attribution(of pair: MarkPair) -> (speaker: SpeakerRef, cue: Quote.Cue)? {
        let frame = scan.frame(of: pair.open)
        var lower = pair.open
        while lower > frame.lowerBound && !text.isPunctuation(lower - 1, .semicolon) { lower -= 1 }
        var upper = pair.close + 1
        while upper < frame.upperBound && !text.isPunctuation(upper, .semicolon) { upper += 1 }
        let clause = lower..<upper
        // Verbs of thought used only in incises (`pense`, `trouve`) do not attribute fragments.
        let inClause = scan.cues(withVerbIn: clause).filter {
            !$0.frames.isDisjoint(with: [.que, .infinitive, .intro, .mark])
        }
        if let cue = inClause.last(where: { $0.tokens.upperBound <= pair.open }),
            !opensAdverbialClause(cue.tokens.upperBound..<pair.open)
        {
            let speaker = speaker(of: cue)
            if speaker != .none { return (speaker, cue.modelCue(in: text)) }
        }
        for index in clause where !scan.isQuoted(index) {
            if let source = sourcePhrase(at: index) { return (source.speaker, source.cue) }
        }
        if let cue = inClause.first(where: { $0.tokens.lowerBound > pair.close }) {
            let speaker = speaker(of: cue)
            if speaker != .none { return (speaker, cue.modelCue(in: text)) }
        }
        return nil
    }
}
