import ParoleCore

/// Longer names around a known name: a place inside an organisation's or a medium's
/// name (`Santé publique France`, `Statistique Canada`, `France Bleu`, `Québec
/// solidaire`), a union's acronym with its branch (`SUD Santé`). The longer sequence of
/// capitalised words wins over the lexicon of places.
struct CompoundNames {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// The longer name around the known name `match` labelled `label`, inside the
    /// sentence `sentence`, whose tokens before `match` are claimed as `claimed` says.
    func extend(_ match: Range<Int>, label: Entity.Label, sentence: Range<Int>, claimed: [Bool]) -> (
        range: Range<Int>, label: Entity.Label
    )? {
        switch label {
        case .location:
            let start =
                wordsBefore(match.lowerBound, sentence: sentence, claimed: claimed)
                ?? clubStart(before: match.lowerBound, sentence: sentence, claimed: claimed)
                ?? teamStart(before: match.lowerBound, sentence: sentence, claimed: claimed)
                ?? institutionStart(before: match.lowerBound, sentence: sentence, claimed: claimed)
                ?? cueStart(before: match.lowerBound, sentence: sentence, claimed: claimed)
            let end = wordsAfter(match.upperBound, limit: sentence.upperBound, afterAcronym: false)
            if start != nil || end != nil {
                let heads = OrganizationHeads(lexicons: lexicons, context: context)
                // `sur le Nil Bleu`: a place with an article keeps being a place when only
                // an adjective after it goes on its name (`France Bleu`, without one, is a
                // medium; `le Vendée Globe`, with a noun, a race).
                if start == nil, let end, followsArticle(match.lowerBound, sentence: sentence),
                    (match.upperBound..<end).allSatisfy({ context.traits[$0].wordClass == .adjective })
                {
                    return (match.lowerBound..<end, .location)
                }
                // `Aïn Defla`: a place's head word keeps the longer name a place.
                let range = (start ?? match.lowerBound)..<(end ?? match.upperBound)
                let label =
                    start.flatMap { heads.headLabel($0) }
                    ?? (heads.headLabel(match.lowerBound) == .location ? .location : eventLabel(of: range))
                return (range, label)
            }
            if let end = partyAdjective(after: match, sentence: sentence) {
                return (match.lowerBound..<end, .organization)
            }
            return nil
        case .organization:
            // `Groupe Nice-Matin`, `Fondation Hydro-Québec`: a capitalised head noun right
            // before a known organisation opens its name.
            let before = match.lowerBound - 1
            if before > sentence.lowerBound, !claimed[before], context.traits[before].isWord,
                context.traits[before].isCapitalized, !context.traits[before].isSentenceInitial,
                context.traits[before].cue.contains(.organizationHead)
            {
                return (before..<match.upperBound, .organization)
            }
            // `Thales Alenia Space`: a one-word company and a partner's name up to a
            // company's last word in English.
            if match.count == 1, !context.traits[match.lowerBound].isAcronym,
                let tail = EnglishCompanyTail(context: context).end(after: match.upperBound, limit: sentence.upperBound)
            {
                return (match.lowerBound..<tail.end, tail.label)
            }
            // After an acronym (`SUD Santé`) or a one-word company (`Dassault Systèmes`),
            // capitalised common nouns go on the name.
            guard match.allSatisfy({ context.traits[$0].isAcronym }) || match.count == 1,
                let end = wordsAfter(match.upperBound, limit: sentence.upperBound, afterAcronym: true)
            else { return nil }
            return (match.lowerBound..<end, .organization)
        case .miscellaneous:
            // `Coupe du monde de beach soccer`, `Mondial des clubs`: a known event takes in
            // the sport or the teams it is open to.
            let complements = CompetitionComplements(context: context)
            if let end = complements.end(
                after: match.upperBound, limit: sentence.upperBound, takingSports: match.count > 1)
            {
                return (match.lowerBound..<end, .miscellaneous)
            }
            // `Ligue des champions d'Afrique`, `Jeux olympiques de Paris`: a known event
            // takes in the known place it is held in or open to; a world event's host city
            // stays a place (`Championnats du monde de Tokyo`).
            guard context.key(match.upperBound - 1) != "monde" else { return nil }
            return placeComplementEnd(after: match.upperBound, limit: sentence.upperBound).map {
                (match.lowerBound..<$0, .miscellaneous)
            }
        default:
            return nil
        }
    }

    /// The end of a `de` complement right at `start` that is a known place, or `nil`.
    private func placeComplementEnd(after start: Int, limit: Int) -> Int? {
        guard start + 1 < limit, context.traits[start].isDeForm, !context.isLineBreak(before: start + 1),
            context.traits[start + 1].isCapitalized,
            let place = KnownNameMatcher(lexicons: lexicons, context: context).match(at: start + 1, limit: limit),
            place.label == .location
        else { return nil }
        return place.range.upperBound
    }

