import ParoleCore

/// Turns quote candidates into quotes, resolving their speakers in text order:
/// phrases to their entity or linked person, pronouns to the nearest fitting
/// antecedent (a previous speaker, a sentence subject, a named person) of the right
/// gender and number, and quotes with no attribution to the speaker just before.
struct SpeakerResolver {
    let scan: QuoteScan
    private(set) var candidates: [QuoteCandidate]
    let links: [RoleLink]
    /// The role links of each cluster, in text order.
    private let linksByCluster: [Int: [RoleLink]]
    let mentions: [SpeakerMention]
    /// The speakers resolved so far, as mentions a later pronoun may refer to, in text order.
    var speakerMentions: [SpeakerMention] = []
    /// The identities of the speakers resolved so far.
    var spoken: Set<SpeakerIdentity> = []
    /// What a pronoun that names a speaker takes from the speaker's last mention.
    struct MentionTraits {
        var gender: Gender?
        var isPerson: Bool
        var isNamed: Bool
        var plural: Bool

        init(_ mention: SpeakerMention) {
            gender = mention.gender
            isPerson = mention.isPerson
            isNamed = mention.isNamed
            plural = mention.plural
        }
    }

    /// The traits of the last mention of each identity, for a pronoun that names it.
    var lastMention: [SpeakerIdentity: MentionTraits] = [:]
    /// The traits of the last mention of each identity by its name or a noun phrase (not
    /// a pronoun), which a pronoun naming it should agree with.
    var namedMention: [SpeakerIdentity: MentionTraits] = [:]
    /// The part of speech and lemma of each token (the `morphology` stage's), read by the
    /// ranker's features; empty when they are not needed.
    let morphology: [TokenMorphology]
    /// What the whole article says about its speakers, once the rules have chosen them.
    var evidence = SpeakerEvidence()
    /// The best antecedent in each frame of the window an antecedent is sought in.
    private var bestInFrame: [SpeakerMention?] = []
    /// The candidates in text order (a quote before the quotes inside it).
    let order: [Int]
    /// The position of each candidate in ``order``.
    let position: [Int]
    /// The identity resolved for each candidate (`nil` inside: none found).
    private var resolved: [SpeakerIdentity??]
    /// The pronoun token of each candidate whose speaker is a pronoun.
    var pronounToken: [Int?]
    /// The antecedents found for subject pronouns, by token.
    private var antecedents: [Int: SpeakerIdentity?] = [:]

    let text: QuoteText
    /// The learned model that chooses among candidate speakers, when the rules' choice
    /// is to be reviewed.
    let ranker: SpeakerRanker?
    /// Whether the candidate speakers of each quote are kept in ``collected``.
    let collectsCandidates: Bool
    /// The candidate speakers of each quote, in the order of the quotes, when
    /// ``collectsCandidates`` is set.
    private(set) var collected: [[SpeakerCandidate]] = []
    /// The rule that found each quote of the last ``quotes()``, in its order.
    private(set) var origins: [RuleOrigin?] = []
    /// How many mentions each entity cluster has in the document.
    let clusterCounts: [Int: Int]

    init(
        scan: QuoteScan, candidates: [QuoteCandidate], ranker: SpeakerRanker? = nil, collectsCandidates: Bool = false,
        morphology: [TokenMorphology] = []
    ) {
        self.scan = scan
        self.morphology = morphology
        text = scan.text
        self.candidates = candidates
        self.ranker = ranker
        self.collectsCandidates = collectsCandidates
        links = scan.roleLinks()
        linksByCluster = Dictionary(grouping: links, by: \.cluster)
        let reported = candidates.filter { $0.kind == .indirect }.map(\.tokens)
        mentions = scan.mentions(links: links, reportedClauses: reported)
        resolved = [SpeakerIdentity??](repeating: nil, count: candidates.count)
        pronounToken = [Int?](repeating: nil, count: candidates.count)
        order = candidates.indices.sorted {
            let (a, b) = (candidates[$0].tokens, candidates[$1].tokens)
            return a.lowerBound != b.lowerBound ? a.lowerBound < b.lowerBound : a.upperBound > b.upperBound
        }
        var position = [Int](repeating: 0, count: candidates.count)
        for (rank, index) in order.enumerated() { position[index] = rank }
        self.position = position
        var clusterCounts: [Int: Int] = [:]
        // (Sized once: the tables are only looked up by key, never walked.)
        let identified = mentions.reduce(0) { $0 + ($1.identity == nil ? 0 : 1) }
        lastMention.reserveCapacity(identified)
        namedMention.reserveCapacity(identified)
        clusterCounts.reserveCapacity(identified)
        for mention in mentions {
            if let identity = mention.identity {
                lastMention[identity] = MentionTraits(mention)
                if mention.pronoun == nil { namedMention[identity] = MentionTraits(mention) }
            }
            if let cluster = mention.identity?.cluster { clusterCounts[cluster, default: 0] += 1 }
        }
        self.clusterCounts = clusterCounts
    }

