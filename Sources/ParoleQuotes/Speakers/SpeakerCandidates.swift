import Foundation
import ParoleCore

/// Someone a quote may be attributed to, as the speaker ranker sees it.
struct SpeakerCandidate: Sendable {
    /// Who it names; `nil` for "no speaker" and for a pronoun whose antecedent is unknown.
    var identity: SpeakerIdentity?
    /// The pronoun token that names it, when a pronoun does.
    var pronoun: Int?
    /// Where it is named (tokens); empty for "no speaker".
    var tokens: Range<Int>
    /// Whether it is what the rules chose (the first candidate, or "no speaker" when
    /// the rules found none).
    var isRuleChoice: Bool
    /// What the ranker reads of it.
    var features: SpeakerFeatures
}

/// What the features of one quote's candidates share: the quote, its cue, its window.
private struct QuoteContext {
    var quote: Range<Int>
    var kind: Quote.Kind
    var firstFrame: Int
    var lastFrame: Int
    var cue: Int?
    var inciseEnd: Int?
    var paragraph: Range<Int>
    var ruleGender: Gender?
    var sourceCue: Bool
    /// The canonical name of the rules' speaker.
    var ruleKey: String?
    /// Whether the cue is a speech verb (not `selon`).
    var verbCue: Bool
    /// The frames of the cue's speech verb, when it is one of the lexicon.
    var cueFrames: SpeechFrames?
    /// Whether the cue holds no token the `morphology` stage reads as a verb.
    var cueNotVerb: Bool
}

extension SpeakerResolver {
    /// How many sentences before the quote candidates are sought in.
    static let sentencesBefore = 3
    /// How many tokens before and after the quote candidates are sought in, at most
    /// (a bound on the work per quote in text that never ends a sentence).
    static let tokensBefore = 400
    static let tokensAfter = 150

    /// The candidate speakers of quote candidate `index`: the rules' choice (`rule`,
    /// named by `rulePronoun` when a pronoun names it) first, then the people, groups,
    /// roles and pronouns named from three sentences before the quote to the sentence
    /// after it, then "no speaker". `previous` is the rules' speaker of the quote before.
    mutating func speakerCandidates(
        of index: Int, rule: SpeakerIdentity?, rulePronoun: Int?, previous: SpeakerIdentity?
    ) -> [SpeakerCandidate] {
        let quote = candidates[index]
        let (context, window) = quoteContext(of: index, rule: rule, rulePronoun: rulePronoun)
        var list: [SpeakerCandidate] = []
        if rule != nil || rulePronoun != nil {
            let traits = rule.flatMap { lastMention[$0] }
            let named = rulePronoun.map { $0..<($0 + 1) } ?? rule.map { self.tokens(of: $0.span) } ?? quote.tokens
            list.append(
                SpeakerCandidate(
                    identity: rule, pronoun: rulePronoun, tokens: named, isRuleChoice: true,
                    features: features(
                        named, rank: .speaker, gender: traits?.gender, plural: false,
                        isPerson: traits?.isPerson ?? true, isNamed: traits?.isNamed ?? false, identity: rule,
                        pronoun: rulePronoun, context: context)))
        }
        let lastSubject = addWindowCandidates(to: &list, window: window, context: context)
        markRelations(
            &list, quote: quote.tokens, rule: rule, rulePronoun: rulePronoun, previous: previous,
            lastSubject: lastSubject)
        list.append(noSpeaker(quote, rule: rule, rulePronoun: rulePronoun))
        return list
    }

