import ParoleCore

/// A name that the document gives whole once and only in part where its very words stand
/// again: `la Société de navigation sur les lacs de Neuchâtel et Morat (LNM)` is found whole
/// beside its acronym, and the same words in the lead split into `Société de navigation`,
/// `Neuchâtel` and `Morat`; `le festival Les Créatives` is found whole and `Créatives` alone
/// in the headline. Where the words of a name of two tokens or more come again and every
/// mention over them lies inside them, those mentions give way to the whole name, with its
/// label. The evidence is the document's own.
struct WholeNames {
    let context: EntityContext

    /// `mentions` with the parts of each name found whole elsewhere replaced by that name.
    func apply(to mentions: [Mention]) -> [Mention] {
        guard let names = wholeNames(mentions) else { return mentions }
        var owner = [Int](repeating: -1, count: context.tokens.count)
        for (position, mention) in mentions.enumerated() {
            for token in mention.tokens where token < owner.count { owner[token] = position }
        }
        var dropped = Set<Int>()
        var found: [Mention] = []
        var index = 0
        while index < context.tokens.count {
            let candidates = names[Int(form(index))]
            guard !candidates.isEmpty,
                let (whole, parts) = occurrence(of: candidates, at: index, owner: owner, mentions: mentions)
            else {
                index += 1
                continue
            }
            let range = index..<index + whole.tokens.count
            var mention = Mention(tokens: range, label: whole.label, strength: whole.strength)
            mention.noteGender(whole.gender, from: whole.genderSource ?? .firstName)
            found.append(mention)
            dropped.formUnion(parts)
            index = range.upperBound
        }
        guard !found.isEmpty else { return mentions }
        let kept = mentions.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        return (kept + found).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The form of token `index`: tokens written alike share it.
    private func form(_ index: Int) -> Int32 { context.traits.entries[index].form }

    /// The names of two tokens or more, whole words only, the first of each text, indexed by
    /// the form of their first token (an array over the document's forms: no hashing per
    /// token), or `nil` when there is none.
    private func wholeNames(_ mentions: [Mention]) -> [[Mention]]? {
        var names: [[Mention]]?
        for mention in mentions
        where mention.tokens.count >= 2 && mention.characterStart == nil && mention.characterEnd == nil {
            if names == nil { names = Array(repeating: [], count: context.traits.facts.count) }
            let first = Int(form(mention.tokens.lowerBound))
            let text = context.text(mention.tokens)
            guard !names![first].contains(where: { context.text($0.tokens) == text }) else { continue }
            names![first].append(mention)
        }
        return names
    }

    /// The longest of `candidates` whose words stand at `index`, written the same, with the
    /// positions of the mentions over them: at least one, each inside the words, none
    /// of them the whole already.
    private func occurrence(of candidates: [Mention], at index: Int, owner: [Int], mentions: [Mention]) -> (
        whole: Mention, parts: Set<Int>
    )? {
        var best: (whole: Mention, parts: Set<Int>)?
        for whole in candidates where index + whole.tokens.count <= context.tokens.count {
            let count = whole.tokens.count
            if let current = best, current.whole.tokens.count >= count { continue }
            let range = index..<index + count
            guard range != whole.tokens,
                (1..<count).allSatisfy({ form(index + $0) == form(whole.tokens.lowerBound + $0) }),
                context.text(range) == context.text(whole.tokens)
            else { continue }
            let parts = Set(range.map { owner[$0] }.filter { $0 >= 0 })
            guard !parts.isEmpty,
                parts.allSatisfy({
                    range.contains(mentions[$0].tokens.lowerBound) && mentions[$0].tokens.upperBound <= range.upperBound
                }),
                !parts.contains(where: { mentions[$0].tokens == range })
            else { continue }
            best = (whole, parts)
        }
        return best
    }
}
