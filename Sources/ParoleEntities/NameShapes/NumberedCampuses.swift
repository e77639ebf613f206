import ParoleCore

/// Universities named after their city and a number (`Université Claude-Bernard Lyon
/// 1`, `Université Paris 8`): an organisation followed by a place and a number of one
/// or two digits is one name.
struct NumberedCampuses {
    let context: EntityContext

    /// `mentions` with each organisation opening with a head (`Université`, `Institut`)
    /// that a one-word place and a number follow taking them in.
    func apply(to mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        guard mentions.count >= 2 else { return mentions }
        var result: [Mention] = []
        result.reserveCapacity(mentions.count)
        var index = 0
        let models = ModelNumbers(context: context)
        while index < mentions.count {
            let mention = mentions[index]
            if mention.label == .organization, index + 1 < mentions.count,
                context.traits[mention.tokens.lowerBound].cue.headLabel == .organization
            {
                let place = mentions[index + 1]
                if place.label == .location, place.tokens.count == 1,
                    place.tokens.lowerBound == mention.tokens.upperBound,
                    place.tokens.upperBound < claimed.count, !claimed[place.tokens.upperBound],
                    let end = models.end(after: place.tokens.upperBound, limit: claimed.count)
                {
                    var merged = mention
                    merged.tokens = mention.tokens.lowerBound..<end
                    for token in place.tokens.upperBound..<end { claimed[token] = true }
                    result.append(merged)
                    index += 2
                    continue
                }
            }
            result.append(mention)
            index += 1
        }
        return result
    }
}