    /// Whether token `index` is a capitalised word that can go on a name: not a first
    /// name, title, nationality, direction or the start of another known name; after an
    /// acronym, only a common noun (`SUD Santé`, not `l'AFP Gilles-Éric Séralini`).
    private func isNamePart(_ index: Int, afterAcronym: Bool) -> Bool {
        let traits = context.traits[index]
        if traits.isRomanNumeral { return !context.isHeadlineBar(index) }
        guard traits.isWord, traits.isCapitalized, !traits.isElision, !traits.isSentenceInitial, !traits.isFirstName,
            !traits.isHonorific, !traits.isRole, !traits.isDemonym, !beginsKnownName(index), !traits.isCalendarWord,
            afterAcronym || !traits.isNotName, !EntityLexicons.directions.contains(context.key(index))
        else { return false }
        switch traits.wordClass {
        case .function?, .verb?: return false
        case .noun?: return true
        default: return !afterAcronym
        }
    }

    /// Whether a known name begins at token `index` (`Santé` begins none in `SUD Santé
    /// évoque`, though it begins `Santé Canada`).
    private func beginsKnownName(_ index: Int) -> Bool {
        context.traits[index].beginsKnownName
            && KnownNameMatcher(lexicons: lexicons, context: context).match(at: index, limit: context.tokens.count)
                != nil
    }

    /// The end of the capitalised words right after `start` (`France Bleu`), or `nil`.
    private func wordsAfter(_ start: Int, limit: Int, afterAcronym: Bool) -> Int? {
        var end = start
        while end < limit, end - start < 3, !context.isLineBreak(before: end),
            isNamePart(end, afterAcronym: afterAcronym)
        {
            end += 1
        }
        return end > start ? end : nil
    }

    /// The start of the capitalised common nouns, and lowercase adjectives after them,
    /// right before `end` (`Santé publique` before `France`), or `nil`. An unknown word
    /// there is more likely a name of its own: `Selon Netanyahu Israël est …`.
    private func wordsBefore(_ end: Int, sentence: Range<Int>, claimed: [Bool]) -> Int? {
        let traits = context.traits
        var index = end - 1
        while index >= sentence.lowerBound, end - index <= 2, !claimed[index], traits[index].isAdjective,
            !traits[index].isDemonym
        {
            index -= 1
        }
        let adjectivesStart = index + 1
        var start: Int?
        while index >= sentence.lowerBound, adjectivesStart - index <= 3, !claimed[index],
            !context.isLineBreak(before: index + 1)
        {
            let token = traits[index]
            guard token.isWord, token.isCapitalized, !token.isElision, !token.isFirstName, !token.isHonorific,
                !token.isRole,
                !token.isDemonym, !token.isAcronym, !token.isCalendarWord, token.wordClass == .noun
            else { break }
            start = index
            if token.isSentenceInitial { break }
            index -= 1
        }
        return start
    }

    /// The start of a club's or company's name that ends with the place: a club prefix
    /// or an acronym, then at most two capitalised words (`FC Nantes`, `ASM Clermont
    /// Auvergne`), or `nil`.
    private func clubStart(before end: Int, sentence: Range<Int>, claimed: [Bool]) -> Int? {
        let traits = context.traits
        if let start = clubStartAcrossDe(before: end, sentence: sentence, claimed: claimed) { return start }
        var index = end - 1
        while index >= sentence.lowerBound, end - index <= 3, !claimed[index], !context.isLineBreak(before: index + 1) {
            let token = traits[index]
            guard token.isWord, token.isCapitalized, !token.isElision, !token.isFirstName, !token.isNotName else {
                return nil
            }
            if token.cue.contains(.organizationPrefix) || token.isAcronym { return index }
            guard token.wordClass == nil, !token.isSentenceInitial else { return nil }
            index -= 1
        }
        return nil
    }

    /// The start of a club's name joined to its town by `de`: capitalised words before the
    /// `de` that a club prefix opens or a club's last word closes (`le Racing Club de Lens`,
    /// `le Football Club de Nantes`, `le Sporting Club de Bastia`), or `nil`. An acronym
    /// alone is not enough (`l'UMP de Paris` is a branch and its town).
    private func clubStartAcrossDe(before end: Int, sentence: Range<Int>, claimed: [Bool]) -> Int? {
        let traits = context.traits
        let de = end - 1
        guard de - 1 > sentence.lowerBound, context.isDe(de), !claimed[de] else { return nil }
        var index = de - 1
        var start: Int?
        var prefixed = false
        while index >= sentence.lowerBound, de - index <= 3, !claimed[index], !context.isLineBreak(before: index + 1) {
            let token = traits[index]
            guard token.isWord, token.isCapitalized, !token.isElision, !token.isFirstName, !token.isAcronym,
                token.wordClass != .function, token.wordClass != .verb
            else { break }
            prefixed = prefixed || token.cue.contains(.organizationPrefix)
            start = index
            if token.isSentenceInitial { break }
            index -= 1
        }
        guard let start, start < de - 1 || prefixed else { return nil }
        // `au stade Olympique de Montréal`: after a place's lowercase head, a venue.
        if start > sentence.lowerBound, traits[start - 1].cue.headLabel == .location { return nil }
        let closed = traits[de - 1].cue.contains(.organizationTail) && start < de - 1
        return prefixed || closed ? start : nil
    }

