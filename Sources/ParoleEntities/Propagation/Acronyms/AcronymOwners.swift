import ParoleCore

/// An acronym after `de`, `du`, `de la` or `de l'` at the end of a longer name, where the
/// document names the acronym alone elsewhere: the body it names stands for itself and
/// the name before it is a part or an organ of it (`le Bureau exécutif de la FIFA`, `le
/// Conseil de sécurité de l'ONU`, `le Sommet de la CEDEAO`). The mention is split into the
/// name before the particle, which keeps its label, and the acronym, which takes the label
/// it has alone.
struct AcronymOwners {
    let context: EntityContext

    /// `mentions` with each name ending in `de` + an acronym the document names alone
    /// replaced by the name before the particle and the acronym.
    func apply(to mentions: [Mention]) -> [Mention] {
        var labels: [String: Entity.Label] = [:]
        for mention in mentions where mention.tokens.count == 1 && mention.characterStart == nil {
            let index = mention.tokens.lowerBound
            guard context.traits[index].isAcronym, labels[context.key(index)] == nil else { continue }
            labels[context.key(index)] = mention.label
        }
        guard !labels.isEmpty else { return mentions }
        var result: [Mention] = []
        result.reserveCapacity(mentions.count + 2)
        for mention in mentions {
            guard let particle = particle(in: mention), let label = labels[context.key(mention.tokens.upperBound - 1)]
            else {
                result.append(mention)
                continue
            }
            var head = mention
            head.tokens = mention.tokens.lowerBound..<particle
            if head.tokens.count > 1 || context.traits[particle - 1].wordClass != .noun { result.append(head) }
            let last = mention.tokens.upperBound - 1
            result.append(Mention(tokens: last..<last + 1, label: label, strength: mention.strength))
        }
        return result
    }

    /// The index of the `de` form before the acronym that ends `mention` (an article may
    /// stand between them), when a capitalised name of its own comes before it.
    private func particle(in mention: Mention) -> Int? {
        let tokens = mention.tokens
        guard tokens.count >= 3, mention.characterStart == nil, mention.characterEnd == nil else { return nil }
        let traits = context.traits
        let last = tokens.upperBound - 1
        guard traits[last].isWord, traits[last].isAcronym else { return nil }
        var index = last - 1
        if traits[index].isArticle, !traits[index].isCapitalized { index -= 1 }
        guard index > tokens.lowerBound, traits[index].isDeForm, !traits[index].isCapitalized else { return nil }
        let first = traits[tokens.lowerBound]
        guard first.isWord, first.isCapitalized, !first.isArticle else { return nil }
        return index
    }
}
