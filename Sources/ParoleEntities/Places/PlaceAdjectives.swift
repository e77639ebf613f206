import ParoleCore

/// A region named by a place and an adjective of origin or direction takes the
/// adjective in: `le Jura bernois`, `l'Arc jurassien`, `les Alpes valaisannes`,
/// `l'Europe occidentale`. Acronyms keep their span (`le FBI américain`).
struct PlaceAdjectives {
    let context: EntityContext

    /// Adjectives of direction that name a part of a region, with their inflections.
    /// (as written: tested against folded keys, so `méridional` and `boréal` only document the word).
    static let directions = EntityWordLists.places.words(.regionAdjective)

    /// `mentions` (of one sentence, in text order) with the places followed by such an
    /// adjective extended over it, the adjective marked in `claimed`.
    func apply(to mentions: [Mention], in range: Range<Int>, claimed: inout [Bool]) -> [Mention] {
        mentions.map { mention in
            guard mention.label == .location else { return mention }
            let next = mention.tokens.upperBound
            let last = next - 1
            guard next < range.upperBound, !claimed[next],
                !context.traits[last].isAcronym, isRegionAdjective(next)
            else { return mention }
            var extended = mention
            extended.tokens = mention.tokens.lowerBound..<(next + 1)
            claimed[next] = true
            return extended
        }
    }

    /// Whether token `index` is a lowercase adjective of origin or direction.
    private func isRegionAdjective(_ index: Int) -> Bool {
        let token = context.traits[index]
        guard token.isWord, !token.isCapitalized else { return false }
        return token.isDemonym || Self.directions.contains(context.key(index))
    }
}
