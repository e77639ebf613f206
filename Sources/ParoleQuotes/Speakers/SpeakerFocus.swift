import ParoleCore

/// The speaker in focus: who the article is quoting at a point of the text, for a
/// direct quote that neither its sentence nor its paragraph attributes (`Deux arguments
/// sont avancés par le bourgmestre. D'abord, l'accessibilité. « Pour l'instant … »`,
/// `A ses yeux, « … »`, `Interrogé sur les frontières : « … »`).
///
/// The focus is the speaker of the nearest attributed quote before, within a few
/// paragraphs; it is lost when a person other than that speaker is named, outside
/// quotation marks, between that quote and this one (the article has turned to
/// someone else), or when the text in between is too long to hold one focus.
extension SpeakerResolver {
    /// How far back, in tokens, the quote that sets the focus may end.
    static let focusReach = 220
    /// How many paragraph breaks may separate the quote that sets the focus from this one.
    static let focusParagraphs = 3

    /// The speaker in focus before candidate `index`, or `nil` when there is none.
    mutating func focusSpeaker(of index: Int, depth: Int) -> SpeakerIdentity? {
        let candidate = candidates[index]
        // An intertitle is the editor's words; the focus passes over it to the quotes below.
        guard candidate.kind == .direct, !isIntertitle(candidate.tokens) else { return nil }
        let start = candidate.tokens.lowerBound
        var rank = position[index] - 1
        while rank >= 0 {
            let other = order[rank]
            rank -= 1
            let tokens = candidates[other].tokens
            if start - tokens.upperBound > Self.focusReach { return nil }
            if candidates[other].isDropped || tokens.upperBound > start || isReportInsideQuotation(other) { continue }
            guard let identity = resolve(other, depth: depth + 1) else { continue }
            guard holdsFocus(identity, from: tokens.upperBound, to: start) else { return nil }
            pronounToken[index] = nil
            return identity
        }
        return nil
    }

    /// Whether candidate `index` is a clause reported inside a quotation (`« Les analyses
    /// indiquent que … »`): the quoted speaker's words about a third party, which leave
    /// the focus on the quoted speaker, and do not speak the quotes after it.
    func isReportInsideQuotation(_ index: Int) -> Bool {
        let tokens = candidates[index].tokens
        let before = tokens.lowerBound - 1
        return candidates[index].kind == .indirect && before >= 0 && text.isWord(before) && scan.isQuoted(before)
            && scan.isQuoted(tokens.lowerBound)
    }

    /// Whether the text from token `from` up to token `to` keeps `identity` in focus:
    /// few paragraph breaks, and no other named person outside quotation marks.
    private func holdsFocus(_ identity: SpeakerIdentity, from: Int, to: Int) -> Bool {
        guard from < to else { return true }
        var breaks = 0
        for token in from..<to where text.startsLine(token) {
            breaks += 1
            if breaks > Self.focusParagraphs { return false }
        }
        let frame = scan.frameIndex(of: from)
        for mention in mentionsBefore(to, from: frame)
        where mention.tokens.lowerBound >= from && mention.isPerson && mention.isNamed && mention.pronoun == nil
            && !scan.isQuoted(mention.tokens.lowerBound)
        {
            if !isSameSpeaker(mention.identity, identity) { return false }
        }
        return true
    }

    /// The one person named, outside quotation marks, not by a pronoun and not as the
    /// complement of a preposition (`Arrestation de M. Diallo : « … »`), in the words
    /// `range` that lead to a quote no cue attributes and whose sentence before has no
    /// subject that could speak (`Après avoir écouté le juge Martin dresser le bilan de
    /// l'année. « Les dossiers s'accumulent. »`); `nil` when nobody, or more than one
    /// person, is named there.
    func solePerson(in range: Range<Int>) -> SpeakerIdentity? { solePersonMention(in: range)?.identity }

    /// The first mention of ``solePerson(in:)``'s person in `range`, or `nil`.
    func solePersonMention(in range: Range<Int>) -> SpeakerMention? {
        guard !range.isEmpty else { return nil }
        var found: SpeakerMention?
        for mention in mentionsBefore(range.upperBound, from: scan.frameIndex(of: range.lowerBound))
        where mention.tokens.lowerBound >= range.lowerBound && mention.isPerson && mention.pronoun == nil
            && !scan.isQuoted(mention.tokens.lowerBound) && !isComplement(mention.tokens.lowerBound)
        {
            guard let identity = mention.identity else { continue }
            if let found, let known = found.identity, !isSameSpeaker(known, identity) { return nil }
            found = found ?? mention
        }
        return found
    }

