import ParoleCore

/// Organisation and place names that begin with a head noun and go on with
/// adjectives and `de` complements: `Conseil national de sécurité des États-Unis`,
/// `Muséum national d'histoire naturelle`, `Institut géophysique du Pérou`.
struct OrganizationHeads {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// The label a head gives (`Conseil` → ORG, `Mont` → LOC, `Festival` → MISC), or
    /// `nil` for other words.
    func headLabel(_ index: Int) -> Entity.Label? {
        let traits = context.traits[index]
        let kind = traits.cue
        guard traits.isCapitalized || kind.contains(.lowercaseHead) else { return nil }
        // A headline word in capitals (`BIBLIOTHÈQUE FERMÉE`) begins no name.
        if traits.isAcronym && traits.isLong { return nil }
        guard let label = kind.headLabel else { return nil }
        // A lowercase place noun begins a name only with a name right after it or its `de`
        // (`golfe de Gascogne`, `place de la Concorde`), not as a verb (`il porte`); a road
        // noun, capitalised too (`Chemin de fer du Nord` names no road).
        if !traits.isCapitalized || kind.contains(.roadHead), label == .location, !namesAhead(index) { return nil }
        if label == .location, Self.headLookalikes.contains(context.norm(index)) { return nil }
        if !traits.isCapitalized, label == .miscellaneous, !namesCompetition(index) { return nil }
        return label
    }

    /// Whether the lowercase competition noun at `index` (`coupe`, `derby`) names one: after
    /// a definite article or `en`, an adjective between at most (`la coupe de Suisse`, `le
    /// dernier derby du Léman`, `éliminé en coupe de France`), before a name that no first
    /// name opens, right after it or its `de` (`la coupe Davis`). Not a verb (`l'autoroute coupe de Lyon à Grenoble`), a glass or a
    /// trophy (`une coupe de Champagne`), nor someone's haircut (`la coupe de Marie Dupont`).
    private func namesCompetition(_ index: Int) -> Bool {
        let traits = context.traits
        var before = index - 1
        if before > 0, traits[before].isAdjective, !traits[before].isCapitalized { before -= 1 }
        guard before >= 0, traits[before].isWord, Self.competitionOpeners.contains(context.key(before)) else {
            return false
        }
        var next = index + 1
        if next < traits.count, traits[next].isDeForm {
            next += 1
            if next < traits.count, traits[next].isArticle, !traits[next].isCapitalized { next += 1 }
        }
        return next < traits.count && traits[next].isWord && traits[next].isCapitalized && !traits[next].isFirstName
    }

    /// `le`, `la`, `du`, `au`, `en`: what opens a competition named by its lowercase noun.
    static let competitionOpeners = EntityContext.singularDefiniteOrContracted.union(["en"])

    /// The end of the name that starts with the head at `start` and whose words so far
    /// end at `end`: adjectives, capitalised words and `de` complements are taken in,
    /// known names after `de` included (`… des États-Unis`).
    func extend(from start: Int, end: Int, limit: Int) -> Int {
        let traits = context.traits
        var end = end
        var steps = 0
        var afterNoun = true
        var sawName = false
        // The lowercase noun of the last complement (`des routes`), which a paired noun may join.
        var pluralComplement: Int?
        // `le Conseil d'Etat vaudois`: a known name's capitalised words count as a complement.
        let named = ((start + 1)..<end).contains { traits[$0].isCapitalized }
        while end < limit, steps < 7 {
            let token = traits[end]
            // `le ministère des Affaires étrangères égyptien`: a nationality after a
            // capitalised complement qualifies the whole body, it is no part of its name
            // (but `Conseil représentatif des institutions juives de France`).
            // So does a past participle that is no adjective (`des Jeux de Paris ratés`).
            if sawName || named, token.isDemonym || (isBareParticiple(end) && !inKnownName(end, from: start)) {
                break
            }
            if afterNoun, !opensObject(end, limit: limit), takesAdjective(end, from: start, sawName: sawName) {
                end += 1
                steps += 1
                continue
            }
            let de = steps > 0 ? coordinatedDe(at: end, limit: limit) : end
            guard traits[de].isWord, !traits[de].isCapitalized, traits[de].isDeForm else {
                // `Service de prévention incendies de Rimouski`: a noun, then the place.
                // `Inspection des routes et ponts`: a bare plural noun paired with the last one.
                guard
                    let bridged = bridge(at: end, from: start, limit: limit)
                        ?? pairedNoun(at: end, after: pluralComplement, from: start, limit: limit)
                else { break }
                end = bridged
                pluralComplement = nil
                afterNoun = true
                steps += 1
                continue
            }
            var next = de + 1
            if next < limit, context.isLa(next) { next += 1 }
            guard next < limit else { break }
            let complement = traits[next]
            // After `et de`, only a common noun (`… et de la Communication`, `… et de
            // Valorisation`), not another name of a list (`… de Réseau ferré de France et de
            // CEMEX`, `… et du Muséum`).
            if de > end, complement.isCapitalized, !isCoordinatedNoun(next) { break }
            if complement.isCapitalized && complement.isWord && !complement.isElision {
                // `le Parti socialiste d'Olivier Faure`: a person's full name after a political
                // body's head is its leader, no part of its name.
                if namesLeader(at: next, from: start, limit: limit) || liesIn(at: next, from: start, limit: limit) {
                    break
                }
                next += 1
                // A courtesy title opens a person's name and ends the name before it: `du Centre
                // de santé de Pikine Docteur Awa Diop`.
                while next < limit, traits[next].isCapitalized, traits[next].isWord, !traits[next].isElision,
                    !traits[next].isHonorific
                {
                    next += 1
                }
                end = next
                afterNoun = true
                sawName = true
            } else if !sawName, !traits[start].isAcronym, isComplementWord(next) {
                // An acronym head takes a name after `de`, no common noun: `le CHU de Rennes`,
                // but `le CHU de la région` is the region's hospital, not its name.
                end = complementEnd(after: next, limit: limit)
                pluralComplement = next
                afterNoun = true
            } else if de == end, let bridged = bridge(at: end, from: start, limit: limit) {
                // `Université d'État d'agronomie de Moscou`: a lowercase field, then the place.
                end = bridged
                afterNoun = true
            } else {
                break
            }
            steps += 1
        }
        return end
    }

