import ParoleCore

/// Bodies written lowercase and named after their place: `l'université de Caen`, `la
/// police nationale d'Haïti`, `la police de Lausanne` are one organisation, head and
/// adjectives included, where the rules found only the place. Which heads do so is data
/// (``HeadClass/institution`` in `entities-head-classes.txt`, or
/// ``HeadClass/qualifiedInstitution`` with an adjective: `la police nationale d'Haïti` but
/// `la police de Montréal`); territorial heads (`la commune de Walhain`) leave the place alone.
struct InstitutionNames {
    let context: EntityContext

    /// Adjectives allowed between the head and its `de`: `police nationale judiciaire de …`.
    static let maximumAdjectives = 2

    /// `mentions` with each place after an institution's head and `de` widened to the
    /// whole body, an organisation.
    func apply(to mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        var result = mentions
        for position in result.indices where result[position].label == .location {
            guard let head = head(before: result[position].tokens.lowerBound) else { continue }
            result[position].widenToOrganization(from: head, claimed: &claimed)
        }
        return result
    }

    /// The institution head that introduces the name at `start` through `de`, `d'`, `du`,
    /// `des`, `de la` or `de l'`, with up to two adjectives between them.
    func head(before start: Int) -> Int? {
        let traits = context.traits
        var index = start - 1
        guard index > 0 else { return nil }
        if context.isLa(index) { index -= 1 }
        guard index > 0, traits[index].isWord, traits[index].isDeForm, !traits[index].isCapitalized else { return nil }
        index -= 1
        var adjectives = 0
        while index >= 0, adjectives <= Self.maximumAdjectives {
            let token = traits[index]
            guard token.isWord, !token.isCapitalized, !token.isElision else { return nil }
            let headClass = context.headClass(index)
            if headClass == .institution || (headClass == .qualifiedInstitution && adjectives > 0) {
                // `le préfet de police des Bouches-du-Rhône`, `le commissariat central de police
                // de Matam`: a head that qualifies another noun, with no article, belongs to
                // that noun's phrase, and the place stays alone (but `le porte-parole de la
                // police nationale d'Haïti`).
                return isComplement(index) ? nil : index
            }
            guard token.isAdjective || OrganizationHeads.isParticiple(context.norm(index)) else { return nil }
            adjectives += 1
            index -= 1
        }
        return nil
    }

    /// Whether token `index` follows a bare `de` (`préfet de police`), no article between.
    private func isComplement(_ index: Int) -> Bool {
        let before = index - 1
        return before >= 0 && context.traits[before].isWord && context.key(before) == "de"
    }
}
