import ParoleCore

/// The role a named speaker is given where the name is written (`l'universitaire
/// néerlandais Pieter-Jan de Vries`, `Le président du CNES, Bertrand du Mesnil`),
/// so that a speaker whose words would only repeat its canonical name shows its role
/// instead: the canonical name keeps the name, the words keep the description.
extension QuoteScan {
    /// The tokens of the role given to the person named at `name` in `phrase`: the
    /// words before the name in the phrase (a determiner, a role or person noun and
    /// its description), else the phrase of a role in apposition to the name (the one
    /// before it first).
    func roleTokens(of phrase: NounPhrase, name: Range<Int>, links: [RoleLink]) -> Range<Int>? {
        let start = phrase.tokens.lowerBound
        if start < name.lowerBound, text.isAny(start, .determiner), let head = phrase.head, head < name.lowerBound,
            text.isAny(head, [.role, .personNoun]),
            (start + 1..<name.lowerBound).allSatisfy({
                text.isWord($0) && !text.isHonorific($0) && !text.isAny($0, [.adverb, .conjunction, .subordinator])
            })
        {
            return start..<name.lowerBound
        }
        // `(CPC)`: an acronym in brackets closes the role.
        return firstLink(at: name.lowerBound, in: links).map { text.withoutAcronym($0.phrase) }
    }

    /// The first link made at the name starting at token `position` (links are in text order).
    private func firstLink(at position: Int, in links: [RoleLink]) -> RoleLink? {
        let low = links.firstIndex(atOrAfter: position)
        return low < links.count && links[low].position == position ? links[low] : nil
    }
}
