import ParoleCore

/// A singular pronoun that speaks (`s'emporte-t-il`, `a-t-elle ajouté`) names a person
/// when one is at hand: an institution or a group the antecedent search found (`le
/// tribunal … il retient …, ce qui scandalise Me Blédé`) yields to the nearest person
/// named outside quotation marks in the pronoun's sentence or the one before.
extension SpeakerResolver {
    /// The person the speaking pronoun at `pronoun` names instead of `found`, when
    /// `found` is not a person and a fitting person is named close before the pronoun.
    mutating func personRatherThan(_ found: SpeakerIdentity, pronoun: Int) -> SpeakerIdentity? {
        guard lastMention[found]?.isPerson == false else { return nil }
        let (gender, plural) = referent(of: pronoun)
        guard !plural, text.keyword(pronoun)?.isThirdPersonPossessive != true else { return nil }
        let frame = scan.frameIndex(of: pronoun)
        for mention in mentionsBefore(pronoun, from: max(0, frame - 1)).reversed()
        where mention.isPerson && mention.pronoun == nil && !mention.plural
            && !scan.isQuoted(mention.tokens.lowerBound)
            && (gender == nil || mention.gender == nil || mention.gender == gender)
        {
            if let identity = mention.identity { return identity }
        }
        return nil
    }
}