    /// The quotes, in text order (a quote before the quotes inside it); ``origins`` holds
    /// the rule that found each.
    mutating func quotes() -> [Quote] {
        origins = []
        var quotes: [Quote] = []
        quotes.reserveCapacity(candidates.lazy.filter { !$0.isDropped }.count)
        var identities = [SpeakerIdentity?](repeating: nil, count: candidates.count)
        for index in order where !candidates[index].isDropped { identities[index] = resolve(index, depth: 0) }
        // A quotation that makes the whole title takes the speaker of a later quote that repeats it.
        for index in order where !candidates[index].isDropped && identities[index] == nil && pronounToken[index] == nil
        {
            identities[index] = echoedSpeaker(of: index, identities: identities)
        }
        // A quotation alone on its line that the context gave a speaker takes the speaker of a
        // later quote that repeats it (an intertitle drawn from the quotes below).
        for index in order where !candidates[index].isDropped && identities[index] != nil {
            guard case .context = candidates[index].speaker, let known = identities[index],
                !isSubjectBelow(known, of: index),
                let echoed = echoedSpeaker(of: index, identities: identities, anyLine: true)
            else { continue }
            identities[index] = echoed
            pronounToken[index] = nil
        }
        dropUnspoken(identities)
        if ranker != nil || collectsCandidates { review(&identities) }
        for index in order where !candidates[index].isDropped {
            let candidate = candidates[index]
            let identity = identities[index]
            var speaker = Self.speaker(identity, pronoun: pronounToken[index], in: text)
            if let span = speaker?.span {
                let traits = scan.speakerTraits(
                    span: span, identity: identity, pronoun: pronounToken[index], links: linksByCluster,
                    at: candidate.tokens.lowerBound)
                speaker?.kind = traits.kind
                speaker?.gender = traits.gender
                speaker?.role = traits.role
            }
            quotes.append(
                Quote(span: text.span(candidate.tokens), kind: candidate.kind, speaker: speaker, cue: candidate.cue))
            origins.append(candidate.origin)
        }
        PronounGenders.share(&quotes)
        return quotes
    }

    /// Drops the reported clauses whose cue has no tense of its own and whose speaker was
    /// found nowhere: the participle or infinitive borrows its subject, and when neither
    /// the phrase before it nor the clause gives a speaker, nobody is reported (`une loi
    /// pionnière exigeant que …`, `a haussé le ton menaçant de …`, `après avoir constaté
    /// que …`).
    private mutating func dropUnspoken(_ identities: [SpeakerIdentity?]) {
        for index in candidates.indices where candidates[index].kind == .indirect && candidates[index].hasNonFiniteCue {
            if identities[index] == nil && pronounToken[index] == nil { candidates[index].isDropped = true }
        }
    }

    /// The speaker named by `identity`, or by the pronoun at `pronoun` (whose words it keeps).
    func speaker(_ identity: SpeakerIdentity?, pronoun: Int?) -> Quote.Speaker? {
        Self.speaker(identity, pronoun: pronoun, in: text)
    }

    /// The speaker named by `identity`, or by the pronoun at `pronoun`, in `text`. (Static:
    /// a method of the resolver called from the mutating ``quotes()`` copies the whole resolver.)
    private static func speaker(_ identity: SpeakerIdentity?, pronoun: Int?, in text: QuoteText) -> Quote.Speaker? {
        if let identity {
            var span = identity.span
            if let pronoun { span = text.tokens[pronoun].span }
            return Quote.Speaker(span: span, canonical: identity.canonical(in: text), cluster: identity.cluster)
        }
        guard let pronoun else { return nil }
        return Quote.Speaker(span: text.tokens[pronoun].span, canonical: nil)
    }

    /// Reviews the rules' speakers (`identities`, by candidate) with the ranker: each
    /// quote's candidate speakers are scored, and the best replaces the rules' choice
    /// (a speaker the rules found only when it scores the ranker's margin more).
    /// The candidates are kept when ``collectsCandidates`` is set.
    private mutating func review(_ identities: inout [SpeakerIdentity?]) {
        let rulePronouns = pronounToken
        evidence = SpeakerEvidence(resolver: self, identities: identities)
        var previous: SpeakerIdentity?
        for index in order where !candidates[index].isDropped {
            let list = speakerCandidates(
                of: index, rule: identities[index], rulePronoun: rulePronouns[index], previous: previous)
            previous = identities[index]
            if collectsCandidates { collected.append(list) }
            let ruleFound = identities[index] != nil || rulePronouns[index] != nil
            guard let ranker, let best = ranker.best(of: list, ruleFound: ruleFound), !list[best].isRuleChoice else {
                continue
            }
            identities[index] = list[best].identity
            pronounToken[index] = list[best].pronoun
        }
    }

