import ParoleCore
import ParoleText

/// Labels a run of capitalised words by the evidence around and inside it, strongest
/// first: titles, first names, club prefixes, cue nouns, acronyms, saints' places,
/// place prepositions, and finally defaults (two capitalised words make a person). The
/// rules are the ordered table ``RunRule``; the first that decides wins.
struct RunClassifier {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// The mention a run makes, or `nil` when it names nothing (a capitalised common
    /// word at the start of a sentence, a title).
    func classify(_ run: Range<Int>, sentence: Range<Int>) -> Mention? {
        let traits = context.traits
        var run = run
        // A sentence-initial common word is not a name: `Selon`, `Davantage`, `Proposition`;
        // but a noun or adjective before one unknown word may begin the name: `Pro Natura`.
        // A name's English or station tail keeps its first word (`Mosaïque FM a décidé`).
        let hasTail =
            run.count == 2 && traits[run.lowerBound].wordClass == .noun
            && !traits[run.upperBound - 1].cue.intersection([.organizationTail, .miscellaneousTail, .locationTail])
                .isEmpty
        while let first = run.first, traits[first].isSentenceInitial, !traits[first].isFirstName,
            traits[first].isCommonWord || traits[first].role != nil, !opensName(run), !hasTail,
            givenNameChain(run) == nil  // `Flore Sidonie Ouwe a déclaré`
        {
            run = (first + 1)..<run.upperBound
            while let next = run.first, !traits[next].isCapitalized, !traits[next].isParticleName {
                run = (next + 1)..<run.upperBound
            }
        }
        // Common words before a first name and a surname are no part of the name (`Fort Nelson`
        // aside), except those the lexicon also tags as first names: `Flore Sidonie Ouwe`.
        if let named = run.dropFirst().first(where: { traits[$0].isFirstName }), named + 1 < run.upperBound,
            run[run.lowerBound..<named].allSatisfy({ traits[$0].isListedWord && !traits[$0].isFirstName })
        {
            run = firstNameChainStart(before: named, from: run.lowerBound)..<run.upperBound
        }
        guard let first = run.first else { return nil }
        if let person = givenNameChain(run) { return person }
        let facts = RunFacts(
            run: run, sentence: sentence, head: traits[first],
            titles: TitleContext(lexicons: lexicons, context: context),
            cues: PlaceCues(lexicons: lexicons, context: context))
        for rule in RunRule.allCases {
            if let decision = apply(rule, facts) { return decision.mention }
        }
        return nil
    }

    /// The first word of the chain of given names that ends at `named`: the capitalised
    /// words right before it that the French lexicon (Dicollecte, `po:prn`) tags as first
    /// names, though they are common nouns too (`Flore`, `Prudence`, `Constance` before
    /// `Sidonie`, `Aline`): a person may bear several given names, and a common noun is
    /// written with a capital inside a sentence only as a name.
    private func firstNameChainStart(before named: Int, from start: Int) -> Int {
        guard let lexicon = FormFactsIndex.wordForms else { return named }
        var first = named
        while first > start, context.traits[first - 1].isCapitalized, !context.traits[first - 1].isAcronym,
            lexicon.firstNameGender(context.text((first - 1)..<first)) != nil
        {
            first -= 1
        }
        return first
    }

    /// A person when `run` opens with words the lexicon tags as first names though they are
    /// common nouns too, then a known first name and a surname (`Flore Sidonie Ouwe`, at
    /// the start of a sentence as well): the chain of given names makes the run a person's
    /// name, whatever other rules would read in its common nouns.
    private func givenNameChain(_ run: Range<Int>) -> Mention? {
        let traits = context.traits
        guard run.count >= 3, !traits[run.lowerBound].isFirstName,
            let named = run.first(where: { traits[$0].isFirstName }), named + 1 < run.upperBound,
            firstNameChainStart(before: named, from: run.lowerBound) == run.lowerBound
        else { return nil }
        var mention = Mention(tokens: run, label: .person, strength: .strong)
        mention.noteGender(traits[named].firstName ?? nil, from: .firstName)
        return mention
    }