    /// What the features of quote candidate `index` share, and the tokens in which its
    /// candidate speakers are sought: from three sentences before the quote to the
    /// sentence after it, within a number of tokens.
    private func quoteContext(
        of index: Int, rule: SpeakerIdentity?, rulePronoun: Int?
    ) -> (context: QuoteContext, window: Range<Int>) {
        let quote = candidates[index]
        let tokens = quote.tokens
        let firstFrame = scan.frameIndex(of: tokens.lowerBound)
        let lastFrame = scan.frameIndex(of: max(tokens.lowerBound, tokens.upperBound - 1))
        let windowStart = max(
            scan.frames[max(0, firstFrame - Self.sentencesBefore)].lowerBound, tokens.lowerBound - Self.tokensBefore)
        let windowEnd = min(
            scan.frames[min(scan.frames.count - 1, lastFrame + 1)].upperBound, tokens.upperBound + Self.tokensAfter,
            text.count)
        var paragraphEnd = tokens.upperBound
        while paragraphEnd < windowEnd && !text.startsLine(paragraphEnd) { paragraphEnd += 1 }
        let lemma = quote.cue?.lemma
        let verbCue = hasSpeechVerbCue(index)
        var cueNotVerb = false
        if verbCue, let cue = quote.cue, !morphology.isEmpty {
            let cueTokens = self.tokens(of: cue.span)
            cueNotVerb = !cueTokens.contains {
                $0 < morphology.count && [.verb, .auxiliary].contains(morphology[$0].partOfSpeech)
            }
        }
        let context = QuoteContext(
            quote: tokens, kind: quote.kind, firstFrame: firstFrame, lastFrame: lastFrame,
            cue: quote.cue.map { token(at: $0.span.start) }, inciseEnd: quote.inciseEnd,
            paragraph: paragraphStart(of: tokens.lowerBound)..<paragraphEnd,
            ruleGender: rulePronoun.flatMap { referent(of: $0).gender },
            sourceCue: lemma.map(Self.isSourceLemma) ?? false, ruleKey: rule?.canonical(in: text), verbCue: verbCue,
            cueFrames: lemma.flatMap { frames(ofCue: $0) }, cueNotVerb: cueNotVerb)

        return (context, windowStart..<windowEnd)
    }

    /// Adds the document's mentions, then the speakers the rules found, in `window`, to
    /// `list` (words seen as both a subject and a speaker are one candidate); returns the
    /// last person named as a subject before the quote.
    private mutating func addWindowCandidates(
        to list: inout [SpeakerCandidate], window: Range<Int>, context: QuoteContext
    ) -> SpeakerIdentity? {
        let tokens = context.quote
        let windowStart = window.lowerBound
        let windowEnd = window.upperBound
        var lastSubject: SpeakerIdentity?
        var seen: [Int: Int] = [:]
        for source in [mentions, speakerMentions] {
            var position = firstMention(in: source, from: windowStart)
            while position < source.count && source[position].tokens.lowerBound < windowEnd {
                let mention = source[position]
                position += 1
                let pronoun = mention.pronoun ?? (isPronoun(mention.tokens) ? mention.tokens.lowerBound : nil)
                var identity = mention.identity
                if identity == nil, let pronoun = mention.pronoun {
                    identity = antecedent(of: pronoun, excluding: nil, depth: 0)
                }
                guard identity != nil || pronoun != nil else { continue }
                if mention.tokens.upperBound <= tokens.lowerBound && mention.rank >= .subject && mention.isPerson {
                    lastSubject = identity
                }
                let found = features(
                    mention.tokens, rank: mention.rank, gender: mention.gender, plural: mention.plural,
                    isPerson: mention.isPerson, isNamed: mention.isNamed, identity: identity, pronoun: pronoun,
                    context: context)
                if let earlier = seen[mention.tokens.lowerBound] {
                    // The same words as a subject and as a speaker: one candidate of both ranks.
                    for rank in [SpeakerFeature.rankSpeaker, .rankSubject, .rankEmbeddedSubject, .rankOther] {
                        list[earlier].features.set(rank, found[rank] == 1)
                    }
                    continue
                }
                seen[mention.tokens.lowerBound] = list.count
                list.append(
                    SpeakerCandidate(
                        identity: identity, pronoun: pronoun, tokens: mention.tokens, isRuleChoice: false,
                        features: found))
            }
        }
        return lastSubject
    }

    /// Sets the features that depend on the other candidates and on the quotes around:
    /// the nearest candidate before and after the quote, the rules' choice, the speaker of
    /// the quote before, the last person named as a subject.
    private func markRelations(
        _ list: inout [SpeakerCandidate], quote tokens: Range<Int>, rule: SpeakerIdentity?, rulePronoun: Int?,
        previous: SpeakerIdentity?, lastSubject: SpeakerIdentity?
    ) {
        var nearestBefore: Int?
        var nearestAfter: Int?
        for (position, candidate) in list.enumerated() where !candidate.isRuleChoice {
            if candidate.tokens.upperBound <= tokens.lowerBound {
                if nearestBefore.map({ list[$0].tokens.upperBound < candidate.tokens.upperBound }) ?? true {
                    nearestBefore = position
                }
            } else if candidate.tokens.lowerBound >= tokens.upperBound {
                if nearestAfter.map({ list[$0].tokens.lowerBound > candidate.tokens.lowerBound }) ?? true {
                    nearestAfter = position
                }
            }
        }
        for position in list.indices {
            let identity = list[position].identity
            list[position].features.set(.nearestBefore, position == nearestBefore)
            list[position].features.set(.nearestAfter, position == nearestAfter)
            guard identity != nil else { continue }
            let isRule = list[position].isRuleChoice || isSameSpeaker(identity, rule)
            list[position].features.set(.ruleChoice, isRule)
            list[position].features.set(.ruleChoiceByPronoun, isRule && rulePronoun != nil)
            list[position].features.set(.previousSpeaker, isSameSpeaker(identity, previous))
            list[position].features.set(.lastPersonSubject, isSameSpeaker(identity, lastSubject))
        }
    }

