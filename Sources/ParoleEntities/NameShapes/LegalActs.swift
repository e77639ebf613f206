import ParoleCore

/// Legal acts named as documents (MISC), from the ``HeadClass/act`` nouns of
/// `entities-head-classes.txt`: a lowercase act noun with the act's number or year after
/// it, past its adjectives and a capitalised `de` complement (`la loi organique 113.14`,
/// `le décret-loi 116`, `la loi de Finances 2016`), and a capitalised act noun alone right
/// after `la`, the country's own text (`contraire à la Constitution`; not `une nouvelle
/// Constitution`, which is any text).
struct LegalActs {
    /// The document whose tokens are read.
    let context: EntityContext

    /// The act nouns of `entities-head-classes.txt`.
    private static let actNouns = WordSieve(Set(EntityWordSets.shipped.headClasses.filter { $0.value == .act }.keys))

    /// `mentions` with the acts found on tokens no mention has claimed.
    func apply(to mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        // Whether each of the document's forms is an act's noun.
        let acts = context.forms(in: Self.actNouns)
        var result = mentions
        for index in context.tokens.indices where !claimed[index] && context.traits[index].isWord {
            guard acts[Int(context.traits.entries[index].form)], let end = actEnd(at: index, claimed: claimed)
            else { continue }
            result.append(Mention(tokens: index..<end, label: .miscellaneous, strength: .context))
            for token in index..<end { claimed[token] = true }
        }
        return result
    }

    /// The end of the act's name that begins at `index`, or `nil` when it names none.
    private func actEnd(at index: Int, claimed: [Bool]) -> Int? {
        let traits = context.traits
        if traits[index].isCapitalized {
            guard !traits[index].isSentenceInitial, index > 0, context.isLa(index - 1) else { return nil }
            let next = index + 1
            if next < claimed.count, !context.isLineBreak(before: next), traits[next].isWord,
                traits[next].isCapitalized || traits[next].isAdjective
            {
                return nil
            }
            return next
        }
        var end = index + 1
        while end < claimed.count, !claimed[end], !context.isLineBreak(before: end) {
            if traits[end].isWord, !traits[end].isCapitalized, traits[end].isAdjective, !traits[end].isVerb {
                end += 1
            } else if context.isDe(end), end + 1 < claimed.count, traits[end + 1].isCapitalized,
                traits[end + 1].isWord, !claimed[end + 1]
            {
                end += 2
            } else {
                break
            }
        }
        guard end < claimed.count, !claimed[end], !context.isLineBreak(before: end),
            context.tokens.kind(at: end) == .number
        else { return nil }
        return end + 1
    }
}