    /// Whether the word at `index` names inhabitants: it ends as their names do and
    /// follows a plural determiner (`les Clermontois`) or, in the feminine, `la`, `une`
    /// (`la Lyonnaise`).
    func namesInhabitants(_ index: Int, sentenceStart: Int) -> Bool {
        let traits = context.traits
        guard traits[index].hasInhabitantEnding, !traits[index].isAcronym, index > sentenceStart,
            traits[index - 1].isWord
        else {
            return false
        }
        let determiner = context.key(index - 1)
        if EntityContext.pluralArticles.contains(determiner) { return true }
        guard EntityContext.feminineArticles.contains(determiner) else { return false }
        let norm = context.norm(index)
        return InhabitantEnding.feminine.contains { norm.hasSuffix($0) }
    }

    /// Nouns whose `de` complement names a disease or a law of nature after a person:
    /// `la maladie de Parkinson`, `le syndrome de Down`.
    static let eponymNouns = EntityWordLists.roles.keys(.eponym)

    /// Whether the word at `index` follows `maladie de`, `syndrome d'`: the name of a
    /// disease, no entity.
    func isEponymousDisease(_ index: Int, sentenceStart: Int) -> Bool {
        let traits = context.traits
        guard index - 2 >= sentenceStart, traits[index - 1].isWord,
            context.isDe(index - 1),
            traits[index - 2].isWord, !traits[index - 2].isCapitalized
        else { return false }
        return Self.eponymNouns.contains(context.key(index - 2))
    }

    /// Whether the word at `index` joins two or more known places by hyphens
    /// (`Paris-Roubaix`, `Abidjan-Lagos`).
    func joinsKnownPlaces(_ index: Int) -> Bool {
        let key = context.key(index)
        guard key.utf8.contains(0x2D) else { return false }
        let parts = key.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { part in
            lexicons.knownNames[String(part)]?.contains { $0.label == .location && $0.keys.count == 1 } == true
        }
    }

    /// The end of an English `of` complement of capitalised words right after `end`
    /// (`of Ontario`, `of New South Wales`), or `end` when there is none.
    func englishComplementEnd(after end: Int, limit: Int) -> Int {
        guard end + 1 < limit, context.traits[end].isWord, context.key(end) == "of" else { return end }
        var index = end + 1
        while index < limit, index - end <= 3, context.traits[index].isWord, context.traits[index].isCapitalized,
            !context.traits[index].isElision
        {
            index += 1
        }
        return index > end + 1 ? index : end
    }

    /// Metals of awards after `d'` or `de`: `Palme d'or`, `Ours d'argent`.
    static let awardMetals = EntityWordLists.roles.keys(.awardMetal)

    /// The end of an award's name whose capitalised word ends at `end`: `d'or`, `de bronze`.
    func awardEnd(after end: Int, limit: Int) -> Int? {
        guard end + 1 < limit, context.traits[end].isDeForm, context.isDe(end),
            !context.traits[end + 1].isCapitalized, Self.awardMetals.contains(context.key(end + 1))
        else { return nil }
        return end + 2
    }

    /// Whether the sentence-initial common word that opens the two-word `run` belongs to
    /// the name: a noun or adjective (not a role) before an unknown capitalised word.
    /// Whether the acronym at `index` follows an amount: a number (`503 FCFA`), an
    /// amount word (`francs CFA`) or an amount word and `de` (`milliards de FCFA`).
    func isCurrencyAcronym(_ index: Int, sentenceStart: Int) -> Bool {
        guard index > sentenceStart else { return false }
        var before = index - 1
        let norm = context.norm(before)
        if let first = norm.unicodeScalars.first, ("0"..."9").contains(first),
            norm.unicodeScalars.allSatisfy({
                ("0"..."9").contains($0) || $0 == "." || $0 == "," || $0.properties.isWhitespace
            })
        {
            return true
        }
        if context.traits[before].isDeForm, before > sentenceStart { before -= 1 }
        return lexicons.amountWords.contains(context.key(before))
    }

    private func opensName(_ run: Range<Int>) -> Bool {
        let traits = context.traits
        guard run.count == 2 else { return false }
        let opening = traits[run.lowerBound]
        let name = traits[run.lowerBound + 1]
        guard opening.wordClass == .noun || opening.wordClass == .adjective, !opening.isRole, !opening.isNotName else {
            return false
        }
        return name.isCapitalized && !name.isListedWord && !name.isFirstName && !name.isAcronym && !name.isNotName
    }
}
