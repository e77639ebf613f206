import ParoleCore

/// Titles of works (MISC) given by their apposition to a work noun (the `work` class of
/// `entities-role-words.txt`), with or without quotation marks: a capitalised title right
/// before a comma and the noun (`a salué Sombre dimanche, film de guerre`; past the
/// author's name: `Pluie d'automne de Claire Vasseur, une toile`), a title between commas
/// or marks after `un` or `une` and the noun (`un documentaire, Sous la glace, tourné …`,
/// `un roman de Marguerite Duras, « Vent », chaque …`), and a title after a `work-naming`
/// participle written without marks (`une émission intitulée Les Matins du lac.`). A title
/// opening its sentence (`Hier, le film …`) is none; a name a lexicon, a first name or a
/// strong cue gave (`à Cannes, le film …`) keeps its label; a guess (two unknown words
/// taken for a person) becomes the title.
struct WorkTitles {
    /// The document whose tokens are read.
    let context: EntityContext

    /// The longest title, in words.
    static let maximumWords = 6

    private static let workNouns = WordSieve(EntityWordLists.roles.keys(.work))
    private static let namingWords = WordSieve(EntityWordLists.roles.keys(.workNaming))
    private static let indefinite = EntityWordLists.grammar.keys(.indefinite)

    /// `mentions` with the titles found, the weaker mentions inside them dropped.
    func apply(to mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        let works = context.forms(in: Self.workNouns)
        let namings = context.forms(in: Self.namingWords)
        var result = mentions
        for index in context.tokens.indices where context.traits[index].isWord {
            let form = Int(context.traits.entries[index].form)
            var titles: [Range<Int>] = []
            if works[form] {
                if let title = titleBefore(noun: index, mentions: result) { titles.append(title) }
                if let title = titleAfter(noun: index, mentions: result) { titles.append(title) }
            } else if namings[form], let title = titleAfterNaming(index) {
                titles.append(title)
            }
            for title in titles where isFree(title, mentions: result, claimed: claimed) {
                result.removeAll { $0.tokens.overlaps(title) }
                result.append(Mention(tokens: title, label: .miscellaneous, strength: .strong))
                for token in title { claimed[token] = true }
            }
        }
        return result
    }

    /// Whether `title` holds no name a lexicon, a first name or a strong cue gave, no
    /// miscellaneous name (a title already found), and no name reaching out of it, and
    /// whether each of its tokens that a rule claimed lies in one of the mentions inside it.
    private func isFree(_ title: Range<Int>, mentions: [Mention], claimed: [Bool]) -> Bool {
        let inside = mentions.filter { $0.tokens.overlaps(title) }
        if inside.contains(where: {
            $0.strength >= .strong && !$0.isDefault || $0.tokens.lowerBound < title.lowerBound
                || $0.tokens.upperBound > title.upperBound || $0.label == .miscellaneous
        }) {
            return false
        }
        if title.contains(where: { context.traits[$0].isFirstName }) { return false }
        return title.allSatisfy { token in !claimed[token] || inside.contains { $0.tokens.contains(token) } }
    }

    /// The title before `, [article] noun` (`Sombre dimanche, film`): the capitalised
    /// run nearest the comma and the words after it; before a person after `de`, the run
    /// before the `de` (the work and its author: `Pluie d'automne de Claire Vasseur, une toile`).
    private func titleBefore(noun: Int, mentions: [Mention]) -> Range<Int>? {
        let traits = context.traits
        var comma = noun - 1
        if comma >= 0, traits[comma].isDeterminer || traits[comma].isArticle {
            comma -= 1
        } else if noun + 1 < traits.count, traits[noun + 1].isDeterminer || traits[noun + 1].isArticle,
            !traits[noun + 1].isDeForm
        {
            // `Paul Girard, livre une autre version`: the word is the verb.
            return nil
        }
        guard comma > 0, context.isPunct(comma, 0x2C) else { return nil }
        var end = comma
        if let author = mentions.first(where: { $0.tokens.upperBound == comma && $0.label == .person }),
            author.tokens.lowerBound > 1, context.isDe(author.tokens.lowerBound - 1)
        {
            end = author.tokens.lowerBound - 1
        }
        var start = end - 1
        while start >= 0, end - start <= Self.maximumWords, traits[start].isWord {
            // A title opens on a capitalised word inside its sentence, after a lowercase word
            // (`salué Sombre`, `expose Pluie`).
            if traits[start].isCapitalized, start > 0, !traits[start - 1].isCapitalized {
                return !traits[start].isSentenceInitial && traits[start - 1].isWord ? start..<end : nil
            }
            start -= 1
        }
        return nil
    }

    /// The title after `un`/`une`, the noun and its author, between commas or quotation
    /// marks (`un documentaire, Sous la glace, tourné`; `un roman de Marguerite Duras, « Vent »`).
    private func titleAfter(noun: Int, mentions: [Mention]) -> Range<Int>? {
        let traits = context.traits
        guard noun > 0, Self.indefinite.contains(context.key(noun - 1)) else { return nil }
        var comma = noun + 1
        if comma < traits.count, context.isDe(comma),
            let author = mentions.first(where: { $0.tokens.lowerBound == comma + 1 && $0.label == .person })
        {
            comma = author.tokens.upperBound
        }
        guard comma + 1 < traits.count, context.isPunct(comma, 0x2C) else { return nil }
        let quoted = context.tokens.kind(at: comma + 1) == .quote
        let start = quoted ? comma + 2 : comma + 1
        guard start < traits.count, traits[start].isWord, traits[start].isCapitalized else { return nil }
        let end = wordsEnd(from: start)
        guard end < traits.count, end > start else { return nil }
        if quoted {
            guard context.tokens.kind(at: end) == .quote else { return nil }
        } else if !context.isPunct(end, 0x2C) {
            return nil
        }
        return start..<end
    }

    /// The title right after a naming participle, with no marks, up to a punctuation mark
    /// (`intitulée Les Matins du lac.`).
    private func titleAfterNaming(_ naming: Int) -> Range<Int>? {
        let traits = context.traits
        let start = naming + 1
        guard start < traits.count, traits[start].isWord, traits[start].isCapitalized else { return nil }
        let end = wordsEnd(from: start)
        guard end < traits.count, end > start, context.tokens.kind(at: end) == .punct else { return nil }
        return start..<end
    }

    /// The end of the words from `start` (at most ``maximumWords``, no lowercase verb after
    /// the first), or `start` when a verb stops them.
    private func wordsEnd(from start: Int) -> Int {
        let traits = context.traits
        var end = start
        while end < traits.count, end - start < Self.maximumWords, traits[end].isWord,
            !context.isLineBreak(before: end) || end == start
        {
            if end > start, traits[end].isVerb, !traits[end].isCapitalized { return start }
            end += 1
        }
        return end
    }
}