    /// The "no speaker" candidate of `quote`, with what speaks for it: the rules found no
    /// speaker, a direct or partial quote, a cue, a quote alone on its line or a heading.
    private func noSpeaker(_ quote: QuoteCandidate, rule: SpeakerIdentity?, rulePronoun: Int?) -> SpeakerCandidate {
        let tokens = quote.tokens
        var none = SpeakerFeatures()
        none.set(.noSpeaker, true)
        none.set(.noSpeakerByRules, rule == nil && rulePronoun == nil)
        none.set(.noSpeakerDirect, quote.kind == .direct)
        none.set(.noSpeakerPartial, quote.kind == .partial)
        none.set(.noSpeakerWithCue, quote.cue != nil)
        let (alone, heading) = layout(of: tokens)
        none.set(.noSpeakerAloneOnLine, alone)
        none.set(.noSpeakerHeading, heading)
        return SpeakerCandidate(
            identity: nil, pronoun: nil, tokens: tokens.lowerBound..<tokens.lowerBound,
            isRuleChoice: rule == nil && rulePronoun == nil, features: none)
    }

    /// The features of a mention at `named` of a quote described by `context`.
    private func features(
        _ named: Range<Int>, rank: SpeakerMention.Rank, gender: Gender?, plural: Bool, isPerson: Bool, isNamed: Bool,
        identity: SpeakerIdentity?, pronoun: Int?, context: QuoteContext
    ) -> SpeakerFeatures {
        let quote = context.quote
        var f = SpeakerFeatures()
        let before = named.upperBound <= quote.lowerBound
        let after = named.lowerBound >= quote.upperBound
        f.set(.before, before)
        f.set(.after, after)
        f.set(.inside, quote.contains(named.lowerBound))
        let frame = named.lowerBound < text.count ? scan.frameIndex(of: named.lowerBound) : context.lastFrame
        let sameSentence = frame >= context.firstFrame && frame <= context.lastFrame
        f.set(.sameSentence, sameSentence)
        f.set(.oneSentenceBefore, frame == context.firstFrame - 1)
        f.set(.twoSentencesBefore, frame == context.firstFrame - 2)
        f.set(.threeSentencesBefore, frame <= context.firstFrame - 3)
        f.set(.sentenceAfter, frame > context.lastFrame)
        let gap = before ? quote.lowerBound - named.upperBound : after ? named.lowerBound - quote.upperBound : 0
        f[.distance] = Float(log(1 + Double(gap)) / 5)
        f.set(.inIncise, after && named.lowerBound < (context.inciseEnd ?? quote.upperBound))
        if let cue = context.cue {
            f.set(.beforeCue, named.upperBound <= cue && cue - named.upperBound <= 3)
            f.set(.afterCue, named.lowerBound > cue && named.lowerBound - cue <= 3)
        }
        if named.lowerBound >= 1 {
            let word = text.keyword(named.lowerBound - 1)
            f.set(
                .afterSourcePreposition,
                word == .selon || word == .pour
                    || (word == .apres && named.lowerBound >= 2 && text.isKeyword(named.lowerBound - 2, .deElided)))
        }
        f.set(.rankOther, rank == .other)
        f.set(.rankEmbeddedSubject, rank == .embeddedSubject)
        f.set(.rankSubject, rank == .subject)
        f.set(.rankSpeaker, rank == .speaker)
        f.set(.person, isPerson)
        f.set(.named, isNamed)
        f.set(.pronoun, pronoun != nil)
        f.set(.unresolvedPronoun, pronoun != nil && identity == nil)
        f.set(.organisation, isNamed && !isPerson)
        f.set(.role, !isNamed && pronoun == nil && isPerson)
        f.set(.plural, plural)
        if let expected = context.ruleGender, let gender {
            f.set(.genderAgrees, gender == expected)
            f.set(.genderClashes, gender != expected)
        }
        let count = identity?.cluster.flatMap { clusterCounts[$0] } ?? 1
        f[.frequency] = Float(log(1 + Double(count)) / 3)
        f.set(.sameParagraph, context.paragraph.contains(named.lowerBound))
        f.set(.directAfter, context.kind == .direct && after)
        f.set(.indirectBefore, context.kind == .indirect && before)
        f.set(.partialSameSentence, context.kind == .partial && sameSentence)
        f.set(.sourceCue, context.sourceCue)
        f.set(.cueAfterQuote, context.cue.map { $0 > quote.lowerBound } ?? false)
        f.set(.noCue, context.cue == nil)
        // What the candidate names: a pronoun's antecedent, else its own words.
        let naming = pronoun != nil ? identity.map { tokens(of: $0.span) } : named
        if let naming, !naming.isEmpty, naming.lowerBound < text.count {
            f.set(.place, text.entity(at: naming.lowerBound)?.label == .location)
            f.set(.complement, isComplement(naming.lowerBound))
            let parts = partsOfSpeech(naming)
            f.set(.headProperNoun, parts.proper)
            f.set(.headCommonNoun, parts.common)
            f.set(.phraseHasVerb, parts.verb)
        }
        f.set(.cueNotVerb, context.cueNotVerb)
        let group = !isPerson || f[.place] == 1
        f.set(.groupWithSpeechVerb, group && context.verbCue && !(context.cueFrames?.contains(.fromSource) ?? false))
        f.set(.groupAsSource, group && (context.sourceCue || (context.cueFrames?.contains(.fromSource) ?? false)))
        if let identity {
            setDocumentEvidence(&f, identity: identity, context: context)
            if let pronoun { setAgreement(&f, pronoun: pronoun, identity: identity, group: group) }
        }
        return f
    }