    /// The person who is the subject just after a quote that opens its paragraph and
    /// names no speaker, in the sentence that goes on from it: `« Ce n'est pas clair. »
    /// Ce lundi, le maire sortant Paul Roy ne sait pas …`, `« … » C'est le constat formulé
    /// par Anne Roy` (the agent of a passive is a subject); `nil` when the paragraph ends
    /// with the quote or its next sentence has no such subject. With `pronoun`, the
    /// quote's incise pronoun that nothing before stands for (`« … », a-t-elle prévenu. La
    /// secrétaire générale de la CGT, Sophie Binet, s'exprimait …`), the subject agrees with it.
    func followingSubject(of index: Int, pronoun: Int? = nil) -> SpeakerIdentity? {
        let quote = candidates[index].tokens
        // A quote that runs to the end of the document has no sentence after it.
        guard candidates[index].kind == .direct, quote.upperBound < text.count,
            quote.lowerBound - paragraphStart(of: quote.lowerBound) <= 1
        else { return nil }
        var lineEnd = quote.upperBound + 1
        while lineEnd < text.count && lineEnd - quote.upperBound < 200 && !text.startsLine(lineEnd) { lineEnd += 1 }
        let lastFrame = scan.frameIndex(of: quote.upperBound) + 1
        for mention in mentionsBefore(lineEnd, from: scan.frameIndex(of: quote.upperBound)) {
            guard mention.tokens.lowerBound > quote.upperBound else { continue }
            if mention.frame > lastFrame { break }
            // (A plural pronoun's may be a group of many: `« … », dénoncent-ils. Le front
            // commun tient …`.)
            let collective = pronoun.map { referent(of: $0).plural && isCollectiveSubject(mention) } ?? false
            guard
                mention.rank >= .subject && (mention.isPerson || collective) && mention.pronoun == nil
                    && !scan.isQuoted(mention.tokens.lowerBound)
            else { continue }
            if pronoun != nil && isSomeoneElse(mention) { return nil }
            if collective || agrees(mention, with: pronoun) { return mention.identity }
        }
        return nil
    }

    /// Whose words a quote that opens its paragraph and names no speaker are, when the
    /// sentence after it takes them up with a noun of words (`quotes-words-nouns.txt`) after
    /// a demonstrative or `tel` and names their speaker in its `de` complement (or that of
    /// a demonstrative pronoun after it): `« … » Telle est la réponse de Paul Roy, président
    /// de la région`, `« … » ¶ Ce témoignage de Bruno H., cadre …`, `« … » Ces mots, ce sont
    /// ceux d'un policier`; or with `ainsi` and a source after `selon` (see
    /// ``sourceTakingUp(from:)``).
    func wordsOwner(of index: Int) -> SpeakerIdentity? {
        let quote = candidates[index].tokens
        guard candidates[index].kind == .direct, quote.lowerBound - paragraphStart(of: quote.lowerBound) <= 1
        else { return nil }
        var start = quote.upperBound
        while start < text.count && start - quote.upperBound < 3 && !text.isWord(start) { start += 1 }
        let end = min(text.count - 2, start + Self.wordsNounReach)
        guard start < end, scan.frameIndex(of: start) <= scan.frameIndex(of: quote.upperBound - 1) + 1 else {
            return nil
        }
        if let source = sourceTakingUp(from: start) { return source }
        guard let noun = (start..<end).first(where: { text.isAny($0, .wordsNoun) }), noun > start,
            let before = text.keyword(noun - 1),
            [.ce, .cet, .cette, .ces].contains(before) || [.le, .la].contains(before) && takesUp(start)
        else { return nil }
        // The speaker is the noun's complement, or that of a demonstrative pronoun after it
        // (`Ces mots, ce sont ceux d'un policier`).
        var de = noun + 1
        if !isDeForm(de) {
            // (Only a comma or `ce sont` between: `Ces propos tranchent avec ceux du ministre`
            // compares them with another's.)
            guard let pronoun = (de..<min(text.count, de + 5)).first(where: { text.isAny($0, .demonstrativePronoun) }),
                (de..<pronoun).allSatisfy({ !text.isWord($0) || isCopulaWord($0) })
            else { return nil }
            de = pronoun + 1
        }
        guard isDeForm(de), let phrase = text.phrase(startingAt: de + 1, before: min(text.count, de + 25)),
            phrase.isPerson || phrase.entity != nil || phrase.head.map({ text.isAny($0, .groupNoun) }) == true
        else { return nil }
        return scan.identity(of: phrase, links: links)
    }

