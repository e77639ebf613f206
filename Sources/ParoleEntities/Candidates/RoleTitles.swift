import ParoleCore

/// A role written with capitals is a title, not a name: `le Secrétaire Général de la
/// mairie`, `Directrice Artistique de la troupe`, `au Procureur de la République`. A run
/// whose first word is a role noun (`entities-titles.txt`) and whose other words are
/// adjectives for the French lexicon names nobody and no body; a person's name after the
/// role (`Président Macron`) or a head of a body (`Garde`) keeps the run a name.
extension RunClassifier {
    /// `.noName` for a capitalised role and its capitalised adjectives, else `nil`.
    func roleTitle(_ facts: RunFacts) -> RunDecision? {
        let head = facts.head
        guard head.isRole, head.isCapitalized, !head.isAcronym, !head.isFirstName, !head.beginsKnownName,
            head.cue.headLabel == nil, facts.run.dropFirst().allSatisfy(isTitleAdjective)
        else { return nil }
        return .noName
    }

    /// Whether the capitalised word at `index` is an adjective (`Général`, `Artistique`,
    /// `Régionale`): for the common-word list, else for the full-form lexicon in lowercase
    /// (a noun too, as `général`), and no first name, known name nor proper noun.
    private func isTitleAdjective(_ index: Int) -> Bool {
        let token = context.traits[index]
        guard token.isWord, token.isCapitalized, !token.isAcronym, !token.isFirstName, !token.beginsKnownName,
            !token.isDemonym
        else { return false }
        if let wordClass = token.wordClass { return wordClass == .adjective }
        guard let lexicon = FormFactsIndex.wordForms else { return false }
        let classes = lexicon.classes(of: context.norm(index).lowercased())
        return classes.contains(.adjective) && !lexicon.classes(of: context.norm(index)).contains(.properNoun)
    }
}