    /// The identity of candidate `index`'s speaker, resolved once.
    mutating func resolve(_ index: Int, depth: Int) -> SpeakerIdentity? {
        if let known = resolved[index] { return known }
        guard depth < 8 else { return nil }
        let candidate = candidates[index]
        var identity: SpeakerIdentity?
        switch candidate.speaker {
        case .none:
            identity = candidate.kind == .partial ? nextSentenceSpeaker(of: index, depth: depth) : nil
        case .phrase(let named):
            let phrase = scan.speakerPhrase(named)
            // `Ce moment a démontré que`, `une petite phrase nous informe que`: no one
            // speaks, the words are those of the speaker in context.
            if scan.namesThing(phrase), let thing = thingSpeaker(index, depth) {
                identity = thing
                break
            }
            let found =
                anaphoricSpeaker(phrase, links: links) ?? scan.roleHolder(of: phrase, links: links)
                ?? scan.identity(of: phrase, links: links)
            identity = found
            remember(scan.mention(of: phrase, rank: .speaker, links: links), as: found)
        case .pronoun(let token):
            pronounToken[index] = token
            identity = antecedent(
                of: token, excluding: candidate.kind == .indirect ? nil : candidate.tokens, depth: 0,
                notBeing: quotingSpeaker(around: token, of: index, depth: depth))
            if let found = identity, let person = personRatherThan(found, pronoun: token, quote: candidate.tokens) {
                identity = person
            }
            // `« … », a-t-elle prévenu. La secrétaire générale, Sophie Binet, s'exprimait …`:
            // a pronoun nothing before stands for names the subject of the next sentence.
            if identity == nil, candidate.kind == .direct { identity = followingSubject(of: index, pronoun: token) }
            if let identity { remember(pronoun: token, as: identity) }
        case .sameAs(let other):
            identity = resolve(other, depth: depth + 1)
            pronounToken[index] = pronounToken[other]
        case .context:
            identity =
                wordsOwner(of: index) ?? contextSpeaker(of: index, depth: depth)
                ?? focusSpeaker(of: index, depth: depth) ?? followingSubject(of: index)
        }
        resolved[index] = .some(identity)
        return identity
    }

    /// Who speaks through a thing named as the subject of a speech verb: the speaker in
    /// context, else the one in focus, else the speaker of the next quote when it opens
    /// the next sentence of the paragraph (`une petite phrase nous informe que … X
    /// l'annonce : « … »`).
    private mutating func thingSpeaker(_ index: Int, _ depth: Int) -> SpeakerIdentity? {
        if let found = contextSpeaker(of: index, depth: depth) ?? focusSpeaker(of: index, depth: depth) {
            return found
        }
        let start = candidates[index].tokens.lowerBound
        let frame = scan.frameIndex(of: start)
        let paragraph = paragraphStart(of: start)
        for rank in (position[index] + 1)..<order.count {
            let other = order[rank]
            let tokens = candidates[other].tokens
            if scan.frameIndex(of: tokens.lowerBound) > frame + 1 || paragraphStart(of: tokens.lowerBound) != paragraph
            {
                return nil
            }
            guard !candidates[other].isDropped, tokens.lowerBound > candidates[index].tokens.upperBound,
                case .phrase(let phrase) = candidates[other].speaker, phrase.isPerson
            else { continue }
            return resolve(other, depth: depth + 1)
        }
        return nil
    }

    /// The speaker of a partial quote whose sentence names no speaker: the speaker of the
    /// direct quote that follows in the next sentence of its paragraph (`L'impact du franc
    /// est « difficile » à estimer. « J'ai eu l'impression … », a noté le directeur.`).
    private mutating func nextSentenceSpeaker(of index: Int, depth: Int) -> SpeakerIdentity? {
        let tokens = candidates[index].tokens
        let frame = scan.frameIndex(of: tokens.lowerBound)
        let paragraph = paragraphStart(of: tokens.lowerBound)
        // (An agent after it names whose words they are: `qualifié de « liberticide » par
        // ses opposants`.)
        var after = tokens.upperBound
        while after < min(text.count - 1, tokens.upperBound + 2) && !text.isWord(after) { after += 1 }
        if text.keyword(after) == .par { return nil }
        for rank in (position[index] + 1)..<order.count {
            let other = order[rank]
            let next = candidates[other].tokens
            guard !candidates[other].isDropped, next.lowerBound >= tokens.upperBound else { continue }
            let nextFrame = scan.frameIndex(of: next.lowerBound)
            if nextFrame == frame { continue }
            guard nextFrame == frame + 1, paragraphStart(of: next.lowerBound) == paragraph,
                candidates[other].kind == .direct
            else { return nil }
            return resolve(other, depth: depth + 1)
        }
        return nil
    }

