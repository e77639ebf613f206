import ParoleCore

/// Finds the mentions of one sentence by combining the rule families: known names and
/// the longer names around them (``CompoundNames``), names defined by an acronym
/// (``AcronymDefinitions``), organisation, place and event heads, capitalised demonyms,
/// quoted titles, then capitalised runs labelled by their heads, titles, first names,
/// cue nouns and place prepositions (``RunClassifier``); last, parentheses after a name
/// (``Parentheticals``) and lists (``Coordination``).
struct SentenceMentions {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// The mentions of the sentence `range`, marking their tokens in `claimed`.
    func find(in range: Range<Int>, claimed: inout [Bool]) -> [Mention] {
        // 1. Known names, longest first, and the longer names around them (`Santé publique France`).
        var mentions = knownNames(in: range, claimed: &claimed)

        // 1b. Names defined by an acronym in parentheses take in what the other rules
        //     would split (`Centre d'écologie fonctionnelle et évolutive (CEFE)`).
        mentions = defineAcronyms(mentions, in: range, claimed: &claimed)

        // 2. Organisation and place heads: `Conseil national de sécurité des États-Unis`;
        //    known names that begin with a head are extended the same way.
        let heads = OrganizationHeads(lexicons: lexicons, context: context)
        mentions = extendHeads(mentions, in: range, heads: heads, claimed: &claimed)
        // 2b. … with their purpose before an acronym: `Conseil norvégien pour les réfugiés (NRC)`.
        mentions = PurposeComplements(context: context).apply(to: mentions, in: range, claimed: &claimed)

        // 2c. Sites named by their domain: `selon lexpress.fr`.
        mentions += WebDomains(lexicons: lexicons, context: context).find(in: range, claimed: &claimed)

        // 3. Capitalised demonyms used as nouns: `les Palestiniens`, `le jeune Malien`.
        mentions += demonyms(in: range, claimed: &claimed)

        // 4. Short capitalised titles in quotation marks: « Marée basse ».
        let titles = QuotedTitles(lexicons: lexicons, context: context).find(
            in: range, existing: mentions, claimed: &claimed)
        for title in titles { mentions.removeAll { $0.tokens.overlaps(title.tokens) } }
        mentions += titles

        // 4b. Names built on the calendar: `la Toussaint`, `le stade du 5-Juillet`.
        mentions += CalendarNames(calendarWords: lexicons.calendarWords, context: context).find(
            in: range, claimed: &claimed)

        // 5. Capitalised runs.
        addCapitalizedRuns(to: &mentions, in: range, claimed: &claimed)
        // 5b. … and the bodies these runs name with their ideal: `la Solidarité congolaise
        //     pour la Démocratie`.
        mentions = PurposeComplements(context: context).apply(to: mentions, in: range, claimed: &claimed)
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }

