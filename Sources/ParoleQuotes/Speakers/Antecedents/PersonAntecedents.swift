import ParoleCore

/// A singular pronoun that speaks (`s'emporte-t-il`, `a-t-elle ajouté`) names a person
/// when one is at hand: an institution or a group the antecedent search found (`le
/// tribunal … il retient …, ce qui scandalise Me Blédé`) yields to the nearest person
/// named outside quotation marks in the pronoun's sentence or the one before.
///
/// Words that speak in the first person singular (`J'ai travaillé …`, `a-t-il dit`) are
/// one person's: a country, a place or an organisation found as the antecedent (`Le
/// Sénégal a validé son billet.`) yields to the person who was last the subject of a
/// sentence or a speaker within the antecedent window, further back than the sentence before
/// (unless it already spoke in the document, which shows it speaks). A place found as the
/// antecedent of a speaking pronoun yields the same way unless the words speak in the first
/// person plural, as a country does (`Notre position reste inchangée`): a place speaks
/// through no pronoun otherwise (`Le Gard reste en vigilance orange. « … », a-t-il reconnu`).
extension SpeakerResolver {
    /// The person the speaking pronoun at `pronoun` names instead of `found`, when
    /// `found` is not a person and a fitting person is named close before the pronoun,
    /// or, for the words `quote` that speak in the first person singular, was last a
    /// subject or a speaker in the window an antecedent is sought in.
    mutating func personRatherThan(_ found: SpeakerIdentity, pronoun: Int, quote: Range<Int>? = nil) -> SpeakerIdentity?
    {
        let (gender, plural) = referent(of: pronoun)
        guard !plural, text.keyword(pronoun)?.isThirdPersonPossessive != true else { return nil }
        if let person = personNamed(after: found, before: pronoun, gender: gender) { return person }
        guard lastMention[found]?.isPerson == false else { return nil }
        func fits(_ mention: SpeakerMention) -> Bool {
            mention.isPerson && mention.pronoun == nil && !mention.plural && mention.identity != nil
                && mention.identity != found && !scan.isQuoted(mention.tokens.lowerBound)
                && (gender == nil || mention.gender == nil || mention.gender == gender)
        }
        let frame = scan.frameIndex(of: pronoun)
        for mention in mentionsBefore(pronoun, from: max(0, frame - 1)).reversed() where fits(mention) {
            return mention.identity
        }
        // (Not what already spoke in the document: `a lancé le Belge`, then `a-t-il poursuivi`.)
        let window = antecedentWindow(of: pronoun)
        guard let quote, !spoken.contains(found),
            speaksAsOnePerson(quote)
                || isPlace(found) && !speaksAsMany(quote) && !reports(found, before: pronoun, from: window)
        else { return nil }
        // The last subject or speaker that is a person, of the document's mentions and the
        // speakers resolved so far.
        var best: SpeakerMention?
        for mention in mentionsBefore(pronoun, from: window).reversed()
        where mention.rank >= .subject && fits(mention) {
            best = mention
            break
        }
        for mention in speakerMentions.reversed() {
            if mention.frame < window { break }
            guard mention.tokens.upperBound <= pronoun, !quote.contains(mention.tokens.lowerBound), fits(mention)
            else { continue }
            if mention.tokens.lowerBound > best?.tokens.lowerBound ?? -1 { best = mention }
            break
        }
        return best?.identity
    }

    /// For a feminine pronoun (`elle`, `a-t-elle`), the person the text shows to be a woman
    /// (`Mme Plante`, `la ministre`) in the antecedent window before `token`, the nearest
    /// first, as prominent as `chosen`, a person whose gender the text does not show
    /// (`Balarama Holness`): the feminine is marked, and names whom the text gives it to.
    func feminineAntecedent(
        over chosen: SpeakerMention, gender: Gender?, before token: Int, window: Int,
        fits: (SpeakerMention) -> Bool
    ) -> SpeakerMention? {
        guard gender == .feminine, chosen.gender == nil, chosen.isPerson, !chosen.plural, chosen.pronoun == nil
        else { return nil }
        return mentionsBefore(token, from: window).last { mention in
            mention.gender == .feminine && mention.isPerson && mention.pronoun == nil && mention.identity != nil
                && mention.rank >= chosen.rank && fits(mention)
        }
    }

