import ParoleCore

/// Places written right after an organisation's name, with nothing between them: the
/// branch, the edition or the country the body is named for (`France Bleu Mayenne`, `France
/// Bleu Saint-Étienne Loire`, `Radio-Télévision Suisse`). The rules know the body and the
/// place apart; French joins a body to the place it belongs to with `de` (`la FDSEA de
/// Vendée`) or a preposition, so a place name that follows the body's on the same line
/// with no particle and no mark is part of that name, and the whole is the organisation.
/// Words in capitals on either side are a heading's (`CATACOMBES Place Denfert`), not one
/// name.
struct OrganizationBranches {
    let context: EntityContext

    /// `mentions` with each organisation and the places right after it made one
    /// organisation.
    func apply(to mentions: [Mention]) -> [Mention] {
        var result: [Mention] = []
        result.reserveCapacity(mentions.count)
        for mention in mentions.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            if let body = result.last, continues(body, with: mention) {
                var whole = Mention(
                    tokens: body.tokens.lowerBound..<mention.tokens.upperBound, label: .organization,
                    strength: max(body.strength, mention.strength))
                whole.characterStart = body.characterStart
                result[result.count - 1] = whole
                continue
            }
            result.append(mention)
        }
        return result
    }

    /// Whether the place `place` goes on the name of the organisation `body`: it begins
    /// at the token after the body's last, on the same line, each whole token, and
    /// neither the body's last word nor the place's first is written in capitals.
    private func continues(_ body: Mention, with place: Mention) -> Bool {
        guard body.label == .organization, place.label == .location, body.characterEnd == nil,
            place.characterStart == nil, place.tokens.lowerBound == body.tokens.upperBound,
            !context.isLineBreak(before: place.tokens.lowerBound)
        else { return false }
        let first = context.traits[place.tokens.lowerBound]
        return first.isWord && first.isCapitalized && !first.isAcronym
            && !context.traits[body.tokens.upperBound - 1].isAcronym
    }
}
