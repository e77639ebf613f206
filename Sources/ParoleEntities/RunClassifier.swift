import ParoleCore

/// Labels a run of capitalised words by the evidence around and inside it, strongest
/// first: titles, first names, club prefixes, cue nouns, acronyms, saints' places,
/// place prepositions, and finally defaults (two capitalised words make a person).
struct RunClassifier {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// The mention a run makes, or `nil` when it names nothing (a capitalised common
    /// word at the start of a sentence, a title).
    func classify(_ run: Range<Int>, sentence: Range<Int>) -> Mention? {
        let traits = context.traits
        var run = run
        // A sentence-initial common word is not a name: `Selon`, `Davantage`, `Proposition`.
        while let first = run.first, traits[first].isSentenceInitial, !traits[first].isFirstName,
            traits[first].isCommonWord || traits[first].role != nil
        {
            run = (first + 1)..<run.upperBound
            while let next = run.first, !traits[next].isCapitalized, !traits[next].isParticleName {
                run = (next + 1)..<run.upperBound
            }
        }
        if let named = run.dropFirst().first(where: { traits[$0].isFirstName }),
            run[run.lowerBound..<named].allSatisfy({ traits[$0].isListedWord && !traits[$0].isFirstName })
        {
            run = named..<run.upperBound
        }
        guard let first = run.first else { return nil }
        let sentenceStart = sentence.lowerBound
        let titles = TitleContext(lexicons: lexicons, context: context)
        let cues = PlaceCues(lexicons: lexicons, context: context)
        let head = traits[first]
        let isSingle = run.count == 1

        if isSingle, head.isDemonym, !head.isAcronym {
            return Mention(tokens: run, label: .miscellaneous, strength: .strong)
        }
        if let evidence = titles.honorific(before: first, sentenceStart: sentenceStart) {
            return Mention(tokens: run, label: .person, strength: .strong, gender: evidence.gender, genderSource: .honorific)
        }
        // A capitalised verb or function word alone names nothing (`Voici`, `Tenez`).
        if isSingle, let wordClass = head.wordClass, wordClass == .verb || wordClass == .function,
            !head.isFirstName
        {
            return nil
        }
        if !isSingle, head.cue.contains(.organizationPrefix) {
            return Mention(tokens: run, label: .organization, strength: .strong)
        }
        if let label = cues.cueLabel(before: first, sentenceStart: sentenceStart) {
            if isSingle, label != .location, let end = cues.phraseNameEnd(after: first, limit: sentence.upperBound) {
                return Mention(tokens: first..<end, label: label, strength: .strong)
            }
            return Mention(tokens: run, label: label, strength: .strong)
        }
        let firstNameGender = head.firstName
        if let evidence = titles.roleBefore(first, sentenceStart: sentenceStart)
            ?? titles.roleAfter(run.upperBound, limit: sentence.upperBound)
        {
            var mention = Mention(tokens: run, label: .person, strength: .strong)
            mention.noteGender(firstNameGender ?? nil, from: .firstName)
            mention.noteGender(evidence.gender, from: .role)
            return mention
        }
        if let gender = firstNameGender, !isSingle || !head.isSentenceInitial {
            var mention = Mention(tokens: run, label: .person, strength: isSingle ? .context : .strong)
            mention.noteGender(gender, from: .firstName)
            return mention
        }
        if let label = cues.cueLabel(after: run.upperBound, limit: sentence.upperBound) {
            return Mention(tokens: run, label: label, strength: .context)
        }
        if head.isAcronym {
            return Mention(tokens: run, label: .organization, strength: .context)
        }
        if isSingle, cues.isSaintPlace(first) || cues.hasPlacePrefix(first) {
            return Mention(tokens: run, label: .location, strength: .context)
        }
        if let strength = cues.placeCue(before: first, sentenceStart: sentenceStart),
            isSingle || (strength >= .context && cues.looksLikePlaceName(run))
        {
            return Mention(tokens: run, label: .location, strength: strength)
        }
        if !isSingle {
            // Personal names are rarely made of common words: `Nouvelle Démocratie`,
            // `Frères musulmans` are organisations.
            let wordy = run.contains { traits[$0].isCapitalized && traits[$0].isListedWord && !traits[$0].isAcronym }
            return Mention(tokens: run, label: wordy ? .organization : .person, strength: .guess)
        }
        if head.isSentenceInitial || head.isCommonWord { return nil }
        if cues.hasDeterminer(before: first, sentenceStart: sentenceStart) {
            return Mention(tokens: run, label: .organization, strength: .guess)
        }
        return Mention(tokens: run, label: .person, strength: .guess)
    }
}
