import ParoleCore

/// What the rules of ``RunClassifier`` read about one run of capitalised words.
struct RunFacts {
    /// The run, trimmed of a sentence-initial common word.
    let run: Range<Int>
    /// The sentence's tokens.
    let sentence: Range<Int>
    /// The first token of the run.
    var first: Int { run.lowerBound }
    /// The first token of the sentence.
    var sentenceStart: Int { sentence.lowerBound }
    /// The traits of the run's first token.
    let head: TokenTraits
    /// Whether the run is one word.
    var isSingle: Bool { run.count == 1 }
    /// Titles and roles around the run.
    let titles: TitleContext
    /// The cues before and after the run.
    let cues: PlaceCues
}

/// What a rule decides about a run: the mention it makes, or that it names nothing.
enum RunDecision {
    /// The run (or a span around it) is this mention.
    case name(Mention)
    /// The run names nothing (`Voici`, a title, a currency).
    case noName

    /// The mention, or `nil` for ``noName``.
    var mention: Mention? {
        if case .name(let mention) = self { return mention }
        return nil
    }
}

/// The rules of ``RunClassifier``, strongest evidence first: the first that decides wins.
/// Each rule's name is the function that applies it, and is what `parole analyze --explain`
/// shows for the mentions it makes (`RunRules.honorific`).
enum RunRule: CaseIterable {
    case adjectivalName, demonymAlone, inhabitants, award, eponymousDisease, honorific, portfolio
    case lowercaseNationality, acronymCue, verbOrFunctionWord, miscellaneousTail, organizationTail
    case organizationPrefix, locationTail, clubPrefixAdjective, cueNounBefore, partyAfterRole, role
    case riverInFlood, firstName, exampleOrAppositionCue, cueAfter, subjectLine, dateline, currency, acronym
    case companyWord, acronymBranch, placeShape, bareHeadNoun, organizationComplement, chez, eponymousPlace
    case roleTitle, placeCue
    case multiWordDefault, innerCapital, sentenceInitialOrCommon, joinedPlaces, determiner, singleDefault
}

extension RunClassifier {
    /// What rule `rule` decides about the run of `facts`, or `nil` when it does not apply.
    func apply(_ rule: RunRule, _ facts: RunFacts) -> RunDecision? {
        switch rule {
        case .adjectivalName: adjectivalName(facts)
        case .demonymAlone: demonymAlone(facts)
        case .inhabitants: inhabitants(facts)
        case .award: award(facts)
        case .eponymousDisease: eponymousDisease(facts)
        case .honorific: honorific(facts)
        case .portfolio: portfolio(facts)
        case .lowercaseNationality: lowercaseNationality(facts)
        case .acronymCue: acronymCue(facts)
        case .verbOrFunctionWord: verbOrFunctionWord(facts)
        case .miscellaneousTail: miscellaneousTail(facts)
        case .organizationTail: organizationTail(facts)
        case .organizationPrefix: organizationPrefix(facts)
        case .locationTail: locationTail(facts)
        case .clubPrefixAdjective: clubPrefixAdjective(facts)
        case .cueNounBefore: cueNounBefore(facts)
        case .partyAfterRole: partyAfterRole(facts)
        case .role: role(facts)
        case .riverInFlood: riverInFlood(facts)
        case .firstName: firstName(facts)
        case .exampleOrAppositionCue: exampleOrAppositionCue(facts)
        case .cueAfter: cueAfter(facts)
        case .subjectLine: subjectLine(facts)
        case .dateline: dateline(facts)
        case .currency: currency(facts)
        case .acronym: acronym(facts)
        case .companyWord: companyWord(facts)
        case .acronymBranch: acronymBranch(facts)
        case .placeShape: placeShape(facts)
        case .bareHeadNoun: bareHeadNoun(facts)
        case .organizationComplement: organizationComplement(facts)
        case .chez: chez(facts)
        case .eponymousPlace: eponymousPlace(facts)
        case .roleTitle: roleTitle(facts)
        case .placeCue: placeCue(facts)
        case .multiWordDefault: multiWordDefault(facts)
        case .innerCapital: innerCapital(facts)
        case .sentenceInitialOrCommon: sentenceInitialOrCommon(facts)
        case .joinedPlaces: joinedPlaces(facts)
        case .determiner: determiner(facts)
        case .singleDefault: singleDefault(facts)
        }
    }