    /// The person named right after the last mention of `found`, an organisation or a
    /// place, before token `pronoun` (in the antecedent window), directly or after a comma:
    /// the party and its member (`La PLR Anne Dupont énumère …`), the union and its
    /// secretary (`Secrétaire du syndicat FO, Marc Roy ne cache pas …`). The pronoun names
    /// the person, when the gender agrees.
    private func personNamed(after found: SpeakerIdentity, before pronoun: Int, gender: Gender?) -> SpeakerIdentity? {
        guard let cluster = found.cluster, text.clusters.indices.contains(cluster),
            [.organization, .location].contains(text.clusters[cluster].label)
        else { return nil }
        let part = mentionsBefore(pronoun, from: antecedentWindow(of: pronoun))
        guard let last = part.lastIndex(where: { $0.identity == found && $0.pronoun == nil }) else { return nil }
        let end = part[last].tokens.upperBound
        for mention in part[last...] where mention.tokens.lowerBound >= end {
            if mention.tokens.lowerBound > end + 1 { break }
            if mention.tokens.lowerBound == end + 1 && !text.isComma(end) { continue }
            if mention.isPerson && mention.isNamed && !mention.plural && mention.pronoun == nil
                && mention.identity != nil && mention.identity != found
                && (gender == nil || mention.gender == nil || mention.gender == gender)
            {
                return mention.identity
            }
        }
        return nil
    }

    /// Whether `identity` is a place's cluster: a place does not speak through a pronoun
    /// (`Le Gard est placé en vigilance orange. « … », a-t-il reconnu` is the mayor quoted before).
    private func isPlace(_ identity: SpeakerIdentity) -> Bool {
        guard let cluster = identity.cluster, text.clusters.indices.contains(cluster) else { return false }
        return text.clusters[cluster].label == .location
    }

    /// Whether the last mention of `found` before token `pronoun` (from frame `window`) is
    /// followed by a verb that reports, as a country's government does (`Le Japon a annoncé
    /// de nouvelles sanctions. « … », a-t-il précisé`): a place that reports speaks.
    private func reports(_ found: SpeakerIdentity, before pronoun: Int, from window: Int) -> Bool {
        guard let mention = mentionsBefore(pronoun, from: window).last(where: { $0.identity == found }) else {
            return false
        }
        let end = mention.tokens.upperBound
        return (end..<min(end + 3, pronoun)).contains { scan.cue(startingAt: $0) != nil }
    }

    /// Whether the words `quote` speak in the first person plural (`nous`, `notre`, `nos`),
    /// as a country or an institution speaks.
    private func speaksAsMany(_ quote: Range<Int>) -> Bool {
        quote.contains { text.keyword($0)?.isFirstPersonPlural == true }
    }

    /// Whether the words `quote` speak in the first person singular (`je`, `j'`, `me`,
    /// `moi`, `mon`, `ma`, `mes`).
    private func speaksAsOnePerson(_ quote: Range<Int>) -> Bool {
        quote.contains { text.keyword($0)?.isFirstPersonSingular == true }
    }
}

extension QuoteScan {
    /// The person whose role a phrase naming an organisation or a place completes, when that
    /// phrase is read as the subject of a speech verb: `Anne Roy, ministre des Affaires
    /// étrangères, de la Coopération et de la Francophonie de la République du Congo a
    /// souligné que …` speaks for the minister, not the country. The phrase is governed by
    /// `de`, and only complements (no verb, no sentence end, each comma before a `de`) lead
    /// back to the role linked to a person named before it (see ``roleLinks()``).
    func roleHolder(of phrase: NounPhrase, links: [RoleLink]) -> SpeakerIdentity? {
        let first = phrase.tokens.lowerBound
        guard let entityTokens = phrase.entity, let entity = text.entity(at: entityTokens.lowerBound),
            [.organization, .location].contains(entity.label), first > 0,
            text.keyword(first - 1)?.isDeForm == true || text.keyword(first)?.isDeForm == true
        else { return nil }
        let lower = frame(of: first).lowerBound
        // The links made before the phrase, nearest first.
        for link in links[..<links.firstIndex(atOrAfter: first)].reversed() {
            let role = link.phrase
            if link.position < lower || first - role.lowerBound > Self.roleComplementReach { return nil }
            guard role.lowerBound > link.position, role.upperBound <= first, text.isComma(role.lowerBound - 1),
                onlyComplements(role.upperBound..<first),
                text.clusters.indices.contains(link.cluster), text.clusters[link.cluster].label == .person,
                let (name, _) = text.entityRun(at: link.position)
            else { continue }
            return SpeakerIdentity(span: text.span(name), cluster: link.cluster, name: .clusterName)
        }
        return nil
    }

    /// Most tokens from a role's first word to the phrase its complements lead to.
    static let roleComplementReach = 60

    /// Whether the tokens `range` only add complements to a role: no verb, no sentence end,
    /// no quotation, and a comma only before `de`, `du` or `des`.
    private func onlyComplements(_ range: Range<Int>) -> Bool {
        !range.contains { token in
            startsVerbGroup(token) || text.isTerminal(token) || isQuoted(token)
                || (text.isComma(token) && (token + 1 >= text.count || text.keyword(token + 1)?.isDeForm != true))
        }
    }
}