    /// The start of a team's name that ends with its city: capitalised words in the
    /// plural after `les`, then `de` (`les Maple Leafs de Toronto`, `les Girondins de
    /// Bordeaux`), or `nil`. Nationalities are left out: `les Palestiniens de Gaza`.
    private func teamStart(before end: Int, sentence: Range<Int>, claimed: [Bool]) -> Int? {
        let traits = context.traits
        let de = end - 1
        guard de - 2 >= sentence.lowerBound, context.isDe(de) else { return nil }
        var index = de - 1
        guard context.norm(index).hasSuffix("s") else { return nil }
        while index >= sentence.lowerBound, de - index <= 3, !claimed[index] {
            let token = traits[index]
            guard token.isWord, token.isCapitalized, !token.isElision, !token.isFirstName, !token.isDemonym,
                !token.isNotName,
                !token.isAcronym, token.wordClass != .function, token.wordClass != .verb
            else { break }
            index -= 1
        }
        guard index < de - 1, index >= sentence.lowerBound, traits[index].isWord else { return nil }
        return EntityContext.pluralArticles.contains(context.key(index)) ? index + 1 : nil
    }

    /// The start of a club's or a city's institution named `le X de <place>` with a
    /// capitalised noun that heads no other name (`le Standard de Liège`, `la Ville de
    /// Québec`), or `nil`.
    private func institutionStart(before end: Int, sentence: Range<Int>, claimed: [Bool]) -> Int? {
        let traits = context.traits
        let de = end - 1
        let noun = de - 1
        guard noun - 1 >= sentence.lowerBound, context.isDe(de),
            !claimed[noun]
        else { return nil }
        let token = traits[noun]
        guard token.isWord, token.isCapitalized, !token.isElision, !token.isSentenceInitial, !token.isFirstName,
            !token.isRole,
            !token.isDemonym, !token.isNotName, !token.isAcronym, token.cue.headLabel == nil,
            token.wordClass != .function, token.wordClass != .verb,
            traits[noun - 1].isWord, traits[noun - 1].isDeterminer
        else { return nil }
        return noun
    }

    /// Whether a definite article or `du`, `des` comes right before token `index`.
    /// A longer name around a place names an event when it ends with an event's last word
    /// (`Montreux Jazz Festival`) or follows an event's cue noun (`le festival Réunion
    /// Métis`); otherwise an organisation.
    private func eventLabel(of range: Range<Int>) -> Entity.Label {
        let traits = context.traits
        if traits[range.upperBound - 1].cue.contains(.miscellaneousTail) { return .miscellaneous }
        if range.lowerBound > 0, traits[range.lowerBound - 1].isWord, !traits[range.lowerBound - 1].isCapitalized,
            traits[range.lowerBound - 1].cue.cueLabel == .miscellaneous
        {
            return .miscellaneous
        }
        return .organization
    }

    private func followsArticle(_ index: Int, sentence: Range<Int>) -> Bool {
        guard index > sentence.lowerBound, context.traits[index - 1].isWord else { return false }
        return EntityContext.definiteOrPartitive.contains(context.key(index - 1))
    }

    /// The start of a company's name that ends with a place, after an organisation's
    /// cue noun: one or two unknown capitalised words (`la société Écohabitat Provence`,
    /// `le groupe Valmont Bretagne`), or `nil`.
    private func cueStart(before end: Int, sentence: Range<Int>, claimed: [Bool]) -> Int? {
        let traits = context.traits
        var index = end - 1
        while index > sentence.lowerBound, end - index <= 2, !claimed[index], !context.isLineBreak(before: index + 1) {
            let token = traits[index]
            guard token.isWord, token.isCapitalized, !token.isElision, !token.isSentenceInitial, !token.isFirstName,
                !token.isNotName, !token.isAcronym, token.wordClass == nil
            else { return nil }
            let before = traits[index - 1]
            if before.isWord, !before.isCapitalized, before.cue.cueLabel == .organization { return index }
            index -= 1
        }
        return nil
    }

    /// A place named bare as a subject and followed by an adjective and a verb is a
    /// party or movement: `Québec solidaire a réclamé`. Returns the end of the name.
    private func partyAdjective(after match: Range<Int>, sentence: Range<Int>) -> Int? {
        let traits = context.traits
        let adjective = match.upperBound
        guard adjective + 1 < sentence.upperBound,
            match.lowerBound == sentence.lowerBound || !traits[match.lowerBound - 1].isWord
        else { return nil }
        let token = traits[adjective]
        let norm = context.norm(adjective)
        guard token.isWord, !token.isCapitalized, token.wordClass == .adjective, !token.isDemonym,
            !token.facts.flags.contains(.temporalAdjective),
            !EntityLexicons.directions.contains(context.key(adjective)),
            !OrganizationHeads.isParticiple(norm),
            traits[adjective + 1].isVerb
        else { return nil }
        return adjective + 1
    }
}