    /// A mention of the run (or of `tokens`) made by the calling rule.
    private func name(
        _ facts: RunFacts, _ label: Entity.Label, _ strength: Mention.Strength, tokens: Range<Int>? = nil,
        function: StaticString = #function
    ) -> RunDecision {
        .name(Mention(tokens: tokens ?? facts.run, label: label, strength: strength, function: function))
    }

    /// `les Lions indomptables`, `Le Canard enchaîné`: a capitalised noun and its adjectives.
    private func adjectivalName(_ facts: RunFacts) -> RunDecision? {
        adjectivalName(for: facts.run, sentence: facts.sentence).map { .name($0) }
    }

    /// A capitalised demonym alone: `les Palestiniens`.
    private func demonymAlone(_ facts: RunFacts) -> RunDecision? {
        guard facts.isSingle, facts.head.isDemonym, !facts.head.isAcronym else { return nil }
        return name(facts, .miscellaneous, .strong)
    }

    /// Inhabitants (`les Clermontois`); `le stade de la Pontaise`: a cue noun before says more
    /// than the ending.
    private func inhabitants(_ facts: RunFacts) -> RunDecision? {
        guard facts.isSingle, namesInhabitants(facts.first, sentenceStart: facts.sentenceStart),
            facts.cues.cueLabel(before: facts.first, sentenceStart: facts.sentenceStart) == nil
        else { return nil }
        return name(facts, .miscellaneous, .context)
    }

    /// Awards: `Léopard d'or`, `Ballon d'or`.
    private func award(_ facts: RunFacts) -> RunDecision? {
        guard let end = awardEnd(after: facts.run.upperBound, limit: facts.sentence.upperBound) else { return nil }
        return name(facts, .miscellaneous, .strong, tokens: facts.run.lowerBound..<end)
    }

    /// A disease named after a person (`maladie de Lyme`) names no one.
    private func eponymousDisease(_ facts: RunFacts) -> RunDecision? {
        isEponymousDisease(facts.first, sentenceStart: facts.sentenceStart) ? .noName : nil
    }

    /// A title before the run: `M. Blinken`, `Mme Borne`.
    private func honorific(_ facts: RunFacts) -> RunDecision? {
        guard let evidence = facts.titles.honorific(before: facts.first, sentenceStart: facts.sentenceStart)
        else { return nil }
        return .name(
            Mention(
                tokens: facts.run, label: .person, strength: .strong, gender: evidence.gender,
                genderSource: .honorific))
    }

    /// A ministry's portfolio alone (`ministre de la Santé`) names no one.
    private func portfolio(_ facts: RunFacts) -> RunDecision? {
        facts.isSingle && facts.titles.isPortfolio(facts.first, sentenceStart: facts.sentenceStart) ? .noName : nil
    }

    /// `le suédois Ericsson`, `l'américain Boeing`: a lowercase nationality used as a noun
    /// before a name stands for a company (a person's is capitalised: `le Suédois Olsson`).
    private func lowercaseNationality(_ facts: RunFacts) -> RunDecision? {
        let traits = context.traits
        let first = facts.first
        guard facts.isSingle, first - 2 >= facts.sentenceStart, traits[first - 1].isWord,
            !traits[first - 1].isCapitalized, traits[first - 1].isDemonym,
            EntityContext.singularDefinite.contains(context.key(first - 2))
        else { return nil }
        return name(facts, .organization, .strong)
    }

    /// `l'ONG Médecins sans frontières`: a cue in capitals before a name is no name.
    private func acronymCue(_ facts: RunFacts) -> RunDecision? {
        let traits = context.traits
        guard facts.isSingle, facts.head.isAcronym, facts.head.cue.cueLabel != nil,
            facts.first + 1 < facts.sentence.upperBound, traits[facts.first + 1].isCapitalized,
            traits[facts.first + 1].isWord
        else { return nil }
        return .noName
    }

    /// A capitalised verb or function word alone names nothing (`Voici`, `Tenez`).
    private func verbOrFunctionWord(_ facts: RunFacts) -> RunDecision? {
        guard facts.isSingle, let wordClass = facts.head.wordClass, wordClass == .verb || wordClass == .function,
            !facts.head.isFirstName
        else { return nil }
        return .noName
    }

    /// `Billie Jean King Cup`, `US Open`, `Grand Prix cycliste de Montréal`.
    private func miscellaneousTail(_ facts: RunFacts) -> RunDecision? {
        guard !facts.isSingle, context.traits[facts.run.upperBound - 1].cue.contains(.miscellaneousTail)
        else { return nil }
        let end = OrganizationHeads(lexicons: lexicons, context: context).extend(
            from: facts.run.lowerBound, end: facts.run.upperBound, limit: facts.sentence.upperBound)
        return name(facts, .miscellaneous, .strong, tokens: facts.run.lowerBound..<end)
    }

