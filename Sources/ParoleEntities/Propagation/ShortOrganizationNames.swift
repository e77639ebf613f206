import ParoleCore

/// Organisations named in full once, then by one common noun of their name written with a
/// capital: `le Standard de Liège` … `la victoire du Standard`, `la Société de navigation`
/// … `l'affaire de la Navigation`, `le ministère de la Défense` … `la Défense`. The short
/// form is the name's first word when a complement follows it (`Standard de …`), or the
/// noun that ends the complement (`… de la Défense`); either must be a common noun or
/// adjective of the French lexicon, no cue or head of a name (`Société`, `Ville`), no known
/// name and no first name. A later mention is that word, capitalised inside the sentence,
/// right after `le`, `la`, `l'`, `du` or `au`, with no capitalised word after it and no
/// role just before (`le ministre de la Défense` names a portfolio). A club is called so
/// from its first mention as the complement of a staff noun (`le gardien du Standard`,
/// `l'entraîneur de l'Espérance sportive de Tunis`), that mention included.
struct ShortOrganizationNames {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// Most words between a role and the short form: `ministre de la`.
    static let roleReach = 3

    /// `mentions` with the short forms added as organisations, and the weaker labels of
    /// the same words made organisations.
    func apply(to mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        var forms: Set<String> = []
        for mention in mentions where mention.label == .organization && mention.tokens.count >= 3 {
            forms.formUnion(shortForms(of: mention.tokens))
        }
        let clubs = clubComplements()
        forms.formUnion(clubs.map { context.key($0) })
        guard !forms.isEmpty else { return mentions }
        var result = mentions
        for index in result.indices where result[index].tokens.count == 1 {
            let mention = result[index]
            let token = mention.tokens.lowerBound
            guard mention.strength <= .context, mention.label != .organization,
                forms.contains(context.key(token)), isShortName(at: token)
            else { continue }
            result[index].label = .organization
            result[index].isDefault = false
        }
        var added: [Mention] = []
        let traits = context.traits
        // A club and a short name are capitalised words inside their sentence: a test of
        // flags before the hashed key.
        for index in context.tokens.indices
        where !claimed[index] && traits[index].isWord && traits[index].isCapitalized
            && !traits[index].isSentenceInitial && forms.contains(context.key(index))
        {
            guard clubs.contains(index) || isShortName(at: index) else { continue }
            added.append(Mention(tokens: index..<(index + 1), label: .organization, strength: .context))
            claimed[index] = true
        }
        guard !added.isEmpty else { return result }
        return (result + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The keys by which an organisation named by `tokens` may be called short: its first
    /// word before `de`, the noun ending its complement.
    private func shortForms(of tokens: Range<Int>) -> [String] {
        let traits = context.traits
        let first = tokens.lowerBound
        guard traits[first + 1].isWord, traits[first + 1].isDeForm else { return [] }
        var forms: [String] = []
        if isCommonNoun(first), traits[first].isCapitalized { forms.append(context.key(first)) }
        let last = tokens.upperBound - 1
        if last > first + 1, isCommonNoun(last), traits[last - 1].isWord,
            traits[last - 1].isDeForm || EntityContext.singularDefinite.contains(context.key(last - 1))
        {
            forms.append(context.key(last))
        }
        return forms
    }

    /// Clubs called by a common noun, found as the complement of a staff noun
    /// (`entities-club-staff.txt`): `le gardien du Standard`, `l'entraîneur de l'Espérance
    /// sportive de Tunis`; the tokens of the common noun.
    private func clubComplements() -> Set<Int> {
        let traits = context.traits
        var clubs: Set<Int> = []
        for preposition in 1..<max(1, context.tokens.count - 1)
        where traits[preposition].isWord && traits[preposition].isDeForm {
            guard traits[preposition - 1].isWord, traits[preposition - 1].isClubStaff else { continue }
            var next = preposition + 1
            if context.isLa(next), next + 1 < context.tokens.count { next += 1 }
            let word = traits[next]
            guard word.isWord, word.isCapitalized, !word.isSentenceInitial, isCommonNoun(next) else { continue }
            if next + 1 < context.tokens.count, traits[next + 1].isWord, traits[next + 1].isCapitalized { continue }
            clubs.insert(next)
        }
        return clubs
    }

    /// Whether token `index` is a common noun or adjective (`Standard`) that can stand for a
    /// name: no cue or head (`Ville`, `Société`), no public body's noun (`Administration`),
    /// no known name of one word (`Liège`), no first name, no role, no calendar word.
    private func isCommonNoun(_ index: Int) -> Bool {
        let token = context.traits[index]
        let key = context.key(index)
        guard token.isWord, token.wordClass == .noun || token.wordClass == .adjective, token.cue.isEmpty,
            !token.isFirstName, token.role == nil,
            !token.isCalendarWord, !token.isAcronym, !token.isDemonym,
            !EntityWordSets.shipped.institutionNouns.contains(key)
        else { return false }
        return lexicons.knownNames[key]?.contains { $0.keys.count == 1 } != true
    }

    /// Whether token `index` is written as a short name: capitalised inside its sentence,
    /// after a singular definite article or `du`, `au`, before no capitalised word, with
    /// no role within a few words before.
    private func isShortName(at index: Int) -> Bool {
        let traits = context.traits
        let word = traits[index]
        guard index >= 1, word.isWord, word.isCapitalized, !word.isSentenceInitial, !word.isAcronym,
            traits[index - 1].isWord, EntityContext.singularDefiniteOrContracted.contains(context.key(index - 1))
        else { return false }
        if index + 1 < context.tokens.count, traits[index + 1].isWord, traits[index + 1].isCapitalized,
            !traits[index + 1].isSentenceInitial
        {
            return false
        }
        let reach = max(0, index - 1 - Self.roleReach)..<(index - 1)
        return !reach.contains { traits[$0].isWord && traits[$0].role != nil }
    }
}
