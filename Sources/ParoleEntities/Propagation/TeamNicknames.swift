import ParoleCore

/// Teams called by a plural nickname in a sports report: `le rassemblement des Lions`,
/// `le T1 des Zèbres`, `du côté des Sénateurs`. A capitalised plural common noun after
/// `les`, `des` or `aux` names nothing in general (`les États`, `avant les Fêtes`); in a
/// document that names a club's staff (`entities-club-staff.txt`: `le sélectionneur`,
/// `les joueurs`) or gives a match score in brackets (`(0-1)`), it is a team, an
/// organisation. A portfolio after a role (`le ministre des Sports`) stays none. In such
/// a report a one-word plural name after `les`, `des` or `aux`, then `de`, `d'` or `du`
/// and a place, is one team's name with its town or country: `face aux Penguins de
/// Pittsburgh`, `les Ducks d'Anaheim`, `le sélectionneur des Lions du Sénégal`.
struct TeamNicknames {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// `mentions` with the nicknames of teams added as organisations, the weaker labels of
    /// the same words (`des Sénateurs` read as a place) made organisations, and a team's
    /// one-word name joined to its town or country (`les Ducks d'Anaheim`).
    func apply(to mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        let nicknames = Set(context.tokens.indices.filter { isNickname(at: $0) })
        guard !nicknames.isEmpty || hasTeamAndTown(mentions), isSportsReport else { return mentions }
        return joinTowns(nicknamed(mentions, nicknames: nicknames, claimed: &claimed), claimed: &claimed)
    }

    /// Whether two of `mentions` are a team's one-word name and its town (the places
    /// indexed by their first token, each one-word mention checked against the place two
    /// tokens on: no sort of every document's mentions).
    private func hasTeamAndTown(_ mentions: [Mention]) -> Bool {
        var places: [Int: Mention] = [:]
        for mention in mentions where mention.label == .location { places[mention.tokens.lowerBound] = mention }
        guard !places.isEmpty else { return false }
        return mentions.contains { team in
            team.tokens.count == 1 && places[team.tokens.lowerBound + 2].map { isTeamAndTown(team, $0) } == true
        }
    }

    /// `mentions`, in text order, with the nicknames added and relabelled.
    private func nicknamed(_ mentions: [Mention], nicknames: Set<Int>, claimed: inout [Bool]) -> [Mention] {
        var result = mentions
        for index in result.indices where result[index].tokens.count == 1 {
            let mention = result[index]
            guard mention.strength <= .context, mention.label == .location || mention.label == .person,
                nicknames.contains(mention.tokens.lowerBound)
            else { continue }
            result[index].label = .organization
            result[index].isDefault = false
        }
        var added: [Mention] = []
        for index in nicknames.sorted() where index < claimed.count && !claimed[index] {
            added.append(Mention(tokens: index..<(index + 1), label: .organization, strength: .context))
            claimed[index] = true
        }
        guard !added.isEmpty else { return result }
        return (result + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// `mentions` with each team's one-word name and the town or country after it joined
    /// as one organisation.
    private func joinTowns(_ mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        var result: [Mention] = []
        var joins = 0
        for mention in mentions.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            if let team = result.last, isTeamAndTown(team, mention) {
                joins += 1
                var joined = Mention(
                    tokens: team.tokens.lowerBound..<mention.tokens.upperBound, label: .organization,
                    strength: .strong)
                joined.isDefault = false
                for token in joined.tokens { claimed[token] = true }
                result[result.count - 1] = joined
            } else {
                result.append(mention)
            }
        }
        return joins == 0 ? mentions : result
    }

    /// Whether `team` is one capitalised plural word after a plural article, not a known
    /// place, a person or a first name, and `town` a place right after it and `de`, `d'`
    /// or `du` (`des Lions du Sénégal`; `les Alpes du Sud` is a known place).
    private func isTeamAndTown(_ team: Mention, _ town: Mention) -> Bool {
        let index = team.tokens.lowerBound
        let de = index + 1
        guard team.tokens.count == 1, town.label == .location, town.tokens.lowerBound == de + 1,
            team.label != .person, team.strength < .lexicon, index >= 1,
            EntityContext.singularDe.contains(context.key(de)), !context.isLineBreak(before: de + 1)
        else { return false }
        return isPluralAfterArticle(index)
    }

    /// Whether token `index` is a capitalised word ending in `s` or `x` right after `les`,
    /// `des` or `aux`: not an acronym, an elision, a first name or a word that names nothing,
    /// nor its sentence's first word.
    private func isPluralAfterArticle(_ index: Int) -> Bool {
        let traits = context.traits
        let word = traits[index]
        guard index >= 1, word.isWord, word.isCapitalized, !word.isAcronym, !word.isSentenceInitial,
            !word.isElision, !word.isFirstName, !word.isNotName, let last = context.key(index).last,
            last == "s" || last == "x"
        else { return false }
        return traits[index - 1].isWord && EntityContext.pluralArticles.contains(context.key(index - 1))
    }

    /// Whether the document names a club's staff or a match score.
    private var isSportsReport: Bool {
        let clubs = ClubTowns(lexicons: lexicons, context: context)
        return context.tokens.indices.contains { index in
            let token = context.traits[index]
            return token.isWord ? token.isClubStaff : clubs.hasResult(after: index)
        }
    }

    /// Whether token `index` is a capitalised plural common noun (`Lions`, not a role,
    /// a first name nor a nationality) right after `les`, `des` or `aux`, with no
    /// capitalised word after it and no role before the article.
    private func isNickname(at index: Int) -> Bool {
        let traits = context.traits
        let word = traits[index]
        guard isPluralAfterArticle(index), word.wordClass == .noun, word.role == nil, !word.isDemonym,
            !word.isCalendarWord
        else { return false }
        if index + 1 < context.tokens.count, traits[index + 1].isWord, traits[index + 1].isCapitalized {
            return false
        }
        // `le ministre des Sports`: a role's portfolio.
        return index < 2 || !traits[index - 2].isWord || traits[index - 2].role == nil
    }
}