    /// Records a speaker phrase as a mention for later pronouns.
    private mutating func remember(_ mention: SpeakerMention, as identity: SpeakerIdentity) {
        var mention = mention
        mention.identity = identity
        namedMention[identity] = MentionTraits(mention)
        record(mention)
    }

    /// The gender and number of what the pronoun at `token` refers to: the pronoun's
    /// own, or for a possessive (`ses calculs`), no gender and the possessor's number.
    func referent(of token: Int) -> (gender: Gender?, plural: Bool) {
        if let word = text.keyword(token), word.isThirdPersonPossessive {
            return (nil, word == .leur || word == .leurs)
        }
        let info = text.info(token)
        return (info.gender, info.plural ?? false)
    }

    /// Records a resolved pronoun as a mention of its antecedent.
    private mutating func remember(pronoun token: Int, as identity: SpeakerIdentity) {
        let (gender, plural) = referent(of: token)
        let source = lastMention[identity]
        record(
            SpeakerMention(
                tokens: token..<(token + 1), frame: scan.frameIndex(of: token), rank: .speaker,
                gender: source?.gender ?? gender, plural: plural,
                isPerson: source?.isPerson ?? true, isNamed: source?.isNamed ?? false, identity: identity))
    }

    /// Adds a speaker mention, keeping them in text order.
    private mutating func record(_ mention: SpeakerMention) {
        if let identity = mention.identity {
            lastMention[identity] = MentionTraits(mention)
            spoken.insert(identity)
        }
        var index = speakerMentions.count
        while index > 0 && speakerMentions[index - 1].tokens.lowerBound > mention.tokens.lowerBound { index -= 1 }
        speakerMentions.insert(mention, at: index)
    }

    /// The speaker mentions from frame `window` on, and at most ``mentionReach`` tokens before `token`.
    private func speakerMentions(from window: Int, before token: Int) -> ArraySlice<SpeakerMention> {
        var start = speakerMentions.count
        while start > 0 && speakerMentions[start - 1].frame >= window
            && speakerMentions[start - 1].tokens.lowerBound >= token - Self.mentionReach
        {
            start -= 1
        }
        return speakerMentions[start...]
    }

    /// How far back, in tokens, an antecedent is sought: far beyond six sentences of
    /// prose, and a bound on the work per pronoun in text that never ends a sentence.
    static let mentionReach = 600

    /// How many sentences before a pronoun's own an antecedent is sought in.
    static let antecedentSentences = 6

    /// The first sentence (a frame index) of the window an antecedent of the pronoun at
    /// `token` is sought in.
    func antecedentWindow(of token: Int) -> Int { max(0, scan.frameIndex(of: token) - Self.antecedentSentences) }

