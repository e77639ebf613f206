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
        // A sentence-initial common word is not a name: `Selon`, `Davantage`, `Proposition`;
        // but a noun or adjective before one unknown word may begin the name: `Pro Natura`.
        // A name's English or station tail keeps its first word (`Mosaïque FM a décidé`).
        let hasTail =
            run.count == 2 && traits[run.lowerBound].wordClass == .noun
            && !traits[run.upperBound - 1].cue.intersection([.organizationTail, .miscellaneousTail, .locationTail])
                .isEmpty
        while let first = run.first, traits[first].isSentenceInitial, !traits[first].isFirstName,
            traits[first].isCommonWord || traits[first].role != nil, !opensName(run), !hasTail
        {
            run = (first + 1)..<run.upperBound
            while let next = run.first, !traits[next].isCapitalized, !traits[next].isParticleName {
                run = (next + 1)..<run.upperBound
            }
        }
        // A first name that ends the run is a place's or a company's last word (`Fort Nelson`).
        if let named = run.dropFirst().first(where: { traits[$0].isFirstName }), named + 1 < run.upperBound,
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

        // `les Lions indomptables`, `Le Canard enchaîné`: a capitalised noun and its adjectives.
        if let mention = adjectivalName(for: run, sentence: sentence) {
            return mention
        }
        if isSingle, head.isDemonym, !head.isAcronym {
            return Mention(tokens: run, label: .miscellaneous, strength: .strong)
        }
        // `le stade de la Pontaise`: a cue noun before says more than the ending.
        if isSingle, namesInhabitants(first, sentenceStart: sentenceStart),
            cues.cueLabel(before: first, sentenceStart: sentenceStart) == nil
        {
            return Mention(tokens: run, label: .miscellaneous, strength: .context)
        }
        // Awards: `Léopard d'or`, `Ballon d'or`.
        if let end = awardEnd(after: run.upperBound, limit: sentence.upperBound) {
            return Mention(tokens: run.lowerBound..<end, label: .miscellaneous, strength: .strong)
        }
        if isEponymousDisease(first, sentenceStart: sentenceStart) { return nil }
        if let evidence = titles.honorific(before: first, sentenceStart: sentenceStart) {
            return Mention(
                tokens: run, label: .person, strength: .strong, gender: evidence.gender, genderSource: .honorific)
        }
        if isSingle, titles.isPortfolio(first, sentenceStart: sentenceStart) { return nil }
        // `le suédois Ericsson`, `l'américain Boeing`: a lowercase nationality used as a noun
        // before a name stands for a company (a person's is capitalised: `le Suédois Olsson`).
        if isSingle, first - 2 >= sentenceStart, traits[first - 1].isWord, !traits[first - 1].isCapitalized,
            traits[first - 1].isDemonym, ["le", "l'", "la"].contains(context.key(first - 2))
        {
            return Mention(tokens: run, label: .organization, strength: .strong)
        }
        // `l'ONG Médecins sans frontières`: a cue in capitals before a name is no name.
        if isSingle, head.isAcronym, head.cue.cueLabel != nil, first + 1 < sentence.upperBound,
            traits[first + 1].isCapitalized, traits[first + 1].isWord
        {
            return nil
        }
        // A capitalised verb or function word alone names nothing (`Voici`, `Tenez`).
        if isSingle, let wordClass = head.wordClass, wordClass == .verb || wordClass == .function,
            !head.isFirstName
        {
            return nil
        }
        // `Billie Jean King Cup`, `US Open`, `Grand Prix cycliste de Montréal`.
        if !isSingle, traits[run.upperBound - 1].cue.contains(.miscellaneousTail) {
            let end = OrganizationHeads(lexicons: lexicons, context: context).extend(
                from: run.lowerBound, end: run.upperBound, limit: sentence.upperBound)
            return Mention(tokens: run.lowerBound..<end, label: .miscellaneous, strength: .strong)
        }
        // `Gordon and Betty Moore Foundation`, `Allen Institute`, `University of Oslo`.
        if !isSingle,
            traits[run.upperBound - 1].cue.contains(.organizationTail)
                || (head.cue.contains(.organizationTail) && ["of", "for"].contains(context.key(first + 1)))
        {
            // `Art Gallery of Ontario`: the tail's `of` complement goes on the name.
            return Mention(
                tokens: run.lowerBound..<englishComplementEnd(after: run.upperBound, limit: sentence.upperBound),
                label: .organization, strength: .strong)
        }
        if !isSingle, head.cue.contains(.organizationPrefix) {
            return Mention(tokens: run, label: .organization, strength: .strong)
        }
        // `BCF Arena`, `Olympic Stadium`.
        if !isSingle, traits[run.upperBound - 1].cue.contains(.locationTail) {
            return Mention(tokens: run, label: .location, strength: .strong)
        }
        // `l'Olympique lyonnais`, `le Racing strasbourgeois`: a club prefix and its adjective.
        if isSingle, head.cue.contains(.organizationPrefix), !head.isAcronym, first + 1 < sentence.upperBound,
            traits[first + 1].isWord, !traits[first + 1].isCapitalized, traits[first + 1].isDemonym
        {
            return Mention(tokens: first..<(first + 2), label: .organization, strength: .strong)
        }
        if let label = cues.cueLabel(before: first, sentenceStart: sentenceStart) {
            if isSingle, label != .location, let end = cues.phraseNameEnd(after: first, limit: sentence.upperBound) {
                return Mention(tokens: first..<end, label: label, strength: .strong)
            }
            return Mention(tokens: run, label: label, strength: .strong)
        }
        let firstNameGender = head.firstName
        // `le maire RPR de Paris`, `le député PS`: a party's acronym after a role is no person.
        if isSingle, head.isAcronym, titles.roleBefore(first, sentenceStart: sentenceStart) != nil {
            return Mention(tokens: run, label: .organization, strength: .context)
        }
        if let evidence = titles.roleBefore(first, sentenceStart: sentenceStart)
            ?? titles.roleAfter(run.upperBound, limit: sentence.upperBound)
        {
            var mention = Mention(tokens: run, label: .person, strength: .strong)
            mention.noteGender(firstNameGender ?? nil, from: .firstName)
            mention.noteGender(evidence.gender, from: .role)
            return mention
        }
        // `La Vésubie et la Roya sont sorties de leur lit`, even when a river shares a first name.
        if isSingle, cues.isRiverInFlood(after: run.upperBound, limit: sentence.upperBound) {
            return Mention(tokens: run, label: .location, strength: .context)
        }
        if let gender = firstNameGender, !isSingle || !head.isSentenceInitial {
            var mention = Mention(tokens: run, label: .person, strength: isSingle ? .context : .strong)
            mention.noteGender(gender, from: .firstName)
            return mention
        }
        if let label = cues.exampleCueLabel(before: first, sentenceStart: sentenceStart)
            ?? cues.cueLabel(beforeComma: first, end: run.upperBound, sentence: sentence)
        {
            return Mention(tokens: run, label: label, strength: .context)
        }
        if let label = cues.cueLabel(after: run.upperBound, limit: sentence.upperBound) {
            return Mention(tokens: run, label: label, strength: .context)
        }
        // `BAR-LE-DUC. Un accident …`: a dateline in capitals is a town.
        if isSingle, head.isAcronym, Datelines(context: context).isDateline(first) {
            return Mention(tokens: run, label: .location, strength: .context)
        }
        // `200 milliards de FCFA`, `francs CFA`: a currency after an amount names nothing.
        if isSingle, head.isAcronym, isCurrencyAcronym(first, sentenceStart: sentenceStart) { return nil }
        if head.isAcronym {
            return Mention(tokens: run, label: .organization, strength: .context)
        }
        // `Bpifrance`, `Arianespace`: a word that ends with a company's word is a company.
        if isSingle, !head.isListedWord, !head.isFirstName, CompanyWords.endsWithCompanyWord(context.norm(first)) {
            return Mention(tokens: run, label: .organization, strength: .context)
        }
        // `SUD-Rail`, `CGT-Cheminots`: an acronym joined to a word is a union's or company's branch.
        if isSingle, context.opensWithAcronym(first) {
            return Mention(tokens: run, label: .organization, strength: .context)
        }
        if isSingle, head.hasPlaceShape {
            return Mention(tokens: run, label: .location, strength: .context)
        }
        // `La Vésubie et la Roya sont sorties de leur lit`.
        if isSingle, cues.isRiverInFlood(after: run.upperBound, limit: sentence.upperBound) {
            return Mention(tokens: run, label: .location, strength: .context)
        }
        // `une entrée en Bourse`: a head noun alone without its determiner names nothing.
        if isSingle, head.cue.headLabel == .organization, head.isListedWord, !head.isAcronym,
            !cues.hasDeterminer(before: first, sentenceStart: sentenceStart)
        {
            return nil
        }
        if cues.isOrganizationComplement(first, sentenceStart: sentenceStart) {
            return Mention(tokens: run, label: .organization, strength: .context)
        }
        // `un passage chez McKinsey`: one works at a company; a person (`chez Marie Dupont`)
        // has a first name or is named before.
        if first > sentenceStart, traits[first - 1].isWord, context.key(first - 1) == "chez" {
            return Mention(tokens: run, label: .organization, strength: .guess)
        }
        // `de San Antonio`, `de Santa Clara`: a place's opening word makes `de` enough.
        if let strength = cues.placeCue(before: first, sentenceStart: sentenceStart),
            isSingle || ((strength >= .context || cues.opensPlaceName(run)) && cues.looksLikePlaceName(run))
        {
            var mention = Mention(tokens: run, label: .location, strength: strength)
            // A bare `de` (`des œuvres de Degas`) is as weak as no cue: it outweighs no default elsewhere.
            mention.isDefault = strength == .guess && first > sentenceStart && traits[first - 1].isDeForm
            return mention
        }
        if !isSingle {
            // Personal names are rarely made of common words: `Nouvelle Démocratie`,
            // `Frères musulmans` are organisations; nor do they follow a plural article:
            // `les Young Boys`, `les Red Devils` are teams.
            let wordy = run.contains { traits[$0].isCapitalized && traits[$0].isListedWord && !traits[$0].isAcronym }
            let plural =
                first > sentenceStart && traits[first - 1].isWord
                && ["les", "des", "aux"].contains(context.key(first - 1))
            // Nor a singular article: `le Borussia Dortmund`, `la Deutsche Bank` (a person
            // with a first name was found before).
            let singular =
                first > sentenceStart && traits[first - 1].isWord
                && ["le", "la", "l'", "du", "au"].contains(context.key(first - 1))
                && !run.contains { traits[$0].isFirstName }
            var mention = Mention(
                tokens: run, label: wordy || plural || singular ? .organization : .person, strength: .guess)
            mention.isDefault = !(wordy || plural || singular)
            return mention
        }
        // `MétéoSuisse`, `YouTube`: a capital inside a word is a brand's, not a surname's,
        // at the start of a sentence too.
        if !head.isAcronym, context.hasInnerCapital(first) {
            return Mention(tokens: run, label: .organization, strength: .guess)
        }
        if head.isSentenceInitial || head.isCommonWord { return nil }
        // `Paris-Roubaix`, `Liège-Bastogne-Liège`: places joined by hyphens name a race or a route.
        if joinsKnownPlaces(first) {
            return Mention(tokens: run, label: .miscellaneous, strength: .guess)
        }
        if cues.hasDeterminer(before: first, sentenceStart: sentenceStart) {
            return Mention(tokens: run, label: .organization, strength: .guess)
        }
        var mention = Mention(tokens: run, label: .person, strength: .guess)
        mention.isDefault = true
        return mention
    }

    /// Whether the word at `index` names inhabitants: it ends as their names do and
    /// follows a plural determiner (`les Clermontois`) or, in the feminine, `la`, `une`
    /// (`la Lyonnaise`).
    private func namesInhabitants(_ index: Int, sentenceStart: Int) -> Bool {
        let traits = context.traits
        guard traits[index].hasInhabitantEnding, !traits[index].isAcronym, index > sentenceStart,
            traits[index - 1].isWord
        else {
            return false
        }
        switch context.key(index - 1) {
        case "les", "des", "aux": return true
        case "la", "une", "cette":
            let norm = context.norm(index)
            return InhabitantEnding.feminine.contains { norm.hasSuffix($0) }
        default: return false
        }
    }

    /// Nouns whose `de` complement names a disease or a law of nature after a person:
    /// `la maladie de Parkinson`, `le syndrome de Down`.
    static let eponymNouns: Set<String> = ["maladie", "maladies", "syndrome", "syndromes", "theoreme", "loi"]

    /// Whether the word at `index` follows `maladie de`, `syndrome d'`: the name of a
    /// disease, no entity.
    private func isEponymousDisease(_ index: Int, sentenceStart: Int) -> Bool {
        let traits = context.traits
        guard index - 2 >= sentenceStart, traits[index - 1].isWord,
            context.key(index - 1) == "de" || context.key(index - 1) == "d'",
            traits[index - 2].isWord, !traits[index - 2].isCapitalized
        else { return false }
        return Self.eponymNouns.contains(context.key(index - 2))
    }

    /// Whether the word at `index` joins two or more known places by hyphens
    /// (`Paris-Roubaix`, `Abidjan-Lagos`).
    private func joinsKnownPlaces(_ index: Int) -> Bool {
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
    private func englishComplementEnd(after end: Int, limit: Int) -> Int {
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
    static let awardMetals: Set<String> = ["or", "argent", "bronze", "cristal", "diamant", "vermeil"]

    /// The end of an award's name whose capitalised word ends at `end`: `d'or`, `de bronze`.
    private func awardEnd(after end: Int, limit: Int) -> Int? {
        guard end + 1 < limit, context.traits[end].isDeForm, context.key(end) == "d'" || context.key(end) == "de",
            !context.traits[end + 1].isCapitalized, Self.awardMetals.contains(context.key(end + 1))
        else { return nil }
        return end + 2
    }

    /// Whether the sentence-initial common word that opens the two-word `run` belongs to
    /// the name: a noun or adjective (not a role) before an unknown capitalised word.
    /// Whether the acronym at `index` follows an amount: a number (`503 FCFA`), an
    /// amount word (`francs CFA`) or an amount word and `de` (`milliards de FCFA`).
    private func isCurrencyAcronym(_ index: Int, sentenceStart: Int) -> Bool {
        guard index > sentenceStart else { return false }
        var before = index - 1
        let norm = context.norm(before)
        if let first = norm.unicodeScalars.first, ("0"..."9").contains(first),
            norm.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." || $0 == "," })
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