    /// `Gordon and Betty Moore Foundation`, `Allen Institute`, `University of Oslo`; the
    /// tail's `of` complement goes on the name (`Art Gallery of Ontario`).
    private func organizationTail(_ facts: RunFacts) -> RunDecision? {
        guard !facts.isSingle,
            context.traits[facts.run.upperBound - 1].cue.contains(.organizationTail)
                || (facts.head.cue.contains(.organizationTail) && ["of", "for"].contains(context.key(facts.first + 1)))
        else { return nil }
        let end = englishComplementEnd(after: facts.run.upperBound, limit: facts.sentence.upperBound)
        return name(facts, .organization, .strong, tokens: facts.run.lowerBound..<end)
    }

    /// A club's or company's prefix before other capitalised words: `AS Monaco`.
    private func organizationPrefix(_ facts: RunFacts) -> RunDecision? {
        guard !facts.isSingle, facts.head.cue.contains(.organizationPrefix) else { return nil }
        return name(facts, .organization, .strong)
    }

    /// `BCF Arena`, `Olympic Stadium`.
    private func locationTail(_ facts: RunFacts) -> RunDecision? {
        guard !facts.isSingle, context.traits[facts.run.upperBound - 1].cue.contains(.locationTail) else { return nil }
        return name(facts, .location, .strong)
    }

    /// `l'Olympique lyonnais`, `le Racing strasbourgeois`: a club prefix and its adjective.
    private func clubPrefixAdjective(_ facts: RunFacts) -> RunDecision? {
        let traits = context.traits
        let first = facts.first
        guard facts.isSingle, facts.head.cue.contains(.organizationPrefix), !facts.head.isAcronym,
            first + 1 < facts.sentence.upperBound, traits[first + 1].isWord, !traits[first + 1].isCapitalized,
            traits[first + 1].isDemonym
        else { return nil }
        return name(facts, .organization, .strong, tokens: first..<(first + 2))
    }

    /// A cue noun before the run says what it names (`la commune de`, `le groupe`); a single
    /// word takes the phrase after it when the cue names an organisation or a thing.
    private func cueNounBefore(_ facts: RunFacts) -> RunDecision? {
        guard let label = facts.cues.cueLabel(before: facts.first, sentenceStart: facts.sentenceStart)
        else { return nil }
        if facts.isSingle, label != .location,
            let end = facts.cues.phraseNameEnd(after: facts.first, limit: facts.sentence.upperBound)
        {
            return name(facts, label, .strong, tokens: facts.first..<end)
        }
        // `son coéquipier en club Paul Ndiaye`, `le chef de l'État Komi Agbéyomé`: a name shaped
        // as a person's after an organisation's or a place's cue noun may be the person its
        // phrase describes, so the cue says less than the document's titles and first names
        // for the same name. A thing's cue keeps its weight: ships and prizes bear people's
        // names (`le porte-avions Charles de Gaulle`, `le prix Albert Londres`).
        let describesPerson = (label == .organization || label == .location) && isPersonShaped(facts.run)
        return name(facts, label, describesPerson ? .context : .strong)
    }

    /// Whether `run` has the shape of a person's name: two or more capitalised words, the
    /// first a known first name, or none of them an acronym or a word of the lexicons
    /// (`Paul Ndiaye`, `Komi Agbéyomé`, not `Cabaret Vert` nor `PSA Peugeot`).
    func isPersonShaped(_ run: Range<Int>) -> Bool {
        let traits = context.traits
        guard run.count >= 2 else { return false }
        if traits[run.lowerBound].isFirstName { return true }
        return run.allSatisfy {
            traits[$0].isCapitalized && !traits[$0].isAcronym && !traits[$0].isListedWord && !traits[$0].isCommonWord
        }
    }

    /// `le maire RPR de Paris`, `le député PS`: a party's acronym after a role is no person.
    private func partyAfterRole(_ facts: RunFacts) -> RunDecision? {
        guard facts.isSingle, facts.head.isAcronym,
            facts.titles.roleBefore(facts.first, sentenceStart: facts.sentenceStart) != nil
        else { return nil }
        return name(facts, .organization, .context)
    }