    /// The antecedent of the pronoun at `token`: going back sentence by sentence, the
    /// best mention of the right gender and number (a speaker, then a subject, then a
    /// person, then a name, then the nearest); an antecedent that is only a mention in
    /// passing is kept while one more sentence is searched for a subject.
    ///
    /// A subject pronoun found first stands for its own antecedent (`Il a été élu en
    /// 2020. Il a déclaré ...`), followed back a few links at most. A person named in a
    /// sentence with no verb is that sentence's subject; a person named in passing is not
    /// passed over for a subject in an earlier paragraph.
    ///
    /// `excluded`, when given, is a speaker the pronoun cannot stand for (the speaker of the
    /// quotation that holds it): its mentions are passed over.
    mutating func antecedent(
        of token: Int, excluding quote: Range<Int>?, depth: Int, notBeing excluded: SpeakerIdentity? = nil
    ) -> SpeakerIdentity? {
        if quote == nil, excluded == nil, let known = antecedents[token] { return known }
        let (gender, plural) = referent(of: token)
        let frame = scan.frameIndex(of: token)
        let window = antecedentWindow(of: token)
        func fits(_ mention: SpeakerMention) -> Bool {
            mention.tokens.upperBound <= token && mention.frame >= window && mention.frame <= frame
                && mention.pronoun != token
                && !(quote?.contains(mention.tokens.lowerBound) ?? false)
                && (mention.plural == plural && (gender == nil || mention.gender == nil || mention.gender == gender)
                    || plural && standsForMany(mention, before: token))
                && (mention.pronoun == nil || depth < 12)
                && (excluded == nil || !isSameSpeaker(mention.identity, excluded))
        }
        // The best fitting mention of each frame: the first of the best, taking the
        // document's mentions before the speakers found so far.
        bestInFrame.removeAll(keepingCapacity: true)
        bestInFrame.append(contentsOf: repeatElement(nil, count: frame - window + 1))
        for part in [mentionsBefore(token, from: window), speakerMentions(from: window, before: token)] {
            for mention in part where fits(mention) {
                let slot = mention.frame - window
                if let best = bestInFrame[slot], !isWorse(best, than: mention, plural: plural, gender: gender) {
                    continue
                }
                bestInFrame[slot] = mention
            }
        }
        var fallback: SpeakerMention?
        var fallbackFrame = 0
        // The first token of the fallback's paragraph: the search for a subject stays in it.
        var fallbackParagraph = 0
        var found: SpeakerMention?
        // A group named by a common noun, subject of a sentence that reports nothing
        // (`La défense dispose de dix jours.`), yields to a person who spoke just before.
        var weak: (mention: SpeakerMention, frame: Int)?
        for current in stride(from: frame, through: window, by: -1) {
            if let (mention, weakFrame) = weak, current < weakFrame - 1 {
                found = mention
                break
            }
            // A person named in passing in the pronoun's paragraph is not passed over for
            // the subject of a paragraph before (`… ¶ Les députés ont protesté par la voix de
            // Christian Jacob. Il a demandé …`).
            if fallback != nil && scan.frames[current].upperBound <= fallbackParagraph { break }
            if let best = bestInFrame[current - window] {
                if let (mention, _) = weak {
                    found = best.rank == .speaker && best.isPerson ? best : mention
                    break
                }
                if best.rank == .subject && !plural && !best.isPerson && !best.isNamed && best.pronoun == nil {
                    weak = (best, current)
                    continue
                }
                // (A person named in a sentence with no verb is its subject: `Des salariés
                // comme Jean Roy, encore loin de la retraite. Il …`.)
                if best.rank >= .subject
                    || fallback == nil && best.isPerson && best.pronoun == nil && isVerbless(current)
                {
                    found = best
                    break
                }
                if fallback == nil {
                    fallback = best
                    fallbackFrame = current
                    if isNamedInPassing(best) { fallbackParagraph = paragraphStart(of: best.tokens.lowerBound) }
                }
            }
            if fallback != nil && current < fallbackFrame - 1 { break }
        }
        var identity: SpeakerIdentity?
        if let chosen = found ?? weak?.mention ?? fallback {
            let agreeing = feminineAntecedent(over: chosen, gender: gender, before: token, window: window, fits: fits)
            identity = self.identity(of: agreeing ?? chosen, depth: depth, notBeing: excluded, plural: plural)
        }
        if quote == nil && excluded == nil { antecedents[token] = .some(identity) }
        return identity
    }

    /// Who `chosen` names: its own identity, or for a pronoun its antecedent's, never
    /// `excluded` (the speaker of the quotation that holds the first pronoun).
    /// For a plural pronoun (`plural`), a person who opens coordinated subjects names
    /// them all.
    private mutating func identity(
        of chosen: SpeakerMention, depth: Int, notBeing excluded: SpeakerIdentity?, plural: Bool = false
    ) -> SpeakerIdentity? {
        if plural, !chosen.plural, let words = coordinatedSubject(openedBy: chosen) {
            return SpeakerIdentity(span: text.span(words), cluster: nil, name: .words)
        }
        guard let pronoun = chosen.pronoun else { return chosen.identity }
        let identity = antecedent(of: pronoun, excluding: nil, depth: depth + 1, notBeing: excluded)
        return isSameSpeaker(identity, excluded) ? nil : identity
    }

    /// Whether `mention` is the subject of a sentence, a singular phrase headed by a noun
    /// that names the many people of a group (`L'opposition reproche au maire … « … »,
    /// disent-ils`): a plural pronoun takes it up whatever its gender.
    func isCollectiveSubject(_ mention: SpeakerMention) -> Bool {
        guard !mention.plural, mention.pronoun == nil, mention.rank >= .subject,
            let head = mention.tokens.first(where: { text.isAny($0, .speakerHead) })
        else { return false }
        return text.isAny(head, .collectiveNoun)
    }

    /// Whether `mention`, singular, may be what a plural pronoun at `token` stands for: a
    /// collective subject with no persons in the plural named after it, or the first of
    /// persons coordinated as one subject.
    func standsForMany(_ mention: SpeakerMention, before token: Int) -> Bool {
        isCollectiveSubject(mention) && !namesPersonsInPlural(after: mention, before: token)
            || coordinatedSubject(openedBy: mention) != nil
    }