    /// Sets the features of what the article says of `identity`: the other quotes the
    /// rules give it (with a speech verb or not), and whether its opening names it.
    private func setDocumentEvidence(_ f: inout SpeakerFeatures, identity: SpeakerIdentity, context: QuoteContext) {
        let key = identity.canonical(in: text)
        let isRuleSpeaker = key == context.ruleKey
        let others = (evidence.quoteCounts[key] ?? 0) - (isRuleSpeaker ? 1 : 0)
        f[.quotesSpoken] = Float(log(1 + Double(max(0, others))) / 2)
        let speech = (evidence.speechVerbCounts[key] ?? 0) - (isRuleSpeaker && context.verbCue ? 1 : 0)
        f.set(.speechSubjectElsewhere, speech > 0)
        f.set(.namedInOpening, evidence.opening.contains(key))
    }

    /// Sets the agreement of the pronoun at `pronoun` with the last mention of
    /// `identity` by name or noun phrase: gender and number from the lexicon.
    private func setAgreement(_ f: inout SpeakerFeatures, pronoun: Int, identity: SpeakerIdentity, group: Bool) {
        f.set(.pronounToGroup, group)
        guard let named = namedMention[identity] else { return }
        let (gender, plural) = referent(of: pronoun)
        let isPossessive = text.keyword(pronoun)?.isThirdPersonPossessive ?? false
        let genderClash = gender != nil && named.gender != nil && gender != named.gender
        let numberClash = !isPossessive && plural != named.plural
        f.set(.pronounClashes, genderClash || numberClash)
        f.set(.pronounAgrees, !genderClash && !numberClash && gender != nil && named.gender != nil)
    }

    /// The parts of speech of the words `tokens` (at most their first twelve): whether
    /// they hold a proper noun, whether their first noun is a common noun, whether they
    /// hold a verb.
    private func partsOfSpeech(_ tokens: Range<Int>) -> (proper: Bool, common: Bool, verb: Bool) {
        var proper = false
        var first: PartOfSpeech?
        var verb = false
        for token in tokens.prefix(12) where token < morphology.count {
            let part = morphology[token].partOfSpeech
            if part == .properNoun { proper = true }
            if first == nil && (part == .noun || part == .properNoun) { first = part }
            if part == .verb || part == .auxiliary { verb = true }
        }
        return (proper, first == .noun, verb)
    }

    /// Whether the quote over `tokens` is alone on its line (give or take its marks and
    /// final punctuation), and whether it is so with no final punctuation (an intertitle).
    private func layout(of tokens: Range<Int>) -> (alone: Bool, heading: Bool) {
        guard !tokens.isEmpty else { return (false, false) }
        var start = tokens.lowerBound
        while start > 0 && !text.startsLine(start) && text.isQuotationMark(start - 1) { start -= 1 }
        guard text.startsLine(start) else { return (false, false) }
        var end = tokens.upperBound
        var punctuated = text.isTerminal(end - 1)
        while end < text.count && !text.startsLine(end) && (text.isQuotationMark(end) || text.isTerminal(end)) {
            punctuated = punctuated || text.isTerminal(end)
            end += 1
        }
        let alone = end >= text.count || text.startsLine(end)
        return (alone, alone && !punctuated)
    }

