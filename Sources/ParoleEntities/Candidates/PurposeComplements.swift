import ParoleCore

/// Names of bodies that go on with their purpose before the acronym that abbreviates
/// them, when the acronym's letters do not spell the French words (an English acronym,
/// words skipped): `Conseil norvégien pour les réfugiés (NRC)`, `Société de protection
/// des forêts contre le feu (SOPFEU)`. The purpose is `pour`, `contre` or `sur` with an
/// article and at most three lowercase nouns or adjectives, right before the parenthesis.
struct PurposeComplements {
    let context: EntityContext

    /// Prepositions that open a body's purpose (by key).
    static let prepositions: Set<String> = ["pour", "contre", "sur"]

    /// `mentions` with the organisations and events that end right before such a purpose
    /// and an acronym in parentheses taking in the purpose.
    func apply(to mentions: [Mention], in range: Range<Int>, claimed: inout [Bool]) -> [Mention] {
        var result = mentions
        for position in result.indices {
            let mention = result[position]
            guard mention.label == .organization || mention.label == .miscellaneous, mention.tokens.count >= 2,
                let end = purposeEnd(after: mention.tokens.upperBound, limit: range.upperBound, claimed: claimed)
            else { continue }
            for token in mention.tokens.upperBound..<end { claimed[token] = true }
            result[position].tokens = mention.tokens.lowerBound..<end
        }
        return result
    }

    /// The end of a purpose starting at `start` and followed by `(ACRONYM)`, or `nil`.
    private func purposeEnd(after start: Int, limit: Int, claimed: [Bool]) -> Int? {
        let traits = context.traits
        guard start + 5 < limit, traits[start].isWord, Self.prepositions.contains(context.key(start)) else {
            return nil
        }
        var index = start + 1
        guard ["les", "la", "le", "l'"].contains(context.key(index)) else { return nil }
        index += 1
        let first = index
        while index < limit, index - first < 3, !claimed[index] {
            let token = traits[index]
            guard token.isWord, !token.isCapitalized, !token.isElision, token.wordClass != .function,
                token.wordClass != .verb
                    || token.isAdjective
            else { break }
            index += 1
        }
        guard index > first, index + 2 < limit, context.isPunct(index, 0x28), context.isPunct(index + 2, 0x29),
            traits[index + 1].isAcronym
        else { return nil }
        return index
    }
}