    /// A role before or after the run: `le ministre Jean Dupont`, `Jean Dupont, le maire`.
    private func role(_ facts: RunFacts) -> RunDecision? {
        guard
            let evidence = facts.titles.roleBefore(facts.first, sentenceStart: facts.sentenceStart)
                ?? facts.titles.roleAfter(
                    facts.run.upperBound, limit: facts.sentence.upperBound, fronted: facts.first > facts.sentenceStart)
        else { return nil }
        var mention = Mention(tokens: facts.run, label: .person, strength: .strong)
        mention.noteGender(facts.head.firstName ?? nil, from: .firstName)
        mention.noteGender(evidence.gender, from: .role)
        return .name(mention)
    }

    /// `La Vésubie et la Roya sont sorties de leur lit`, even when a river shares a first name.
    private func riverInFlood(_ facts: RunFacts) -> RunDecision? {
        guard facts.isSingle, facts.cues.isRiverInFlood(after: facts.run.upperBound, limit: facts.sentence.upperBound)
        else { return nil }
        return name(facts, .location, .context)
    }

    /// A first name opens the run (alone, not at the start of a sentence). A first name
    /// alone right after a place preposition or a place noun's `de` (`notamment à
    /// Constantine`, `l'hôpital de Saïda`, `le palais de Nikki`) is a town that bears it:
    /// news names people with their surname, so the place cue decides (the document may
    /// still make it a person's: ``DocumentPropagation``).
    private func firstName(_ facts: RunFacts) -> RunDecision? {
        guard let gender = facts.head.firstName, !facts.isSingle || !facts.head.isSentenceInitial else { return nil }
        // `le lancement d'Ariane 6`: a first name alone that a model number follows (not one
        // that counts a noun, `Marie 3 buts`, or dates it) names a product, not a person.
        if facts.isSingle, ModelNumbers(context: context).numbersModel(after: facts.run.upperBound, facts.sentence) {
            return name(facts, .miscellaneous, .context)
        }
        if facts.isSingle, facts.cues.placeCue(before: facts.first, sentenceStart: facts.sentenceStart) == .context {
            return nil
        }
        // `le tribunal de Sidi M'hamed`, `la circonscription de René Lévesque`: a place noun's
        // complement is a place, even when it is named after a person.
        if facts.cues.isPlaceComplement(facts.first, sentenceStart: facts.sentenceStart) { return nil }
        // `le Paris Saint-Germain`, `au Florence Gould`: news puts no definite article before
        // a person's name, so a first name right after one opens another kind of name.
        if facts.first > facts.sentenceStart, EntityContext.definiteOrContracted.contains(context.key(facts.first - 1))
        {
            return nil
        }
        var mention = Mention(tokens: facts.run, label: .person, strength: facts.isSingle ? .context : .strong)
        mention.noteGender(gender, from: .firstName)
        return .name(mention)
    }

    /// An example after `comme`, or an apposition before a comma, says what the run names.
    private func exampleOrAppositionCue(_ facts: RunFacts) -> RunDecision? {
        guard
            let label = facts.cues.exampleCueLabel(before: facts.first, sentenceStart: facts.sentenceStart)
                ?? facts.cues.cueLabel(beforeComma: facts.first, end: facts.run.upperBound, sentence: facts.sentence)
        else { return nil }
        return name(facts, label, .context)
    }

    /// A cue after the run says what it names.
    private func cueAfter(_ facts: RunFacts) -> RunDecision? {
        guard let label = facts.cues.cueLabel(after: facts.run.upperBound, limit: facts.sentence.upperBound)
        else { return nil }
        return name(facts, label, .context)
    }

    /// `BAR-LE-DUC. Un accident …`: a dateline in capitals is a town.
    private func dateline(_ facts: RunFacts) -> RunDecision? {
        guard facts.isSingle, facts.head.isAcronym, Datelines(context: context).isDateline(facts.first)
        else { return nil }
        return name(facts, .location, .context)
    }

    /// `SENEGAL-POLITIQUE / La présidentielle …`: an agency's subject line names nothing.
    private func subjectLine(_ facts: RunFacts) -> RunDecision? {
        guard facts.isSingle, Datelines(context: context).isSubjectLine(facts.first, commonWords: lexicons.commonWords)
        else { return nil }
        return .noName
    }

    /// `200 milliards de FCFA`, `francs CFA`: a currency after an amount names nothing.
    private func currency(_ facts: RunFacts) -> RunDecision? {
        facts.isSingle && facts.head.isAcronym && isCurrencyAcronym(facts.first, sentenceStart: facts.sentenceStart)
            ? .noName : nil
    }

