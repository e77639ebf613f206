import ParoleCore
import ParoleText

/// A person's name that runs on after capitalised common words, a title or a body's noun
/// (`Tête-à-tête Kagame` in a headline, `le Haut-commissaire Amidou Konaté`, `le Département
/// du conseiller d'État Frédéric Borloz`). When the document writes that person's name on
/// its own elsewhere (`Amidou Konaté`, or `Paul Kagame` for `Kagame`), the mention ends as
/// the person's name, and the words before it go when none of them is a name: each is
/// lowercase, an elided particle, or a capitalised word the French lexicon knows only as a
/// common word, and the first is no head of a body's name unless a role follows it.
struct PersonTails {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// `mentions` with each such run-on cut to the person's name, a person.
    func apply(to mentions: [Mention]) -> [Mention] {
        guard let lexicon = FormFactsIndex.wordForms else { return mentions }
        let names = personNames(in: mentions)
        guard !names.isEmpty else { return mentions }
        var result = mentions
        for position in result.indices where result[position].tokens.count >= 2 {
            let tokens = result[position].tokens
            guard
                let split = (tokens.lowerBound + 1..<tokens.upperBound).first(where: { start in
                    context.traits[start].isCapitalized && context.traits[start - 1].isCapitalized
                        && names.contains(context.key(start..<tokens.upperBound))
                        && isNoName(tokens.lowerBound..<start, lexicon: lexicon)
                })
            else { continue }
            var person = Mention(tokens: split..<tokens.upperBound, label: .person, strength: .strong)
            person.noteGender(context.traits[split].firstName ?? nil, from: .firstName)
            result[position] = person
        }
        return extendingLowercaseParts(of: result, names: names)
    }

    /// `mentions` with each person's name taking in the lowercase word after it when the
    /// document writes that word capitalised as the next part of the same name elsewhere
    /// (`Me Jean louis` after `Me Jean Louis`): a name keeps its form through an article,
    /// so the lowercase word is that name's part, mistyped.
    private func extendingLowercaseParts(of mentions: [Mention], names: Set<String>) -> [Mention] {
        var result = mentions
        let traits = context.traits
        let covered = Set(mentions.flatMap { $0.tokens })
        for position in result.indices where result[position].label == .person {
            let next = result[position].tokens.upperBound
            guard next < traits.count, traits[next].isWord, !traits[next].isCapitalized, !traits[next].isElision,
                !traits[next].isFunctionWord, !context.isLineBreak(before: next),
                !covered.contains(next),
                names.contains(context.key(result[position].tokens.lowerBound..<(next + 1)))
            else { continue }
            result[position].tokens = result[position].tokens.lowerBound..<(next + 1)
        }
        return result
    }

    /// The keys of the people's names the document writes on their own, and of the
    /// surnames after their first names (`kagame` for `Paul Kagame`).
    private func personNames(in mentions: [Mention]) -> Set<String> {
        var names: Set<String> = []
        for mention in mentions where mention.label == .person {
            let tokens = mention.tokens
            names.insert(context.key(tokens))
            var surname = tokens.lowerBound
            while surname < tokens.upperBound - 1, context.traits[surname].isFirstName { surname += 1 }
            if surname > tokens.lowerBound { names.insert(context.key(surname..<tokens.upperBound)) }
        }
        return names
    }

    /// Whether no word of `range` is a name: lowercase words, elided particles and
    /// capitalised words with common readings only, at least one of them capitalised.
    private func isNoName(_ range: Range<Int>, lexicon: FrenchLexicon) -> Bool {
        let traits = context.traits
        var capitalized = false
        for index in range {
            let token = traits[index]
            guard token.isWord else { return false }
            if !token.isCapitalized || token.isElision { continue }
            guard !token.isFirstName, !token.isAcronym, isTitleWord(index),
                isCommonWordOnly(context.norm(index), lexicon: lexicon)
            else {
                return false
            }
            capitalized = true
        }
        // `la Fondation Nelson Mandela` is named after the person, unless a role stands in
        // between (`le Département du conseiller d'État Frédéric Borloz`).
        let head = traits[range.lowerBound].cue.headLabel != nil
        return capitalized && (!head || range.contains { traits[$0].isRole })
    }

    /// Whether `word` has readings, as written or in lowercase, and none of them is a
    /// proper noun.
    private func isCommonWordOnly(_ word: String, lexicon: FrenchLexicon) -> Bool {
        let readings = lexicon.analyses(of: word) + lexicon.analyses(of: word.lowercased())
        return !readings.isEmpty && !readings.contains { $0.partOfSpeech == .properNoun }
    }

    /// Whether the capitalised word at `index` is a title or a common word before a name:
    /// a role (`Haut-commissaire` by its last part), a frequent common word, or the
    /// sentence's first word (a headline's `Tête-à-tête`); a rare common word inside a
    /// sentence may be a name (`Ana`).
    private func isTitleWord(_ index: Int) -> Bool {
        let token = context.traits[index]
        if token.isRole || token.isListedWord || token.isSentenceInitial { return true }
        guard let last = context.key(index).split(separator: "-").last, last.count < context.key(index).count else {
            return false
        }
        return lexicons.roles[String(last)] != nil
    }
}
