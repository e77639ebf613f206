import ParoleCore

/// Names made of a capitalised common noun and the lowercase adjectives after it, after
/// a determiner: a team's nickname (`les Lions indomptables`), a newspaper (`Le Canard
/// enchaîné`), an army (`les Forces armées`). A common noun written with a capital
/// inside a sentence is a name, and the adjectives that follow it are part of that name
/// as they are of `Commission européenne`; a nationality adjective is not (`le Sénat
/// américain`).
extension RunClassifier {
    /// The mention `run` makes with its adjectives, or `nil` when the run is no such
    /// name. The run is a capitalised common noun, optionally after capitalised articles
    /// (`Le Canard`).
    func adjectivalName(for run: Range<Int>, sentence: Range<Int>) -> Mention? {
        let traits = context.traits
        let last = run.upperBound - 1
        let noun = traits[last]
        // Cheapest first: most runs have no adjective after them.
        guard run.upperBound < sentence.upperBound, isNameAdjective(run.upperBound), noun.isCapitalized,
            !noun.isAcronym, !noun.isSentenceInitial, !noun.isRole,
            !noun.isNotName, !noun.isDemonym, !noun.isFirstName, !noun.beginsKnownName,
            noun.cue.isEmpty || noun.cue.headLabel != nil,
            run.dropLast().allSatisfy({ traits[$0].isArticle && traits[$0].isCapitalized }), isCommonNoun(last)
        else { return nil }
        // A determiner before the name: `les`, `aux`, or its own capitalised article.
        if run.count == 1 {
            let determiner = run.lowerBound - 1
            guard determiner >= sentence.lowerBound, traits[determiner].isWord,
                traits[determiner].isDeterminer || traits[determiner].isDeForm
            else { return nil }
            // `le Pays des Hommes intègres`, `… de l'Agriculture et du Développement rural`:
            // a complement of a longer name or of a list of portfolios is no name of its own.
            if traits[determiner].isDeForm, determiner > sentence.lowerBound {
                let before = determiner - 1
                if context.isPunct(before, 0x2C) || (traits[before].isWord && traits[before].isCapitalized)
                    || context.isAnd(before)
                {
                    return nil
                }
            }
        }
        // `le ministre des Travaux publics`: a portfolio is no name.
        if TitleContext(lexicons: lexicons, context: context).isPortfolio(last, sentenceStart: sentence.lowerBound) {
            return nil
        }
        // `un entretien au Figaro publié dimanche`: a newspaper known as `Le Figaro` is whole
        // without its article; a participle after it is the clause's verb.
        let whole = run.count == 1 && isKnownWithArticle(last)
        var end = run.upperBound
        while end < sentence.upperBound, end - run.upperBound < 2, isNameAdjective(end),
            !(whole && traits[end].isVerb)
        {
            end += 1
        }
        let label: Entity.Label = noun.cue.headLabel ?? .organization
        if whole, end == run.upperBound { return Mention(tokens: run, label: label, strength: .context) }
        guard end > run.upperBound else { return nil }
        return Mention(tokens: run.lowerBound..<end, label: label, strength: .context)
    }

    /// Whether the capitalised noun at `index` makes, with a definite article before it, a
    /// name of two words of the lexicons (`Le Monde`, `Le Temps`, `La Presse`).
    private func isKnownWithArticle(_ index: Int) -> Bool {
        let key = context.key(index)
        return EntityContext.wholeDefinite.contains { article in
            lexicons.knownNames[article]?.contains { $0.keys == [article, key] } ?? false
        }
    }

    /// Whether the capitalised word at `index` is a common noun: by the common-word list,
    /// else by the full-form lexicon (`Canard`), when it is no proper noun there.
    private func isCommonNoun(_ index: Int) -> Bool {
        if let wordClass = context.traits[index].wordClass { return wordClass == .noun }
        guard let lexicon = FormFactsIndex.wordForms else { return false }
        let classes = lexicon.classes(of: context.norm(index))
        return classes.contains(.noun) && !classes.contains(.properNoun)
    }

    /// Whether the word at `index` is a lowercase adjective or past participle that can
    /// belong to a name: not a nationality, nor an adjective of time (`actuel`).
    private func isNameAdjective(_ index: Int) -> Bool {
        let token = context.traits[index]
        guard token.isWord, !token.isCapitalized, !token.isElision, !token.isDemonym,
            !token.facts.flags.contains(.temporalAdjective), token.wordClass != .function
        else { return false }
        let norm = context.norm(index)
        let participle = OrganizationHeads.isParticiple(norm)
        if token.isVerb { return participle }
        return token.isAdjective
    }
}