    /// An acronym with no other evidence is an organisation's.
    private func acronym(_ facts: RunFacts) -> RunDecision? {
        facts.head.isAcronym ? name(facts, .organization, .context) : nil
    }

    /// `Bpifrance`, `Arianespace`: a word that ends with a company's word is a company.
    private func companyWord(_ facts: RunFacts) -> RunDecision? {
        guard facts.isSingle, !facts.head.isListedWord, !facts.head.isFirstName,
            CompanyWords.endsWithCompanyWord(context.norm(facts.first))
        else { return nil }
        return name(facts, .organization, .context)
    }

    /// `SUD-Rail`, `CGT-Cheminots`: an acronym joined to a word is a union's or company's branch.
    private func acronymBranch(_ facts: RunFacts) -> RunDecision? {
        facts.isSingle && context.opensWithAcronym(facts.first) ? name(facts, .organization, .context) : nil
    }

    /// A hyphenated shape that place names have (`Saint-Étienne`), unless the word is a
    /// role noun of that shape (`le Haut-commissaire`), which names no one by itself.
    private func placeShape(_ facts: RunFacts) -> RunDecision? {
        guard facts.isSingle, facts.head.hasPlaceShape else { return nil }
        return facts.head.isRole ? .noName : name(facts, .location, .context)
    }

    /// `une entrée en Bourse`: a head noun alone without its determiner names nothing; nor
    /// does a head many bodies share, with one (`au Tribunal`, ``HeadClass/shared``).
    private func bareHeadNoun(_ facts: RunFacts) -> RunDecision? {
        guard facts.isSingle, facts.head.cue.headLabel == .organization, facts.head.isListedWord,
            !facts.head.isAcronym,
            context.headClass(facts.first)?.namesNothingAlone == true
                || !facts.cues.hasDeterminer(before: facts.first, sentenceStart: facts.sentenceStart)
        else { return nil }
        return .noName
    }

    /// The complement of a noun that takes an organisation (`les salariés de Renault`).
    private func organizationComplement(_ facts: RunFacts) -> RunDecision? {
        facts.cues.isOrganizationComplement(facts.first, sentenceStart: facts.sentenceStart)
            ? name(facts, .organization, .context) : nil
    }

    /// `un passage chez McKinsey`: one works at a company; a person (`chez Marie Dupont`)
    /// has a first name or is named before.
    private func chez(_ facts: RunFacts) -> RunDecision? {
        let first = facts.first
        guard first > facts.sentenceStart, context.traits[first - 1].isWord, context.key(first - 1) == "chez"
        else { return nil }
        return name(facts, .organization, .guess)
    }

    /// `l'aréna Georges-Vézina`, `dans Jean-Talon`: a first name and a surname joined by a
    /// hyphen after a head noun or a place preposition name what was named after a person.
    private func eponymousPlace(_ facts: RunFacts) -> RunDecision? {
        guard facts.isSingle,
            let label = EponymousPlaces(lexicons: lexicons, context: context).label(
                of: facts.first, cues: facts.cues, sentenceStart: facts.sentenceStart)
        else { return nil }
        return name(facts, label, .context)
    }

    /// A place preposition before the run; `de San Antonio`, `de Santa Clara`: a place's
    /// opening word makes `de` enough. A bare `de` (`des œuvres de Degas`) is as weak as no
    /// cue: it outweighs no default elsewhere. A common noun written with a capital after
    /// the preposition's article names nothing (``isCapitalisedCommonNoun(_:strength:)``).
    private func placeCue(_ facts: RunFacts) -> RunDecision? {
        let cues = facts.cues
        guard let strength = cues.placeCue(before: facts.first, sentenceStart: facts.sentenceStart),
            facts.isSingle || cues.isPlaceComplement(facts.first, sentenceStart: facts.sentenceStart)
                || ((strength >= .context || cues.opensPlaceName(facts.run)) && cues.looksLikePlaceName(facts.run))
        else { return nil }
        if isCapitalisedCommonNoun(facts, strength: strength) { return .noName }
        var mention = Mention(tokens: facts.run, label: .location, strength: strength)
        mention.isDefault =
            strength == .guess && facts.first > facts.sentenceStart && context.traits[facts.first - 1].isDeForm
        return .name(mention)
    }

