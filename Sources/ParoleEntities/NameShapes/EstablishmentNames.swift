import ParoleCore

/// Schools and hospitals named after a person: `le lycée technique Omar Bongo`,
/// `l'hôpital universitaire Habib Bourguiba`, `l'hôpital Maisonneuve-Rosemont` are one
/// organisation, head and adjectives included, where the rules found a person. Which heads
/// name a body is data (the ORG rows of `entities-eponym-places.txt`). A head that
/// qualifies another noun after a bare `de` (`un médecin d'hôpital`), or a role's
/// complement before a first name (`le directeur de l'hôpital Pierre Martin`: the person
/// who holds the role), leaves the person after it alone.
struct EstablishmentNames {
    let context: EntityContext

    /// Adjectives allowed between the head and the name: `lycée national technique X`.
    static let maximumAdjectives = 2

    /// `mentions` with each person right after a school's or a hospital's head widened to
    /// the whole body, an organisation.
    func apply(to mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        var result = mentions
        for position in result.indices where result[position].label == .person {
            guard let head = head(before: result[position].tokens.lowerBound) else { continue }
            result[position].widenToOrganization(from: head, claimed: &claimed)
            result[position].gender = nil
            result[position].genderSource = nil
        }
        return result
    }

    /// The lowercase head of a body that comes right before `start`, with up to two
    /// adjectives between them.
    func head(before start: Int) -> Int? {
        let traits = context.traits
        var index = start - 1
        var adjectives = 0
        while index >= 0, adjectives <= Self.maximumAdjectives {
            let token = traits[index]
            guard token.isWord, !token.isCapitalized, !token.isElision else { return nil }
            if EponymousPlaces.heads[context.key(index)] == .organization {
                let holder = traits[start].isFirstName && inRoleComplement(index)
                return followsBareDe(index) || holder ? nil : index
            }
            guard token.isAdjective else { return nil }
            adjectives += 1
            index -= 1
        }
        return nil
    }

    /// Whether token `index` follows `de` or `d'` with no article between (`médecin
    /// d'hôpital`), not the articles `du` and `des` (`les élèves du lycée X`).
    private func followsBareDe(_ index: Int) -> Bool {
        let before = index - 1
        guard before >= 0 else { return false }
        let traits = context.traits[before]
        return traits.isWord && traits.isDeForm && !traits.isArticle && !traits.isDeterminer
    }

    /// Whether the head at `index` is the complement of a role noun through `de l'`, `de la`
    /// or `du` (`le directeur de l'hôpital`).
    private func inRoleComplement(_ index: Int) -> Bool {
        let traits = context.traits
        var before = index - 1
        if before >= 0, traits[before].isWord, traits[before].isElision || context.isLa(before) { before -= 1 }
        guard before >= 1, traits[before].isWord, traits[before].isDeForm else { return false }
        return traits[before - 1].isRole
    }
}