    /// Whether two identities name the same speaker: the same cluster, or the same name.
    func isSameSpeaker(_ a: SpeakerIdentity?, _ b: SpeakerIdentity?) -> Bool {
        guard let a, let b else { return false }
        if a == b { return true }
        if let cluster = a.cluster, cluster == b.cluster { return true }
        return a.canonical(in: text) == b.canonical(in: text)
    }

    /// Whether the words starting at `start` follow a preposition that makes them a
    /// complement (`depuis`, `à`, `de`, `au`), not a source or an agent (`selon`, `pour`,
    /// `par`, `d'après`). An article after the preposition is stepped over.
    func isComplement(_ start: Int) -> Bool {
        var before = start - 1
        if before >= 0 && text.isAny(before, .determiner) && !text.isAny(before, .preposition) { before -= 1 }
        guard before >= 0, text.isAny(before, .preposition) else { return false }
        switch text.keyword(before) {
        case .selon, .pour, .par, .apres: return false
        default: return true
        }
    }

    /// Whether `tokens` is a single subject pronoun.
    private func isPronoun(_ tokens: Range<Int>) -> Bool {
        tokens.count == 1 && text.isAny(tokens.lowerBound, .subjectPronoun)
    }

    /// The first of `mentions` (in text order) starting at token `start` or after.
    private func firstMention(in mentions: [SpeakerMention], from start: Int) -> Int {
        var low = 0
        var high = mentions.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[middle].tokens.lowerBound < start { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The token holding UTF-16 offset `offset` (the next one when it falls between tokens).
    func token(at offset: Int) -> Int {
        var low = 0
        var high = text.tokens.count
        while low < high {
            let middle = (low + high) / 2
            if text.tokens.span(at: middle).end <= offset { low = middle + 1 } else { high = middle }
        }
        return min(low, max(0, text.tokens.count - 1))
    }

    /// The tokens of `span`.
    func tokens(of span: Span) -> Range<Int> {
        let first = token(at: span.start)
        return first..<max(first + 1, token(at: max(span.start, span.end - 1)) + 1)
    }
}

/// What the whole article says about its speakers, for the speaker ranker: how many of
/// its quotes the rules give each speaker, how many of those have a speech verb as cue,
/// and which speakers are named in the title or the first sentence. Speakers are keyed
/// on their canonical name, so that a name, a linked role and a pronoun count as one.
struct SpeakerEvidence: Sendable {
    /// How many quotes the rules give each speaker.
    var quoteCounts: [String: Int] = [:]
    /// How many quotes with a speech verb (not `selon`) the rules give each speaker.
    var speechVerbCounts: [String: Int] = [:]
    /// The speakers named in the article's first two frames (its title and first sentence).
    var opening: Set<String> = []

    /// How many frames at the start of the article count as its opening.
    static let openingFrames = 2

    /// Counts the rules' speakers `identities` (by candidate, of the quotes of `order`
    /// that are kept) and the mentions of the opening frames.
    init(resolver: SpeakerResolver, identities: [SpeakerIdentity?]) {
        let text = resolver.text
        for index in resolver.order where !resolver.candidates[index].isDropped {
            guard let identity = identities[index] else { continue }
            let key = identity.canonical(in: text)
            quoteCounts[key, default: 0] += 1
            if resolver.hasSpeechVerbCue(index) { speechVerbCounts[key, default: 0] += 1 }
        }
        for mention in resolver.mentions {
            guard mention.frame < Self.openingFrames else { break }
            if let identity = mention.identity { opening.insert(identity.canonical(in: text)) }
        }
    }

    /// No evidence (before the rules have run).
    init() {}
}

extension SpeakerResolver {
    /// Whether quote candidate `index` has a cue that is a speech verb, not `selon`,
    /// `pour` or `d'après`.
    func hasSpeechVerbCue(_ index: Int) -> Bool {
        guard let lemma = candidates[index].cue?.lemma else { return false }
        return !Self.isSourceLemma(lemma)
    }

    /// Whether a cue's lemma is one of the source prepositions `selon`, `pour`, `d'après`.
    static func isSourceLemma(_ lemma: String) -> Bool {
        lemma == "selon" || lemma == "pour" || lemma == "d'après"
    }

    /// The frames of the speech verb whose lemma is `lemma`, or `nil` for another cue.
    func frames(ofCue lemma: String) -> SpeechFrames? {
        text.lexicons.speechVerbs.verbs.first { $0.lemma == lemma }?.frames
    }
}