    /// The source that `selon` names in a sentence that opens with `ainsi` or `C'est ainsi
    /// que`, taking up the words before it: `« … » C'est ainsi que se présente la situation,
    /// selon le porte-parole de la Garde nationale`.
    private func sourceTakingUp(from start: Int) -> SpeakerIdentity? {
        var first = start
        if [.ce, .ceElided].contains(text.keyword(first)) && text.keyword(first + 1) == .est { first += 2 }
        guard first < text.count, text.keyword(first) == .ainsi else { return nil }
        var index = first + 1
        while index < min(text.count - 1, first + Self.sourceReach) && !text.isTerminal(index) {
            defer { index += 1 }
            // (A person named before `selon` is who spoke: `C'est ainsi que la victime a
            // décrit son agresseur, selon la police`.)
            if text.isAny(index, [.role, .personNoun]) || text.entity(at: index)?.label == .person { return nil }
            guard text.keyword(index) == .selon, !scan.isQuoted(index),
                let phrase = text.phrase(startingAt: index + 1, before: min(text.count, index + 25)),
                phrase.isPerson || phrase.entity != nil || phrase.head.map({ text.isAny($0, .groupNoun) }) == true
            else { continue }
            return scan.identity(of: phrase, links: links)
        }
        return nil
    }

    /// Whether token `index` may stand between a noun of words and the demonstrative pronoun
    /// that takes it up: `ce` or `c'` and a form of `être` (`Ces mots, ce sont ceux d'un
    /// policier`).
    func isCopulaWord(_ index: Int) -> Bool {
        [.ce, .ceElided, .ceElidedCurly].contains(text.keyword(index)) || text.isAny(index, .etre)
    }

    /// Most tokens from `ainsi` to `selon`.
    static let sourceReach = 40

    /// Whether token `index` is `de`, `d'`, `du` or `des`.
    func isDeForm(_ index: Int) -> Bool {
        guard index < text.count, let word = text.keyword(index) else { return false }
        return word.isDeForm || word == .deElidedCurly
    }

    /// Whether the sentence starting at `start` opens with `tel` (`Telle est la réponse`).
    private func takesUp(_ start: Int) -> Bool {
        guard let word = text.keyword(start) else { return false }
        return [.tel, .telle, .tels, .telles].contains(word)
    }

    /// Most words from the sentence's start to the noun of words.
    static let wordsNounReach = 4

    /// Whether a subject's words set it apart from a pronoun before it: a possessive
    /// (`Son adversaire, Jean Moreau, a répliqué …`) or a tonic pronoun after it (`Le
    /// préfet, lui, a estimé …`) name someone other than the one the pronoun stands for,
    /// and so does a verb of reply (`La maire, Martine Aubry, a répondu que …`).
    private func isSomeoneElse(_ mention: SpeakerMention) -> Bool {
        var start = mention.tokens.lowerBound
        // A name in apposition (`Son adversaire, Jean Moreau`): the phrase before its comma.
        if start > 0 && text.isComma(start - 1) {
            var index = start - 2
            while index >= 0 && start - index < 8 && !text.isComma(index) && !text.isTerminal(index) { index -= 1 }
            start = index + 1
        }
        if text.isAny(start, .determiner) && text.keyword(start)?.isThirdPersonPossessive == true { return true }
        let end = mention.tokens.upperBound
        if end + 2 < text.count && text.isComma(end) && text.isAny(end + 1, .tonicPronoun) && text.isComma(end + 2) {
            return true
        }
        // A verb of reply (`La maire, Martine Aubry, a répondu que …`) answers the quote.
        var sentenceEnd = end
        while sentenceEnd < text.count && sentenceEnd - end < 24 && !text.isTerminal(sentenceEnd) { sentenceEnd += 1 }
        return scan.cues(withVerbIn: end..<sentenceEnd).first?.frames.contains(.reply) == true
    }

    /// Whether `mention` agrees in gender and number with `pronoun` (always, with none).
    private func agrees(_ mention: SpeakerMention, with pronoun: Int?) -> Bool {
        guard let pronoun else { return true }
        let (gender, plural) = referent(of: pronoun)
        return mention.plural == plural && (gender == nil || mention.gender == nil || mention.gender == gender)
    }

    /// The most words of a title quote whose speaker is sought in the quotes below it.
    static let echoWordLimit = 12

