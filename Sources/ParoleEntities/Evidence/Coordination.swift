import ParoleCore
import ParoleText

/// Names joined by `et`, `ou` or a comma are of one kind: a guessed name takes the
/// label of a better-supported neighbour in the list (`de l'Hérault et de l'Aude`,
/// `de Corse, de Sicile, des Açores`). A person's label is not spread this way: a
/// person is named with a first name or a title, not by the company they keep.
struct Coordination {
    let context: EntityContext

    /// Words that may repeat after the conjunction (by key): `et de l'`, `, des`.
    static let repeatedWords = FrenchWordLists.grammar.keys(.deForms, .definite, .locative)

    /// `mentions` of one sentence (in text order) with guesses relabelled by the
    /// best-supported name of their list. A name in parentheses right after a member
    /// (`à Ollon (Sierre), Grône et Fully`) says where or who the member is and does not
    /// break the list: the list is read past it.
    func apply(to mentions: [Mention]) -> [Mention] {
        var result = mentions
        var members: [Int] = []
        var view: [Mention] = []
        for index in mentions.indices {
            if index > 0, isParenthesis(mentions[index], after: mentions[index - 1]), let last = view.indices.last {
                view[last].tokens = view[last].tokens.lowerBound..<(mentions[index].tokens.upperBound + 1)
                continue
            }
            members.append(index)
            view.append(mentions[index])
        }
        var start = 0
        while start < view.count {
            var end = start + 1
            while end < view.count, joins(end - 1, end, in: view) { end += 1 }
            if end - start >= 2 { relabel(members[start..<end], in: &result) }
            start = end
        }
        return result
    }

    /// Whether `mention` stands alone in parentheses right after `previous`: `(Sierre)`.
    private func isParenthesis(_ mention: Mention, after previous: Mention) -> Bool {
        let open = mention.tokens.lowerBound - 1
        let close = mention.tokens.upperBound
        return open == previous.tokens.upperBound && context.isPunct(open, 0x28) && close < context.traits.count
            && context.isPunct(close, 0x29)
    }

    /// Relabels the guesses of the list `list` (indices into `mentions`) with the label of
    /// its best-supported member, when that one is no guess and no person. In a list of
    /// places a first name alone is a town too (`d'Alger, Oran, Annaba, Constantine`):
    /// news names people with their surname.
    private func relabel(_ list: ArraySlice<Int>, in mentions: inout [Mention]) {
        guard
            let best = list.max(by: {
                (mentions[$0].strength.rawValue, mentions[$0].label == .person ? 0 : 1)
                    < (mentions[$1].strength.rawValue, mentions[$1].label == .person ? 0 : 1)
            }),
            mentions[best].strength >= .context || isCuedPlace(mentions[best]), mentions[best].label != .person
        else { return }
        let label = mentions[best].label
        // Two unknown capitalised words make a person's name more surely than a list does.
        for index in list
        where
            (mentions[index].strength == .guess && mentions[index].label != label
            && (mentions[best].strength >= .context || mentions[index].isDefault)
            && (mentions[index].tokens.count == 1 || mentions[index].label != .person))
            || (label == .location && isFirstNameAlone(mentions[index]))
        {
            mentions[index].label = label
            mentions[index].strength = .context
        }
    }

    /// Whether `mention` is a place guessed from a place preposition (`entre Sfax`), not
    /// from a bare `de`: in a list it outweighs the members that no cue labels.
    private func isCuedPlace(_ mention: Mention) -> Bool {
        mention.label == .location && mention.strength == .guess && !mention.isDefault
    }

    /// Whether `mention` is a person's on a first name alone (`Constantine`).
    private func isFirstNameAlone(_ mention: Mention) -> Bool {
        mention.label == .person && mention.strength == .context && mention.tokens.count == 1
            && context.traits[mention.tokens.lowerBound].isFirstName
    }

    /// Whether the mentions at `left` and `right` (next to each other) are joined as
    /// members of one list.
    private func joins(_ left: Int, _ right: Int, in mentions: [Mention]) -> Bool {
        guard mentions[left].tokens.upperBound <= mentions[right].tokens.lowerBound else { return false }
        let gap = mentions[left].tokens.upperBound..<mentions[right].tokens.lowerBound
        return isCoordination(gap, after: mentions[left].tokens.lowerBound)
            || (isComma(gap) && continuesList(after: right, in: mentions))
    }

    /// Whether the tokens `gap` join two names of a list: `et` or `ou`, or a comma before
    /// a repeated preposition (`, de Sicile`), then at most a preposition and an article.
    private func isCoordination(_ gap: Range<Int>, after start: Int) -> Bool {
        guard let first = gap.first, gap.count <= 4 else { return false }
        let isConjunction = context.isCoordinator(first)
        guard
            isConjunction
                || (context.isPunct(first, 0x2C) && gap.count >= 2 && repeatsPreposition(gap.lowerBound + 1, of: start))
        else { return false }
        return gap.dropFirst().allSatisfy { context.traits[$0].isWord && Self.repeatedWords.contains(context.key($0)) }
    }

    /// Whether the word at `index` repeats the preposition before the name at `start`:
    /// `de Sicile, des Açores` but not `de la Caltech, en Californie`.
    private func repeatsPreposition(_ index: Int, of start: Int) -> Bool {
        var before = start - 1
        while before >= 0, context.traits[before].isArticle { before -= 1 }
        guard before >= 0, context.traits[before].isWord else { return false }
        if context.traits[index].isDeForm { return context.traits[before].isDeForm }
        return context.key(index) == context.key(before)
    }

    /// Whether `gap` is a comma alone: an apposition (`de HRW, Ole Solvang`) as much as a
    /// list, unless the list goes on.
    private func isComma(_ gap: Range<Int>) -> Bool {
        gap.count == 1 && context.isPunct(gap.lowerBound, 0x2C)
    }

    /// Whether the mention at `index` of `mentions` is followed by `et` or `ou` and
    /// another name, or by a comma and a name so followed: the list goes on.
    private func continuesList(after index: Int, in mentions: [Mention]) -> Bool {
        var current = index
        while current + 1 < mentions.count, current - index < 8,
            mentions[current].tokens.upperBound <= mentions[current + 1].tokens.lowerBound
        {
            let gap = mentions[current].tokens.upperBound..<mentions[current + 1].tokens.lowerBound
            if isCoordination(gap, after: mentions[current].tokens.lowerBound) { return true }
            guard isComma(gap) else { return false }
            current += 1
        }
        return false
    }
}