    /// Whether persons named in the plural lie in `range` outside quotations (`les
    /// policiers`, `des élus`): a plural pronoun after them may take them up rather than a
    /// collective before (`Le syndicat a été reçu par les policiers. « … », ont-ils
    /// souligné`), so the collective is no sure antecedent. Looks at most
    /// ``pluralPersonsReach`` tokens.
    /// The words run from the end of `mention`, or from its first verb when it holds one.
    func namesPersonsInPlural(after mention: SpeakerMention, before token: Int) -> Bool {
        let start = mention.tokens.first(where: { scan.startsVerbGroup($0) }) ?? mention.tokens.upperBound
        let end = min(token, start + Self.pluralPersonsReach, text.count)
        guard start < end else { return false }
        return (start..<end).contains {
            text.isAny($0, [.role, .personNoun]) && text.info($0).plural == true && !scan.isQuoted($0)
        }
    }

    /// Most tokens from a collective to a plural pronoun searched for persons in the plural.
    static let pluralPersonsReach = 80

    /// The words of persons coordinated as one subject that `mention`, a person named
    /// alone, opens (`Le préfet, le sous-préfet et le maire ont chacun rédigé un communiqué
    /// dans lequel ils …`): `et` follows it before any verb, and a verb follows `et` in its
    /// sentence; the words run to the verb (a comma before it left out). A plural pronoun
    /// takes the persons up.
    func coordinatedSubject(openedBy mention: SpeakerMention) -> Range<Int>? {
        guard !mention.plural, mention.pronoun == nil, mention.isPerson else { return nil }
        var token = mention.tokens.upperBound
        var coordinated = false
        while token < min(text.count, mention.tokens.upperBound + Self.coordinationReach) {
            if text.isTerminal(token) || scan.isQuoted(token) { return nil }
            if scan.startsVerbGroup(token) {
                // (A singular verb has one subject: `Le directeur de Procter et Gamble a présenté`.)
                guard coordinated, !isSingularAuxiliary(token) else { return nil }
                return mention.tokens.lowerBound..<(text.isComma(token - 1) ? token - 1 : token)
            }
            if text.keyword(token) == .et {
                // (`de Paul Martin et de Sophie Leroy`, `de l'Economie et des Finances`
                // coordinate complements, not subjects.)
                if isDeForm(token + 1) { return nil }
                coordinated = true
            }
            token += 1
        }
        return nil
    }

    /// Whether the verb group at `index` opens, past a clitic `ne` or `se`, with an
    /// auxiliary or modal in the singular (`a`, `est`, `doit`), which no coordinated subjects
    /// take.
    func isSingularAuxiliary(_ index: Int) -> Bool {
        var verb = index
        while verb < min(text.count - 1, index + 3) && text.isAny(verb, [.reflexive, .negation]) { verb += 1 }
        let info = text.info(verb)
        return info.isAny([.auxiliary, .modal]) && info.plural == false
    }

    /// Most tokens from the first of coordinated subjects to their verb.
    static let coordinationReach = 40

    /// Whether `mention` names a person by name in passing, neither as a subject nor as the
    /// complement of a preposition or of a noun (`par Christian Jacob`, not `avec Paul Roy` nor
    /// `un règne de 14 ans du maire Labeaume`).
    private func isNamedInPassing(_ mention: SpeakerMention) -> Bool {
        guard mention.isPerson, mention.isNamed, mention.pronoun == nil, mention.rank == .other else { return false }
        let start = mention.tokens.lowerBound
        var before = start - 1
        while before >= 0 && text.isAny(before, .role) { before -= 1 }
        return !isComplement(start) && !(before >= 0 && text.keyword(before)?.isDeForm == true)
    }

    /// Whether frame `frame` has no verb outside quotation marks (a nominal sentence).
    private func isVerbless(_ frame: Int) -> Bool {
        !scan.frames[frame].contains { !scan.isQuoted($0) && scan.startsVerbGroup($0) }
    }

