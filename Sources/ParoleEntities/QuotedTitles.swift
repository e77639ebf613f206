import ParoleCore

/// Titles of works and shows quoted in the text: `« Marée basse »`, a short
/// capitalised phrase between quotation marks with no verb in it. Scare quotes around
/// lowercase words (`« positifs »`) and quoted sentences are left alone.
struct QuotedTitles {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// The quoted titles of the sentence `range` (MISC), marking their tokens in `claimed`.
    func find(in range: Range<Int>, claimed: inout [Bool]) -> [Mention] {
        let tokens = context.tokens
        let traits = context.traits
        var mentions: [Mention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard tokens[index].kind == .quote else {
                index += 1
                continue
            }
            let start = index + 1
            var end = start
            while end < range.upperBound, end - start <= 5, tokens[end].kind == .word { end += 1 }
            guard end < range.upperBound, tokens[end].kind == .quote, end - start >= 2 else {
                index += 1
                continue
            }
            let words = start..<end
            let first = traits[start]
            let isTitle =
                first.isCapitalized && !first.isAcronym && first.isCommonWord
                && !words.contains { claimed[$0] || traits[$0].isVerb || traits[$0].isElision }
                && words.dropFirst().allSatisfy { !traits[$0].isCapitalized }
                && index > range.lowerBound  // a quotation that opens the sentence is speech
            if isTitle {
                mentions.append(Mention(tokens: words, label: .miscellaneous, strength: .context))
                for token in words { claimed[token] = true }
            }
            index = end + 1
        }
        return mentions
    }
}
