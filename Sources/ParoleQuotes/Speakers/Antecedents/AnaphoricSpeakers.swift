import ParoleCore

/// Speakers named by a demonstrative that stands for someone named before (`« … », a
/// rétorqué ce dernier`, `ajoute celle-ci`, `Selon ce dernier, …`, `a déclaré celui qui
/// espère lui succéder`): French gives these words the last person named, who is often
/// not the subject of the sentence before (`a-t-il lancé à l'adresse du maire. « … », a
/// rétorqué ce dernier`).
extension QuoteText {
    /// Most tokens of the relative clause that completes `celui qui`.
    static let relativeReach = 20

    /// The tokens of a demonstrative anaphor at `start` (`celui-ci`, `celle-ci`, or a
    /// determiner and `dernier`: `ce dernier`, `cette dernière`; or `celui qui` and its
    /// clause, up to a comma, a quotation mark or the sentence's end), before `upper`.
    func anaphor(at start: Int, before upper: Int) -> Range<Int>? {
        guard start < upper else { return nil }
        if isAny(start, .demonstrativePronoun), start + 1 < upper, isKeyword(start + 1, .qui) {
            var end = start + 2
            while end < min(upper, start + Self.relativeReach) && (isWord(end) || isNumber(end)) { end += 1 }
            guard end > start + 2, end >= upper || isComma(end) || isTerminal(end) || isQuotationMark(end) else {
                return nil
            }
            return start..<end
        }
        let last = isAny(start, .determiner) && !isAny(start, .anaphoricPronoun) ? start + 1 : start
        guard last < upper, isWord(last), isAny(last, .anaphoricPronoun) else { return nil }
        return start..<(last + 1)
    }

    /// The demonstrative anaphor at `start` when nothing but punctuation or the clause's end
    /// follows it (`a rétorqué ce dernier.`, not `ce dernier rapport`), or nil.
    func clauseEndingAnaphor(at start: Int, before upper: Int) -> Range<Int>? {
        guard let found = anaphor(at: start, before: upper),
            found.upperBound >= upper || !isWord(found.upperBound)
        else { return nil }
        return found
    }

    /// Whether `phrase` is a demonstrative anaphor and nothing more.
    func isAnaphor(_ phrase: NounPhrase) -> Bool {
        anaphor(at: phrase.tokens.lowerBound, before: phrase.tokens.upperBound) == phrase.tokens
    }
}

extension SpeakerResolver {
    /// How many tokens before a demonstrative its antecedent is sought in.
    static let anaphorReach = 80

    /// The speaker a demonstrative anaphor names: the last person named before it,
    /// outside quotation marks and in its sentence or the one before (a person's name,
    /// or a role or person noun with its complements: `le ministre`, `l'ado`), of its
    /// gender and number. The words stay the anaphor's; the
    /// name is the antecedent's. `nil` when `phrase` is no anaphor or nobody fits.
    func anaphoricSpeaker(_ phrase: NounPhrase, links: [RoleLink]) -> SpeakerIdentity? {
        guard text.isAnaphor(phrase) else { return nil }
        let start = phrase.tokens.lowerBound
        let frame = scan.frameIndex(of: start)
        let lower = max(0, start - Self.anaphorReach, scan.frames[max(0, frame - 1)].lowerBound)
        var token = start - 1
        while token >= lower {
            defer { token -= 1 }
            guard !scan.isQuoted(token), text.isWord(token) else { continue }
            var found: NounPhrase?
            if text.entity(at: token)?.label == .person, let name = text.entityTokens(at: token) {
                found = text.describe(name)
                token = name.lowerBound
            } else if text.isAny(token, [.role, .personNoun]) && !text.isCapitalized(token) {
                let opening = token > 0 && [.le, .la, .leElided].contains(text.keyword(token - 1)) ? token - 1 : token
                found = text.phrase(startingAt: opening, before: start) ?? text.describe(opening..<(token + 1))
            }
            guard let candidate = found, candidate.plural == phrase.plural,
                phrase.gender == nil || candidate.gender == nil || candidate.gender == phrase.gender
            else { continue }
            let antecedent = scan.roleHolder(of: candidate, links: links) ?? scan.identity(of: candidate, links: links)
            return Self.renamed(antecedent, as: text.span(phrase.tokens))
        }
        return nil
    }

    /// `identity` named by the words at `span`: its cluster and canonical name are kept.
    private static func renamed(_ identity: SpeakerIdentity, as span: Span) -> SpeakerIdentity {
        let name: SpeakerIdentity.Name
        switch identity.name {
        case .clusterName, .phraseWords: name = identity.name
        case .entityName(let entity, _): name = .entityName(entity, isWords: false)
        case .words: name = .phraseWords(start: Int32(identity.span.start), end: Int32(identity.span.end))
        }
        return SpeakerIdentity(span: span, cluster: identity.cluster, name: name)
    }
}