    /// Whether the known place at `index` (a GeoNames town or a known place), after `de`, is
    /// the town where the place that the head at `start` begins lies, not part of its name:
    /// the place has a name of its own right after its head, no adjective (`le stade Ahmadou
    /// Ahidjo de Yaoundé`, `le Stade Mohammed V de Casablanca`), where `le Théâtre national de Bretagne` and `le Parc des Sports de
    /// Treichville` are named by the place.
    private func liesIn(at index: Int, from start: Int, limit: Int) -> Bool {
        let traits = context.traits
        let own = start + 1
        // `le stade Jean de Bologne`: a first name before `de` is a person's, the particle his.
        guard traits[start].cue.headLabel == .location, own < index, traits[own].isWord, traits[own].isCapitalized,
            !(traits[own].isFirstName && traits[own + 1].isDeForm), !traits[own].isAdjective, !traits[own].isElision,
            traits[own].cue.isEmpty,
            FormFactsIndex.wordForms?.classes(of: context.norm(own).lowercased()).contains(.adjective) != true
        else { return false }
        if EntityWordSets.shipped.towns.contains(context.key(index)) { return true }
        return KnownNameMatcher(lexicons: lexicons, context: context).match(at: index, limit: limit)?.label
            == .location
    }

    /// Whether the word at `index` is an adjective of the name that begins with the head at
    /// `start`: one the common-word list reads so (no word of time, no verb but a
    /// participle), or, right after a capitalised head with no capitalised complement yet
    /// (`Ministère public`, `Forces armées`, `Conseil ministériel restreint`), one the
    /// full-form lexicon also reads as an adjective.
    private func takesAdjective(_ index: Int, from start: Int, sawName: Bool) -> Bool {
        let traits = context.traits
        let token = traits[index]
        if token.isAdjective, !token.facts.flags.contains(.temporalAdjective),
            !token.isVerb || Self.isParticiple(context.norm(index))
        {
            return true
        }
        return !sawName && index - start <= 2 && traits[start].isCapitalized
            && !((start + 1)..<index).contains(where: { traits[$0].isCapitalized }) && isLexiconAdjective(index)
    }

    /// The end of the lowercase complement word at `index`: after it, or after the noun that
    /// follows it when it is an adjective that goes before its noun (`du court métrage`).
    private func complementEnd(after index: Int, limit: Int) -> Int {
        let traits = context.traits
        let end = index + 1
        guard traits[index].wordClass == .adjective, end < limit, traits[end].isWord, !traits[end].isCapitalized,
            traits[end].wordClass == .noun
                || (traits[end].wordClass == nil && traits[end].isLong && !traits[end].isAdjective)
        else { return end }
        return end + 1
    }

