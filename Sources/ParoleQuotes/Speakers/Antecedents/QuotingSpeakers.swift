import ParoleCore

/// A third-person pronoun inside a quotation never stands for the person quoted: who
/// speaks in the quotation says `je` (`« … Et il dit que c'est réglé ? C'est choquant »,
/// s'emporte-t-elle`, `Selon son ami, « il me disait que … »`). The subject pronoun of a
/// speech verb inside a direct quote is therefore resolved to someone other than the
/// speaker of that quote.
extension SpeakerResolver {
    /// How many candidates before a quote, in text order, the direct quote around its
    /// pronoun is sought among.
    static let quotingReach = 8

    /// The speaker of the direct quote whose marks hold the pronoun at `token`, the
    /// subject of candidate `index`; `nil` when the pronoun is outside marks, the quote
    /// around it has no speaker, or that quote follows `que` (`a dit que « il … »`, where
    /// the quoted words report their speaker in the third person).
    mutating func quotingSpeaker(around token: Int, of index: Int, depth: Int) -> SpeakerIdentity? {
        guard scan.isQuoted(token) else { return nil }
        var rank = position[index] - 1
        while rank >= max(0, position[index] - Self.quotingReach) {
            let other = order[rank]
            rank -= 1
            let tokens = candidates[other].tokens
            guard !candidates[other].isDropped, candidates[other].kind == .direct, tokens.contains(token),
                tokens.upperBound >= candidates[index].tokens.upperBound
            else { continue }
            if tokens.lowerBound >= 2 && text.isQue(tokens.lowerBound - 2) { return nil }
            return resolve(other, depth: depth + 1)
        }
        return nil
    }
}