    /// Several capitalised words with no evidence: a person, unless they are common words
    /// (`Nouvelle Démocratie`, `Frères musulmans`), follow a plural article (`les Young
    /// Boys`) or a singular one (`le Borussia Dortmund`, `la Deutsche Bank`, `le Paris
    /// Saint-Germain`: news puts no article before a person's name, a first name's neither):
    /// then an organisation.
    private func multiWordDefault(_ facts: RunFacts) -> RunDecision? {
        guard !facts.isSingle else { return nil }
        let traits = context.traits
        let run = facts.run
        let first = facts.first
        let wordy = run.contains { traits[$0].isCapitalized && traits[$0].isListedWord && !traits[$0].isAcronym }
        let plural =
            first > facts.sentenceStart && traits[first - 1].isWord
            && EntityContext.pluralArticles.contains(context.key(first - 1))
        let singular =
            first > facts.sentenceStart && traits[first - 1].isWord
            && EntityContext.singularDefiniteOrContracted.contains(context.key(first - 1))
        // `Al Arabiya`, `Het Laatste Nieuws`: a name opened by another language's article
        // is an outlet's or a company's, not a person's.
        let article =
            traits[first].isCapitalized && EntityWordSets.shipped.foreignArticles.contains(context.key(first))
            && !run.contains { traits[$0].isFirstName }
        let organization = wordy || plural || singular || article
        var mention = Mention(tokens: run, label: organization ? .organization : .person, strength: .guess)
        mention.isDefault = !organization
        return .name(mention)
    }

    /// `MétéoSuisse`, `YouTube`: a capital inside a word is a brand's, not a surname's, at
    /// the start of a sentence too.
    private func innerCapital(_ facts: RunFacts) -> RunDecision? {
        !facts.head.isAcronym && context.hasInnerCapital(facts.first) ? name(facts, .organization, .guess) : nil
    }

    /// One word opening the sentence, or a common word, with no evidence names nothing.
    private func sentenceInitialOrCommon(_ facts: RunFacts) -> RunDecision? {
        facts.head.isSentenceInitial || facts.head.isCommonWord ? .noName : nil
    }

    /// `Paris-Roubaix`, `Liège-Bastogne-Liège`: places joined by hyphens name a race or a route.
    private func joinedPlaces(_ facts: RunFacts) -> RunDecision? {
        joinsKnownPlaces(facts.first) ? name(facts, .miscellaneous, .guess) : nil
    }

    /// One unknown word after a determiner: an organisation. But a singular word that the
    /// dictionary knows only as a lowercase common noun, standing alone (`la Tanière`, `le
    /// Concordat`), is that noun written with a capital and names nothing on this evidence;
    /// a title keeps its own article's capital (`selon Le Quotidien`) or its quotation marks
    /// (`"l'Écho"`), and a name may go on after the word (`le Raja Casablanca`).
    private func determiner(_ facts: RunFacts) -> RunDecision? {
        let first = facts.first
        guard facts.cues.hasDeterminer(before: first, sentenceStart: facts.sentenceStart) else { return nil }
        let traits = context.traits
        let next = first + 1
        let quoted = next < context.tokens.count && context.tokens.kind(at: next) == .quote
        if facts.isSingle, traits[first].isCapitalized, !traits[first - 1].isCapitalized, !quoted,
            next >= facts.sentence.upperBound || !(traits[next].isWord && traits[next].isCapitalized),
            let lexicon = FormFactsIndex.wordForms,
            LexiconNameKinds.isCapitalisedCommonNoun(context.text(facts.run), in: lexicon)
        {
            return .noName
        }
        return name(facts, .organization, .guess)
    }

    /// One unknown capitalised word with no evidence at all: a person, by default; but a word
    /// with a digit in it is a code (an age category `M15`, a tram line `T3`), no person's
    /// name, and with no other evidence it names nothing, unless it follows a capitalised
    /// name as its model number (`Airbus A320`), which it stays free to join.
    private func singleDefault(_ facts: RunFacts) -> RunDecision? {
        if isDigitCode(facts) { return .noName }
        var mention = Mention(tokens: facts.run, label: .person, strength: .guess)
        mention.isDefault = true
        return .name(mention)
    }

    /// Whether the single word of `facts` holds a digit and no capitalised name word, one the
    /// French lexicon does not know as a common word, comes right before it on its line.
    private func isDigitCode(_ facts: RunFacts) -> Bool {
        guard context.hasDigit(facts.run) else { return false }
        let before = facts.first - 1
        guard before >= facts.sentenceStart, before >= 0 else { return true }
        let traits = context.traits[before]
        let onSameLine = !context.isLineBreak(before: facts.first)
        return !(onSameLine && traits.isWord && traits.isCapitalized && !traits.isCommonWord)
    }
}