    /// The `de` form of a further complement that token `index` opens: the one after `et`
    /// (`… d'incendie et de secours`, `… de l'Économie et des Finances`), or after a comma
    /// when the list of `de` complements it begins closes with `et de` (`Direction de la
    /// santé, des affaires sociales et de l'intégration`); else `index` itself.
    private func coordinatedDe(at index: Int, limit: Int) -> Int {
        guard index + 1 < limit, context.traits[index + 1].isWord, context.traits[index + 1].isDeForm else {
            return index
        }
        if context.traits[index].isWord { return isEt(index) ? index + 1 : index }
        return context.isPunct(index, 0x2C) && listCloses(from: index + 1, limit: limit) ? index + 1 : index
    }

    /// Whether the `de` complements from the `de` form at `index` run, through commas, to
    /// one after `et`: each a `de` form, an optional article and lowercase nouns or
    /// adjectives (`de l'agriculture`, `de la coopération africaine`) or capitalised common
    /// nouns (`de la Culture`).
    private func listCloses(from index: Int, limit: Int) -> Bool {
        let traits = context.traits
        var index = index
        for _ in 0..<Self.maximumListItems {
            guard index < limit, traits[index].isWord, traits[index].isDeForm, !traits[index].isCapitalized else {
                return false
            }
            index += 1
            if index < limit, context.isLa(index) { index += 1 }
            let first = index
            while index < limit, index - first < 3,
                traits[index].isCapitalized ? isCoordinatedNoun(index) : isComplementWord(index)
            {
                index += 1
            }
            guard index > first, index + 1 < limit else { return false }
            if traits[index].isWord, isEt(index) { return traits[index + 1].isDeForm }
            guard context.isPunct(index, 0x2C) else { return false }
            index += 1
        }
        return false
    }

    /// Whether token `index` is `et`, which joins the last complement of a name.
    func isEt(_ index: Int) -> Bool { context.isAnd(index) }

    /// Whether the capitalised word at `index`, in a `de` complement of the head at `start`,
    /// opens a person's full name (a known first name, then a capitalised word) and the head
    /// is one of a political body (`entities-leader-heads.txt`), whose leader it then names.
    private func namesLeader(at index: Int, from start: Int, limit: Int) -> Bool {
        let traits = context.traits
        guard index + 1 < limit, traits[index].isFirstName, !traits[index].beginsKnownName,
            traits[index + 1].isWord, traits[index + 1].isCapitalized, !traits[index + 1].isElision
        else { return false }
        return EntityWordSets.shipped.leaderHeads.contains(context.key(start))
    }

    /// Items of a list of `de` complements after a comma, at most (`de A, de B, de C et de D`).
    static let maximumListItems = 4

    /// Whether the capitalised word at `index` is a common noun that may follow `et de` in
    /// a name: by the common-word list, else by the full-form lexicon when it reads the word
    /// as a noun and no proper noun (`Valorisation`, `Electricité` for `Électricité`, not
    /// `Europe`); no head of a name of its own (`Muséum`), no acronym, no first name.
    private func isCoordinatedNoun(_ index: Int) -> Bool {
        let token = context.traits[index]
        guard token.isWord, !token.isElision, token.cue.headLabel == nil, !token.isAcronym, !token.isFirstName,
            !token.isDemonym
        else { return false }
        if let wordClass = token.wordClass { return wordClass == .noun }
        guard token.isLong, let lexicon = FormFactsIndex.wordForms else { return false }
        let norm = context.norm(index)
        guard !lexicon.classes(of: norm).contains(.properNoun) else { return false }
        // A capital `E` often stands for `É`, whose accent is left off: `Electricité`.
        let lower = norm.lowercased()
        let forms = lower.hasPrefix("e") ? [lower, "é" + lower.dropFirst()] : [lower]
        return forms.contains { lexicon.classes(of: $0).contains(.noun) }
    }

    /// Whether the lowercase word at `index` is an adjective or a past participle for the
    /// full-form lexicon, though it may be a noun too (`public`, `armées`), and no
    /// conjugated verb (`présente`), infinitive, word of time nor function word.
    private func isLexiconAdjective(_ index: Int) -> Bool {
        let token = context.traits[index]
        guard token.isWord, !token.isCapitalized, !token.isElision, token.isLong, token.wordClass != .function,
            !token.facts.flags.contains(.temporalAdjective), !token.facts.flags.contains(.calendarWord),
            let lexicon = FormFactsIndex.wordForms
        else { return false }
        let norm = context.norm(index)
        let classes = lexicon.classes(of: norm)
        guard classes.contains(.adjective) || classes.contains(.verb), !classes.contains(.properNoun) else {
            return false
        }
        // A participle alone ends the name unless an adjective or no lowercase word follows:
        // `les Forces armées maliennes`, but `la nouvelle Assemblée prévue début février`.
        if !classes.contains(.adjective), index + 1 < context.tokens.count {
            let next = context.traits[index + 1]
            if next.isWord, !next.isCapitalized, !next.isAdjective { return false }
        }
        // Not a conjugated verb: `l'Université Haigazian présente`, `le Conseil dispose de`.
        return !classes.contains(.verb)
            || !lexicon.analyses(of: norm).contains {
                $0.partOfSpeech == .verb && !$0.features.contains("VerbForm=Part|Tense=Past")
            }
    }

