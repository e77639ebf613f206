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

/// A person's name cut after a capitalised particle that opens its sentence (`De Gaulle
/// disait …`, `Le Pen a affirmé …`, where `De` and `Le` read as a preposition and an
/// article): when the document names the person in full with the same particle before the
/// same words (`Charles de Gaulle`, `Marine Le Pen`), the particle belongs to the name.
/// The evidence is the document's own; no list of particles is read.
struct ParticleHeads {
    let context: EntityContext

    /// `mentions` with each person's name so cut given back its particle.
    func apply(to mentions: [Mention]) -> [Mention] {
        var tails: Set<String> = []
        for mention in mentions where mention.label == .person && mention.tokens.count >= 3 {
            for index in mention.tokens.dropFirst().dropLast() {
                let rest = index + 1..<mention.tokens.upperBound
                tails.insert(context.text(index..<index + 1).lowercased() + " " + context.text(rest))
            }
        }
        guard !tails.isEmpty else { return mentions }
        var result = mentions
        var previousEnd = 0
        for (position, mention) in mentions.enumerated() {
            defer { previousEnd = max(previousEnd, mention.tokens.upperBound) }
            let start = mention.tokens.lowerBound
            guard mention.label == .person, start >= 1, previousEnd < start,
                context.traits[start - 1].isWord, context.traits[start - 1].isCapitalized,
                !context.isLineBreak(before: start),
                tails.contains(context.text(start - 1..<start).lowercased() + " " + context.text(mention.tokens))
            else { continue }
            result[position].tokens = start - 1..<mention.tokens.upperBound
        }
        return result
    }
}