        // 6. Parentheses after a person or a place (`(Les Engagés)`), then lists.
        mentions = Parentheticals(lexicons: lexicons, context: context).apply(
            to: mentions, in: range, claimed: &claimed)
        // 7. Regions named with an adjective: `le Jura bernois`.
        mentions = PlaceAdjectives(context: context).apply(to: mentions, in: range, claimed: &claimed)
        return Coordination(context: context).apply(to: mentions)
    }

    /// Known names of the sentence `range`, longest first, and the longer names around
    /// them (`Santé publique France`), marked in `claimed`.
    private func knownNames(in range: Range<Int>, claimed: inout [Bool]) -> [Mention] {
        var mentions: [Mention] = []
        let known = KnownNameMatcher(lexicons: lexicons, context: context)
        let compounds = CompoundNames(lexicons: lexicons, context: context)
        let portfolios = KnownPortfolios(context: context)
        let traits = context.traits
        let limit = range.upperBound
        var index = range.lowerBound
        while index < limit {
            // A title is no known name (`Mr` is not the party `MR`).
            if !traits[index].isHonorific, let match = known.match(at: index, limit: limit),
                !known.yieldsToLongerName(match.range, limit: limit),
                !known.endsPersonalName(match.range, sentenceStart: range.lowerBound, claimed: claimed),
                !(match.range.count == 1 && traits[index].isSentenceInitial && traits[index].isFirstName
                    && index + 1 < limit && traits[index + 1].isCapitalized)
            {
                // `le Ministre de l'Education Nationale`: a portfolio names nothing.
                if match.label == .organization, portfolios.isPortfolio(index, sentenceStart: range.lowerBound) {
                    for token in match.range { claimed[token] = true }
                    index = match.range.upperBound
                    continue
                }
                var mention = Mention(tokens: match.range, label: match.label, strength: .lexicon)
                // `l'université Laval`: a place named right after an organisation's cue noun
                // names the organisation.
                if match.label == .location, index > range.lowerBound, traits[index - 1].isWord,
                    !traits[index - 1].isCapitalized,
                    traits[index - 1].cue.cueLabel == .organization
                {
                    mention = Mention(
                        tokens: match.range, label: .organization, strength: .strong, function: "placeAfterBodyCue")
                }
                if let compound = compounds.extend(match.range, label: match.label, sentence: range, claimed: claimed) {
                    mention = Mention(
                        tokens: compound.range, label: compound.label, strength: .strong, function: "compoundName")
                }
                mentions.append(mention)
                for token in mention.tokens { claimed[token] = true }
                index = mention.tokens.upperBound
            } else {
                index += 1
            }
        }
        return mentions
    }

    /// Capitalised demonyms used as nouns in the sentence `range`: `les Palestiniens`,
    /// `le jeune Malien`, marked in `claimed`.
    private func demonyms(in range: Range<Int>, claimed: inout [Bool]) -> [Mention] {
        var mentions: [Mention] = []
        let traits = context.traits
        for index in range where !claimed[index] {
            let token = traits[index]
            guard token.isDemonym, !token.isAcronym, token.isCapitalized || isPeopleNoun(index, in: range) else {
                continue
            }
            if index > range.lowerBound, traits[index - 1].isCapitalized, !claimed[index - 1],
                !traits[index - 1].isSentenceInitial
            {
                continue
            }
            // `le sélectionneur Belge`: an adjective written with a capital names nothing.
            if qualifiesNoun(index, in: range) {
                claimed[index] = true
                continue
            }
            mentions.append(Mention(tokens: index..<(index + 1), label: .miscellaneous, strength: .strong))
            claimed[index] = true
        }
        return mentions
    }

    /// Whether the capitalised demonym at `index` follows a lowercase noun, or a lowercase
    /// noun and its adjective, with no determiner between (`les médias Égyptiens`, `la
    /// chaîne nationale Ivoirienne`): it qualifies that noun as an adjective whose capital
    /// is a slip, not a people's name (`le jeune Malien`, after its determiner, is one).
    private func qualifiesNoun(_ index: Int, in range: Range<Int>) -> Bool {
        let traits = context.traits
        var before = index - 1
        guard before >= range.lowerBound, traits[before].isWord, !traits[before].isCapitalized else { return false }
        if traits[before].wordClass == .adjective, before > range.lowerBound, traits[before - 1].isWord,
            !traits[before - 1].isCapitalized
        {
            before -= 1
        }
        return traits[before].wordClass == .noun && !traits[before].isCalendarWord
            && !isPluralAfterSingular(index, noun: before)
    }

    /// Whether the demonym at `index` is plural and the noun at `noun` is not, so that it
    /// cannot qualify it: the noun ends a time phrase before the people's name (`Samedi soir
    /// Marocains et Algériens ont fêté`). A plural that is a singular too (`Français`) may
    /// qualify any noun.
    private func isPluralAfterSingular(_ index: Int, noun: Int) -> Bool {
        guard lexicons.distinctPeoplePlurals.contains(context.key(index)) else { return false }
        return !["s", "x", "z"].contains { context.key(noun).hasSuffix($0) }
    }

    /// Whether the lowercase demonym at `index` heads its noun phrase as a people's name:
    /// a plural right after a plural determiner (`les congolais`, `aux sénégalais`), or
    /// a plural that is no singular after `de` (`un groupe de vietnamiens`). A nationality
    /// noun keeps its label without the capital its spelling asks for; the masculine
    /// singular after an article is the language (`le portugais`), and a faith's
    /// adjective used so (`les islamistes`) names no people.
    private func isPeopleNoun(_ index: Int, in range: Range<Int>) -> Bool {
        guard index > range.lowerBound, context.traits[index - 1].isWord else { return false }
        let key = context.key(index)
        let before = context.key(index - 1)
        if EntityContext.pluralArticles.contains(before) || before == "ces" {
            return lexicons.peoplePlurals.contains(key)
        }
        return context.isDe(index - 1) && lexicons.distinctPeoplePlurals.contains(key)
    }

    /// Adds the capitalised runs of the sentence `range` that ``RunClassifier`` labels; a
    /// name that takes in its complement swallows the known names inside it.
    private func addCapitalizedRuns(to mentions: inout [Mention], in range: Range<Int>, claimed: inout [Bool]) {
        let finder = NameRunFinder(lexicons: lexicons, context: context)
        let classifier = RunClassifier(lexicons: lexicons, context: context)
        let embedded = EmbeddedPersons(lexicons: lexicons, context: context)
        var runs = finder.runs(in: range, claimed: claimed)
        // `du SNJT Mongi Khadhraoui`: a body's or town's name, then a person's.
        for (position, run) in runs.enumerated().reversed() {
            if let person = embedded.split(run, sentenceStart: range.lowerBound) {
                runs.replaceSubrange(position...position, with: [run.lowerBound..<person, person..<run.upperBound])
            }
        }
        for run in runs {
            guard var mention = classifier.classify(run, sentence: range) else { continue }
            if mention.tokens.upperBound > run.upperBound {
                // A name that takes in its complement (`Grand Prix de Québec`) swallows the
                // known names inside it, and gives way to those reaching out of it.
                let tokens = mention.tokens
                if mentions.contains(where: { $0.tokens.overlaps(tokens) && $0.tokens.upperBound > tokens.upperBound })
                {
                    mention.tokens = mention.tokens.lowerBound..<run.upperBound
                } else {
                    mentions.removeAll { $0.tokens.overlaps(tokens) }
                }
            }
            mentions.append(mention)
            for token in mention.tokens { claimed[token] = true }
        }
    }

    /// `mentions` with the names that acronyms in parentheses define, and their
    /// acronyms, added; known names inside a defined name are dropped.
    private func defineAcronyms(_ mentions: [Mention], in range: Range<Int>, claimed: inout [Bool]) -> [Mention] {
        let definitions = AcronymDefinitions(lexicons: lexicons, context: context).definitions(in: range)
        guard !definitions.isEmpty else { return mentions }
        var result = mentions
        for definition in definitions {
            let name = definition.name
            // A known name as long as the definition or longer stays (`Jeux olympiques (JO)`);
            // a common noun's acronym, which no other rule takes, is its short name then
            // (`l'Assemblée générale (AG)`).
            if let known = result.first(where: { $0.tokens == name }), context.traits[definition.acronym].isNotName,
                !claimed[definition.acronym]
            {
                result.append(
                    Mention(
                        tokens: definition.acronym..<(definition.acronym + 1), label: known.label, strength: .strong))
                claimed[definition.acronym] = true
                continue
            }
            if result.contains(where: {
                $0.tokens.overlaps(name)
                    && !($0.tokens.lowerBound >= name.lowerBound && $0.tokens.upperBound <= name.upperBound)
            })
                || result.contains(where: { $0.tokens == name })
            {
                continue
            }
            result.removeAll { $0.tokens.overlaps(name) }
            result.append(Mention(tokens: name, label: definition.label, strength: .strong))
            for token in name { claimed[token] = true }
            if !claimed[definition.acronym] {
                result.append(
                    Mention(
                        tokens: definition.acronym..<(definition.acronym + 1), label: definition.label,
                        strength: .strong))
                claimed[definition.acronym] = true
            }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Runs that begin with a head noun, and known names that do, take in their
    /// adjectives and complements; known names swallowed by a longer name are dropped.
    private func extendHeads(
        _ mentions: [Mention], in range: Range<Int>, heads: OrganizationHeads, claimed: inout [Bool]
    ) -> [Mention] {
        let traits = context.traits
        let limit = range.upperBound
        var result: [Mention] = []
        var swallowedUpTo = range.lowerBound
        var pending = mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }[...]
        var index = range.lowerBound
        while index < limit {
            if let mention = pending.first, mention.tokens.lowerBound == index {
                pending = pending.dropFirst()
                if mention.tokens.lowerBound < swallowedUpTo { continue }
                var mention = mention
                if mention.label == .organization || mention.label == .location, heads.headLabel(index) != nil {
                    let end = heads.extend(from: index, end: mention.tokens.upperBound, limit: limit)
                    if end > mention.tokens.upperBound {
                        for token in mention.tokens.upperBound..<end { claimed[token] = true }
                        mention.tokens = index..<end
                        swallowedUpTo = end
                    }
                }
                result.append(mention)
                index = mention.tokens.upperBound
                continue
            }
            if index >= swallowedUpTo, !claimed[index], let label = heads.headLabel(index),
                traits[index].isCapitalized || index > range.lowerBound,
                !continuesName(index, from: range.lowerBound, claimed: claimed),
                !traits[index].isNotName || hasAdjective(after: index, limit: limit),
                // `Marine Le Pen`, but `la Marine nationale`: a first name before a capitalised word.
                !(traits[index].isFirstName && index + 1 < limit && traits[index + 1].isCapitalized)
            {
                if let mention = headName(at: index, label: label, in: range, heads: heads, claimed: claimed) {
                    let end = mention.tokens.upperBound
                    // Known names inside the extended name are dropped.
                    pending = pending.filter { $0.tokens.lowerBound >= end }[...]
                    result.removeAll { $0.tokens.overlaps(index..<end) }
                    for token in index..<end { claimed[token] = true }
                    result.append(mention)
                    swallowedUpTo = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        // Known names that a longer name swallowed (`ONU` in `Conseil de sécurité de l'ONU`) go.
        result += pending.filter { name in !result.contains { $0.tokens.overlaps(name.tokens) } }
        return result
    }

    /// The name a head at `index` (of label `label`) begins in the sentence `range`, with
    /// the capitalised words and complements after it, or `nil` when it names nothing:
    /// a head alone at the start of a sentence, lowercase, a place head or a bare head
    /// alone, a lowercase or event head with no name after it. A capitalised head and its
    /// adjectives name a body (`le Conseil municipal`, `le Tribunal cantonal`).
    private func headName(
        at index: Int, label headLabel: Entity.Label, in range: Range<Int>, heads: OrganizationHeads, claimed: [Bool]
    ) -> Mention? {
        let traits = context.traits
        let limit = range.upperBound
        var end = index + 1
        // `le doyen du Parlement Pierre-André Comte`: the body of a role, then the person.
        let bodyOfRole = EmbeddedPersons(lexicons: lexicons, context: context).isRoleComplement(
            index, sentenceStart: range.lowerBound)
        while end < limit, !claimed[end], traits[end].isCapitalized, traits[end].isWord, !traits[end].isElision,
            !traits[end].isNotName, !(bodyOfRole && end == index + 1)
        {
            end += 1
        }
        end = heads.extend(from: index, end: end, limit: limit)
        // `Coupe d'Afrique des nations`: an event's name goes on with the teams it is open to
        // (not its sport, which follows the place: `Open d'Australie de tennis`);
        // `Ligue africaine des champions`: a body's head so ending names a competition.
        let competitions = CompetitionComplements(context: context)
        if headLabel == .miscellaneous,
            let complementEnd = competitions.end(after: end, limit: limit, takingSports: false)
        {
            end = complementEnd
        }
        let label: Entity.Label =
            headLabel == .organization && competitions.endsWithEvent(index..<end) ? .miscellaneous : headLabel
        let single = end == index + 1
        let initialAlone = single && traits[index].isSentenceInitial
        let lowercaseAlone = single && !traits[index].isCapitalized
        let placeAlone = single && label != .organization
        // A lowercase head names something only with a name in it: `ministère de la Santé`.
        // So does any head opening a sentence, where every noun is capitalised: `Tournoi de
        // boules annulé`, `Programme chargé pour le ministre`, `Gorges profondes et falaises`.
        let unnamed =
            (!traits[index].isCapitalized || traits[index].isSentenceInitial)
            && !((index + 1)..<end).contains { traits[$0].isCapitalized }
        let bareAlone =
            single
            && !PlaceCues(lexicons: lexicons, context: context).hasDeterminer(
                before: index, sentenceStart: range.lowerBound)
        // `la Cour a suspendu l'audience`: a head many bodies share names none alone.
        let sharedAlone = single && context.headClass(index)?.namesNothingAlone == true
        guard !initialAlone && !lowercaseAlone && !placeAlone && !bareAlone && !unnamed,
            !sharedAlone,
            StreetNames(context: context).keepsNoun(head: index, end: end, claimed: claimed)
        else { return nil }
        // A stadium with a nationality adjective is a club: `Stade rennais`, `Stade toulousain`,
        // and so with the adjective capitalised as in the club's own spelling (`Stade Toulousain`).
        let club =
            label == .location && !single && context.key(index) == "stade"
            && (traits[index + 1].isAdjective || traits[index + 1].isCapitalized)
            && (traits[index + 1].isDemonym || traits[index + 1].hasInhabitantEnding)
        return Mention(
            tokens: index..<end, label: club ? .organization : label, strength: single ? .context : .strong)
    }

    /// Whether a lowercase adjective follows token `index`: a head that is no name on its
    /// own begins one only so (`République tchèque`, not `procureur de la République de
    /// Bordeaux`).
    private func hasAdjective(after index: Int, limit: Int) -> Bool {
        let next = index + 1
        guard next < limit else { return false }
        let token = context.traits[next]
        return token.isWord && !token.isCapitalized && token.isAdjective
    }

    /// Whether the head at `index` follows a capitalised word of the same name
    /// (`Mistral Théâtre`): then it is not where the name begins.
    private func continuesName(_ index: Int, from start: Int, claimed: [Bool]) -> Bool {
        guard index > start, !claimed[index - 1] else { return false }
        let before = context.traits[index - 1]
        return before.isCapitalized && before.isWord && !before.isElision && !before.isSentenceInitial
            && !before.isHonorific && !before.isNotName
    }
}