    /// Whether the lowercase word at `index` is a verb of the clause that a possessive or an
    /// indefinite article follows (`l'Université de Moncton célèbre ses 60 ans`), though the
    /// word may read as an adjective: a name's adjective is followed by no object.
    private func opensObject(_ index: Int, limit: Int) -> Bool {
        guard index + 1 < limit, EntityContext.objectOpeners.contains(context.key(index + 1)),
            let lexicon = FormFactsIndex.wordForms
        else { return false }
        return lexicon.analyses(of: context.norm(index)).contains {
            $0.partOfSpeech == .verb && $0.features.contains("Mood=Ind")
        }
    }

    /// Whether the lowercase word at `index` is a past participle for the full-form lexicon
    /// and never an adjective (`ratés`); `unies` is one too, hence ``inKnownName(_:from:)``.
    private func isBareParticiple(_ index: Int) -> Bool {
        let token = context.traits[index]
        guard token.isWord, !token.isCapitalized, token.isLong, let lexicon = FormFactsIndex.wordForms else {
            return false
        }
        let norm = context.norm(index)
        let classes = lexicon.classes(of: norm)
        guard classes.contains(.verb), !classes.contains(.adjective), !classes.contains(.properNoun) else {
            return false
        }
        return lexicon.verbTimes(of: norm)?.contains(.pastParticiple) == true
    }

    /// Whether a known name that begins with a capitalised word of the name from `start`
    /// takes in token `index` (`Nations unies` in `Haut-Commissariat des Nations unies`).
    private func inKnownName(_ index: Int, from start: Int) -> Bool {
        let known = KnownNameMatcher(lexicons: lexicons, context: context)
        return ((start + 1)..<index).contains {
            context.traits[$0].isCapitalized && (known.match(at: $0, limit: index + 1)?.range.upperBound ?? 0) > index
        }
    }

    /// Whether a capitalised word follows token `index`, right after it or after `de`,
    /// `du`, `des`, `de la`, `de l'`.
    private func namesAhead(_ index: Int) -> Bool {
        let traits = context.traits
        var next = index + 1
        guard next < traits.count, traits[next].isWord else { return false }
        if traits[next].isCapitalized { return true }
        guard traits[next].isDeForm else { return false }
        next += 1
        if next < traits.count, traits[next].isArticle, !traits[next].isCapitalized { next += 1 }
        return next < traits.count && traits[next].isWord && traits[next].isCapitalized
    }

    /// Whether `norm` ends as a past participle, plural ones included (`Forces armées`).
    static func isParticiple(_ norm: String) -> Bool {
        norm.hasSuffix("é") || norm.hasSuffix("ée") || norm.hasSuffix("és") || norm.hasSuffix("ées")
    }

    /// Common words whose folding key is a head's: `Côté breton, …` folds to `Côte`.
    static let headLookalikes = EntityWordLists.roles.words(.headLookalike)

    /// Adjectives that qualify an institution at a time, not part of its name:
    /// `la Chambre actuelle`, `le ministère précédent`.
    static let temporalAdjectives = EntityWordLists.roles.keys(.temporal)

    /// A lowercase noun or adjective that can follow `de` inside a name (`de sécurité`),
    /// not an infinitive (`de voter`), a function word nor a weekday or month: `de
    /// lundi` dates a meeting of the body (`le Conseil municipal de lundi`).
    private func isComplementWord(_ index: Int) -> Bool {
        let traits = context.traits[index]
        guard traits.isWord, !traits.isCapitalized, !traits.isElision, !traits.isCalendarWord else { return false }
        switch traits.wordClass {
        case .noun?, .adjective?: return true
        case .function?: return false
        case .verb?:
            let norm = context.norm(index)
            return !(norm.hasSuffix("er") || norm.hasSuffix("ir") || norm.hasSuffix("re"))
        case nil: return traits.isLong
        }
    }
}