    /// The speaker of a quotation that makes the whole title of the article (its first
    /// line) and that nobody is said to have said (`« On corrigera la situation »`): the
    /// speaker of the first later quote that repeats its words (`« … On corrigera la
    /// situation. », a promis l'entraîneur`), for the editor titles with a speaker's own
    /// words; `nil` when no later quote with a speaker repeats them. (An intertitle with
    /// no speaker is left alone: the same layout holds the editor's words as often as a
    /// speaker's.)
    /// `identities` holds the speakers found so far, by candidate.
    /// With `anyLine`, a quotation that fills any line of its own counts too (an
    /// intertitle that the context gave a speaker: the quote below that repeats it names
    /// who said it better than the paragraph above).
    func echoedSpeaker(of index: Int, identities: [SpeakerIdentity?], anyLine: Bool = false) -> SpeakerIdentity? {
        let quote = candidates[index].tokens
        guard candidates[index].kind == .direct, anyLine ? isWholeLine(quote) : isWholeTitle(quote) else {
            return nil
        }
        let words = quote.filter { text.isWord($0) }
        guard words.count >= 2, words.count <= Self.echoWordLimit else { return nil }
        // An intertitle that repeats a quote above is that quote's speaker's, whoever
        // repeats it below (`« L'hôpital n'est pas à vendre », a martelé la ministre`, then
        // the intertitle, then a deputy's `« L'hôpital n'est pas à vendre, mais … »`).
        if anyLine, let above = echoAbove(of: index, words: words, identities: identities) { return above }
        for rank in (position[index] + 1)..<order.count {
            let other = order[rank]
            guard !candidates[other].isDropped, let identity = identities[other],
                candidates[other].tokens.lowerBound > quote.upperBound
            else { continue }
            let said = candidates[other].tokens.filter { text.isWord($0) }
            if contains(said, words) { return identity }
        }
        return nil
    }

    /// The speaker of the nearest earlier quote, before candidate `index`, that holds
    /// all of `words` in a row; `nil` when none does.
    private func echoAbove(of index: Int, words: [Int], identities: [SpeakerIdentity?]) -> SpeakerIdentity? {
        let start = candidates[index].tokens.lowerBound
        for rank in stride(from: position[index] - 1, through: 0, by: -1) {
            let other = order[rank]
            guard !candidates[other].isDropped, let identity = identities[other],
                candidates[other].tokens.upperBound < start
            else { continue }
            if contains(candidates[other].tokens.filter { text.isWord($0) }, words) { return identity }
        }
        return nil
    }

    /// Whether `identity` is named as a subject, outside quotation marks, in the line
    /// right after candidate `index` (an intertitle whose section opens on its speaker:
    /// `« L'hôpital n'est pas à vendre »` then `La ministre a martelé ce message`).
    func isSubjectBelow(_ identity: SpeakerIdentity, of index: Int) -> Bool {
        let quote = candidates[index].tokens
        var lineEnd = quote.upperBound + 2
        while lineEnd < text.count && lineEnd - quote.upperBound < 200 && !text.startsLine(lineEnd) { lineEnd += 1 }
        guard quote.upperBound + 1 < text.count else { return false }
        for mention in mentionsBefore(lineEnd, from: scan.frameIndex(of: quote.upperBound + 1))
        where mention.tokens.lowerBound > quote.upperBound && mention.rank >= .subject && mention.isPerson
            && mention.pronoun == nil && !scan.isQuoted(mention.tokens.lowerBound)
        {
            if isSameSpeaker(mention.identity, identity) { return true }
        }
        return false
    }

    /// Whether the quote whose words are `quote` fills the document's first line, its
    /// marks opening and closing it.
    private func isWholeTitle(_ quote: Range<Int>) -> Bool {
        quote.lowerBound == 1 && isWholeLine(quote)
    }

    /// Whether the quote whose words are `quote` fills a line, its marks opening and closing it.
    private func isWholeLine(_ quote: Range<Int>) -> Bool {
        let before = quote.lowerBound - 1
        guard before >= 0, text.isQuotationMark(before), before == 0 || text.startsLine(before) else { return false }
        let after = quote.upperBound + 1
        return after >= text.count || text.startsLine(after)
    }

    /// Whether the word tokens `said` hold the word tokens `words` in a row, by their norms.
    private func contains(_ said: [Int], _ words: [Int]) -> Bool {
        guard said.count >= words.count else { return false }
        for start in 0...(said.count - words.count)
        where words.indices.allSatisfy({ text.hasSameNorm(said[start + $0], words[$0]) }) {
            return true
        }
        return false
    }
}
