import ParoleCore

/// Two names joined by a slash with no space around it, one of them an acronym and at
/// most one a name the lexicons know: one body under two names (its Dutch and French
/// acronyms, `le syndicat ACV/CSC`) or a body and the federation it belongs to (`déléguée
/// Snes/FSU`). The pair is one organisation. Two names the lexicons both know stay two
/// bodies (`TF1/LCI`), and so does a pair that a longer name reaches into (`RS
/// Berkane/Maroc`) or whose part is a single letter (`P/APC`, a title's abbreviation).
struct SlashPairs {
    let context: EntityContext

    /// `mentions` with each slash pair made one organisation.
    func apply(to mentions: [Mention]) -> [Mention] {
        var result = mentions
        var index = 1
        while index + 1 < context.tokens.count {
            defer { index += 1 }
            guard context.isPunct(index, 0x2F), isPair(around: index) else { continue }
            let left = index - 1
            let right = index + 1
            let parts = result.indices.filter { result[$0].tokens.overlaps(left...right) }
            guard parts.allSatisfy({ isWholeWord(result[$0], at: left) || isWholeWord(result[$0], at: right) }),
                parts.contains(where: { result[$0].label == .organization }),
                parts.allSatisfy({ result[$0].label == .organization || result[$0].label == .person }),
                parts.filter({ result[$0].strength == .lexicon }).count < 2
            else { continue }
            let pair = Mention(tokens: left..<(right + 1), label: .organization, strength: .strong)
            for part in parts.reversed() { result.remove(at: part) }
            let position = result.firstIndex { $0.tokens.lowerBound > left } ?? result.endIndex
            result.insert(pair, at: position)
            index = right
        }
        return result
    }

    /// Whether the slash at `index` joins two capitalised words of two letters or more,
    /// glued to it on both sides, one of them an acronym.
    private func isPair(around index: Int) -> Bool {
        let left = index - 1
        let right = index + 1
        let traits = context.traits
        guard traits[left].isWord, traits[right].isWord, traits[left].isCapitalized, traits[right].isCapitalized,
            !traits[left].isElision, !traits[right].isElision,
            traits[left].isAcronym || traits[right].isAcronym,
            context.tokens[left].span.end == context.tokens[index].span.start,
            context.tokens[index].span.end == context.tokens[right].span.start,
            context.tokens[left].span.length >= 2, context.tokens[right].span.length >= 2
        else { return false }
        // A longer capitalised name does not reach into the pair from either side.
        let before = left - 1
        let after = right + 1
        let openBefore =
            before >= 0 && traits[before].isWord && traits[before].isCapitalized
            && !traits[before].isSentenceInitial
        let goesOn = after < context.tokens.count && context.isPunct(after, 0x2F)
        return !openBefore && !goesOn
    }

    /// Whether `mention` is the word at `index` alone, whole.
    private func isWholeWord(_ mention: Mention, at index: Int) -> Bool {
        mention.tokens == index..<(index + 1) && mention.characterStart == nil && mention.characterEnd == nil
    }
}