    /// The mentions from frame `window` (and ``mentionReach`` tokens before `token`) up to
    /// token `token`, found by binary search.
    func mentionsBefore(_ token: Int, from window: Int) -> ArraySlice<SpeakerMention> {
        var low = 0
        var high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].tokens.lowerBound < token { low = middle + 1 } else { high = middle }
        }
        var start = low
        while start > 0 && mentions[start - 1].frame >= window
            && mentions[start - 1].tokens.lowerBound >= token - Self.mentionReach
        {
            start -= 1
        }
        return mentions[start..<low]
    }

    /// Whether mention `a` is a worse antecedent than `b`.
    private func isWorse(_ a: SpeakerMention, than b: SpeakerMention, plural: Bool, gender: Gender?) -> Bool {
        func key(_ m: SpeakerMention) -> (Int, Int, Int, Int, Int) {
            (
                Int(m.rank.rawValue), plural || m.isPerson ? 1 : 0, gender != nil && m.gender == gender ? 1 : 0,
                m.isNamed ? 1 : 0, m.tokens.lowerBound
            )
        }
        return key(a) < key(b)
    }

    /// The speaker of a quote that names none: the speaker of a quote just before in
    /// the same paragraph, else the subject of the sentence before.
    private mutating func contextSpeaker(of index: Int, depth: Int) -> SpeakerIdentity? {
        let start = candidates[index].tokens.lowerBound
        let frame = scan.frameIndex(of: start)
        let paragraphStart = paragraphStart(of: start)
        var previous: Int?
        for rank in stride(from: position[index] - 1, through: 0, by: -1) {
            let other = order[rank]
            let tokens = candidates[other].tokens
            if tokens.lowerBound < paragraphStart || scan.frameIndex(of: tokens.lowerBound) < frame - 2 { break }
            if candidates[other].isDropped || tokens.upperBound > start || isReportInsideQuotation(other) { continue }
            if previous.map({ candidates[$0].tokens.upperBound < tokens.upperBound }) ?? true { previous = other }
        }
        if let previous, let identity = resolve(previous, depth: depth + 1) {
            pronounToken[index] = pronounToken[previous]
            return identity
        }
        let ownSentence = max(paragraphStart, scan.frames[frame].lowerBound)..<start
        guard frame > 0, scan.frames[frame - 1].lowerBound >= paragraphStart else {
            return paragraphBeforeSpeaker(of: index, depth: depth) ?? solePerson(in: ownSentence)
        }
        switch scan.mainSubject(of: frame - 1, before: scan.frames[frame - 1].upperBound) {
        case .phrase(let phrase) where scan.isPlausibleSpeaker(phrase):
            return scan.identity(of: scan.speakerPhrase(phrase), links: links)
        case .pronoun(let token):
            pronounToken[index] = token
            return antecedent(of: token, excluding: nil, depth: 0)
        default:
            if let own = solePerson(in: ownSentence) { return own }
            // The one person of the sentence before speaks the quote: a later pronoun may
            // refer to that person as to a speaker.
            guard var mention = solePersonMention(in: scan.frames[frame - 1]), let identity = mention.identity
            else { return nil }
            mention.rank = .speaker
            remember(mention, as: identity)
            return identity
        }
    }

    /// The speaker of a quote that opens its paragraph, read from the paragraph before:
    /// the speaker of a quote filling that paragraph (a run of quoted paragraphs), else,
    /// when that paragraph introduces the quote (it ends with a colon, or is a short
    /// heading with no final punctuation), the last person it names, then the last
    /// name, then who its possessive refers to (`Voici ses déclarations :`).
    private mutating func paragraphBeforeSpeaker(of index: Int, depth: Int) -> SpeakerIdentity? {
        let start = candidates[index].tokens.lowerBound
        let opening = paragraphStart(of: start)
        guard opening > 0, start - opening <= 1 else { return nil }
        let last = opening - 1
        let previousStart = paragraphStart(of: last)
        // (An intertitle is the editor's words: it does not continue a run of quoted paragraphs.)
        let intertitle = isIntertitle(candidates[index].tokens)
        if !intertitle, let other = quoteFilling(previousStart..<opening, before: index) {
            guard let identity = resolve(other, depth: depth + 1) else {
                // (An intertitle quotation above is a heading: the quote goes on from the text above it.)
                guard isHeadingQuote(candidates[other].tokens) else { return nil }
                return speakerAbove(heading: previousStart, of: index, depth: depth)
            }
            pronounToken[index] = pronounToken[other]
            return identity
        }
        let colon = text.isPunctuation(last, .colon)
        guard colon || isHeading(previousStart..<opening) else {
            return continuedSpeaker(of: index, paragraph: previousStart..<opening, depth: depth)
        }
        var person: SpeakerMention?
        var named: SpeakerMention?
        for mention in mentionsBefore(last + 1, from: scan.frameIndex(of: previousStart))
        where mention.tokens.lowerBound >= previousStart && mention.pronoun == nil && mention.identity != nil {
            // (A heading's indefinite description is no one in particular: `Un sélectionneur fier de son bilan`.)
            let indefinite = !mention.isNamed && isIndefinite(mention.tokens.lowerBound)
            if mention.isPerson && !(indefinite && !colon) {
                person = mention
            } else if mention.isNamed {
                named = mention
            }
        }
        if let chosen = person ?? named { return chosen.identity }
        guard colon else {
            // (A heading that names someone by a noun, `La réponse du président du club`, gives the
            // word to them, not to the text above it.)
            if namesSomeoneByNoun(previousStart..<opening) { return nil }
            return speakerAbove(heading: previousStart, of: index, depth: depth)
        }
        for token in previousStart..<last where text.keyword(token)?.isThirdPersonPossessive == true {
            return antecedent(of: token, excluding: nil, depth: 0)
        }
        return nil
    }

    /// The speaker a quote that opens its paragraph continues from the prose paragraph
    /// before it: the speaker of that paragraph's last direct quote (`« … », précise la
    /// bourgmestre. Une bonne nouvelle pour les parents.` then `« Les travaux … »`), else the
    /// person who is the subject of its last sentence (`Régis Labeaume a soupiré.`). A
    /// sentence after that quote whose subject is a person hands the word to that person
    /// (`« … » glisse Anne Roy. Le président, Paul Marc, prend la parole. Sans cravate.` then
    /// `« Nous avons … »`). With no quote in the paragraph, a subject pronoun ending it counts
    /// for its antecedent (`René Collin a réagi. Il se veut rassurant.`); with
    /// `wholeParagraph`, every sentence of a paragraph with no quote is read, the last first.
    /// A short quotation alone on its line with no final punctuation is an intertitle
    /// (`« Les juges sont indépendants »`), which continues nobody.
    mutating func continuedSpeaker(
        of index: Int, paragraph: Range<Int>, depth: Int, wholeParagraph: Bool = false
    ) -> SpeakerIdentity? {
        if isIntertitle(candidates[index].tokens) { return nil }
        var lastQuote: Int?
        for rank in stride(from: position[index] - 1, through: 0, by: -1) {
            let other = order[rank]
            let tokens = candidates[other].tokens
            if tokens.lowerBound < paragraph.lowerBound { break }
            if !candidates[other].isDropped, candidates[other].kind == .direct,
                tokens.upperBound <= paragraph.upperBound
            {
                lastQuote = other
                break
            }
        }
        // The sentences after the last quote, last first (only the last one when there is no quote).
        var frame = scan.frameIndex(of: paragraph.upperBound - 1)
        let floor =
            lastQuote.map { candidates[$0].tokens.upperBound }
            ?? (wholeParagraph ? paragraph.lowerBound : scan.frames[frame].lowerBound)
        while frame >= 0, scan.frames[frame].lowerBound >= max(floor, paragraph.lowerBound) {
            if let person = personSubject(of: frame, pronoun: lastQuote == nil) {
                pronounToken[index] = nil
                return person
            }
            frame -= 1
        }
        guard let lastQuote, let identity = resolve(lastQuote, depth: depth + 1) else { return nil }
        pronounToken[index] = pronounToken[lastQuote]
        return identity
    }

    /// The person who is the main subject of frame `frame`: a phrase naming a person, or
    /// when `pronoun` is set, a personal subject pronoun whose antecedent is a person.
    private mutating func personSubject(of frame: Int, pronoun: Bool) -> SpeakerIdentity? {
        switch scan.mainSubject(of: frame, before: scan.frames[frame].upperBound) {
        case .phrase(let phrase) where phrase.isPerson:
            return scan.identity(of: scan.speakerPhrase(phrase), links: links)
        case .pronoun(let token) where pronoun && scan.isPersonalSubjectPronoun(token) && !referent(of: token).plural:
            guard let identity = antecedent(of: token, excluding: nil, depth: 0),
                lastMention[identity]?.isPerson ?? true
            else { return nil }
            return identity
        default:
            return nil
        }
    }

    /// Whether the quote whose words are `quote` is an intertitle: a short quotation
    /// alone on its line with no final punctuation (`« Les juges sont indépendants »`).
    func isIntertitle(_ quote: Range<Int>) -> Bool {
        let after = quote.upperBound + 1
        return (after >= text.count || text.startsLine(after)) && !text.isTerminal(quote.upperBound - 1)
            && quote.count(where: { text.isWord($0) }) < 7
    }

    /// The first token of the paragraph (line) holding token `index`.
    func paragraphStart(of index: Int) -> Int {
        let frame = scan.frame(of: index)
        var start = index
        if frame.contains(index) {
            // Within the frame, then from the line start known for the frame.
            while start > frame.lowerBound && !text.startsLine(start) { start -= 1 }
            return text.startsLine(start) ? start : scan.lineStart(beforeFrame: scan.frameIndex(of: index))
        }
        while start > 0 && !text.startsLine(start) { start -= 1 }
        return start
    }
}
