import ParoleCore
import ParoleText

/// A noun phrase that may name a speaker: `Antony Blinken`, `la ministre`, `une source
/// sécuritaire d'un Etat impliqué dans les négociations`, `le président américain Joe Biden`.
struct NounPhrase: Sendable, Hashable {
    /// The tokens of the phrase.
    var tokens: Range<Int>
    /// The entity the phrase names, when it is that name with a determiner, title or
    /// role before it (`le président américain Joe Biden`, `la Maison Blanche`).
    var entity: Range<Int>?
    /// The role or speaker noun that heads the phrase (`ministre`, `source`).
    var head: Int?
    /// The gender the phrase shows, when it shows one.
    var gender: Gender?
    /// Whether the phrase is plural.
    var plural: Bool
    /// Whether the phrase names a person (a PER name, a role, a person noun).
    var isPerson: Bool
}

extension QuoteText {
    /// Whether token `index` can begin a noun phrase: a determiner, a honorific, a
    /// capitalised word, a number, or a role or speaker noun. A capitalised particle that
    /// opens a person's name is the name's (`assurait De Croo`, `selon De Wever` whose
    /// entity is `Wever`), not a preposition.
    func canStartPhrase(_ index: Int) -> Bool {
        if isAny(index, .determiner) || isHonorific(index) { return true }
        guard isWord(index) || isNumber(index) else { return false }
        if isCapitalized(index) {
            if opensPersonName(index) { return true }
            return !isAny(index, [.preposition, .subjectPronoun, .relative, .conjunction])
        }
        return isAny(index, .speakerHead)
    }

    /// Whether the capitalised word at `index` opens a person's name: it starts the name's
    /// entity (`De Croo`), or it is a particle (`De`, `Du`, `Van`) right before the entity.
    func opensPersonName(_ index: Int) -> Bool {
        if entityStarts(at: index) { return entity(at: index)?.label == .person }
        guard keyword(index)?.isNameParticle == true, index + 1 < count, entityStarts(at: index + 1) else {
            return false
        }
        return entity(at: index + 1)?.label == .person
    }

    /// Whether token `index` ends a noun phrase going left or right: punctuation,
    /// verbs, pronouns, relatives, conjunctions.
    private func breaksPhrase(_ index: Int) -> Bool {
        if isAny(index, [.determiner, .preposition]) { return false }
        if isAny(index, .clitic) { return true }
        return isAny(
            index, [.relative, .conjunction, .auxiliary, .modal, .subjectPronoun, .invertedPronoun, .subordinator])
    }

    /// Whether `et` at `index` joins two complements or two nouns inside a phrase
    /// (`d'enquêtes et d'analyses`, `des associations de parents et amis de ...`).
    private func joinsComplements(_ index: Int) -> Bool {
        guard isKeyword(index, .et), index + 1 < count, index > 0, isWord(index - 1) else { return false }
        let next = index + 1
        if keyword(next)?.isDeForm == true { return true }
        // Two places after one preposition each: `effectuée en Russie et aux États-Unis`.
        if isCapitalized(index - 1), isInEntity(index - 1), let word = keyword(next),
            [.a, .au, .aux, .en].contains(word)
        {
            var place = next + 1
            if place < count && isAny(place, .determiner) && !isAny(place, .preposition) { place += 1 }
            return place < count && isCapitalized(place) && isInEntity(place)
        }
        return isWord(next) && !isCapitalized(next)
            && !isAny(next, [.determiner, .preposition, .clitic, .subjectPronoun, .auxiliary, .modal, .adverb])
            && !readsAsSpeechVerb(next)
    }

    /// Whether the word at `index` ends the phrase that goes left through it: a word that
    /// breaks phrases, unless it joins complements or stands before a noun (`la même source`).
    private func cutsPhrase(_ index: Int) -> Bool {
        breaksPhrase(index) && !joinsComplements(index) && !isPrenominal(index)
    }

    /// Whether the word at `index` stands before a noun right after a determiner (`la même
    /// source`, `les mêmes responsables`), though it may also open a clause (`même si`).
    private func isPrenominal(_ index: Int) -> Bool {
        index > 0 && isAny(index, .prenominal) && isAny(index - 1, .determiner)
    }

    /// Whether the phrase opening at `index` names who may be a source: a name, or a role,
    /// a person, a group or a document after its determiners (`le ministre`, `Paul Roy`),
    /// not what `selon` sorts by (`les régions`, `l'âge`).
    private func namesSource(from index: Int) -> Bool {
        var head = index
        while head < count && (isAny(head, .determiner) || isAny(head, .prenominal)) { head += 1 }
        return head < count && (isCapitalized(head) || isAny(head, .speakerHead))
    }

    /// The noun phrase that ends with token `end`, not starting before `lower`.
    ///
    /// Going left, determiners and names after a preposition are complements
    /// (`de la Manche`); the phrase starts at the first determiner, title or name
    /// that no preposition governs. A name may end in a number (`le directeur de France 2`).
    func phrase(endingAt end: Int, notBefore lower: Int) -> NounPhrase? {
        guard end >= lower, end < count,
            isWord(end) && !isAny(end, [.preposition, .determiner, .clitic]) || isPunctuation(end, .closingBracket)
                || isNumber(end) && isInEntity(end) && !entityStarts(at: end)
        else { return nil }
        var index = end
        var start: Int?
        while index >= lower && end - index < 18 {
            if !isWord(index) && !isNumber(index) {
                guard isPunctuation(index, .closingBracket) || isPunctuation(index, .openingBracket) else { break }
                index -= 1
                continue
            }
            if cutsPhrase(index) || readsAsSpeechVerb(index) { break }
            if canStartPhrase(index) {
                start = index
                let previous = index - 1
                if previous < lower || !(isWord(previous) || isNumber(previous)) { break }
                if cutsPhrase(previous) { break }
                // `selon` governs the phrase and heads no noun's complement: `en l'espace d'un mois
                // selon le ministre qui a précisé` (the minister specified, not the month); unless
                // it sorts by what speaks of nothing (`L'évolution des prix selon les régions`).
                if isKeyword(previous, .selon) && namesSource(from: index) { break }
                // Two different entities side by side: the later one is a phrase of its own.
                // (Tokens side by side in two entities are two entities.)
                if entityStarts(at: index) && isInEntity(previous) {
                    break
                }
                // A determiner after a noun starts a new phrase (`dans un communiqué la CFDT`),
                // unless it contains a preposition (`une source du Hamas`).
                if isAny(index, .determiner) && !isAny(index, .preposition)
                    && !isAny(previous, [.preposition, .determiner])
                    && !isHonorific(index)
                {
                    break
                }
            }
            index -= 1
        }
        guard let start else { return nil }
        return describe(start..<(end + 1))
    }

    /// The noun phrase that starts at token `start`, ending before `upper`.
    ///
    /// Going right, `de` complements and prepositional phrases after a participle
    /// (`impliqué dans les négociations`) belong to the phrase; another preposition
    /// (`dans un communiqué`, `lors de`), a relative, a verb or punctuation ends it.
    func phrase(startingAt start: Int, before upper: Int) -> NounPhrase? {
        guard start < upper, start < count, canStartPhrase(start) else { return nil }
        var index = start + 1
        var sawContent = !isAny(start, .determiner) && !isHonorific(start)
        while index < upper && index - start < 24 {
            if isPunctuation(index, .openingBracket) {
                // An acronym in brackets: `(IGP)`.
                if index + 2 < upper && isPunctuation(index + 2, .closingBracket) && isWord(index + 1) {
                    index += 3
                    continue
                }
                break
            }
            guard isWord(index) || isNumber(index) else { break }
            // The words of a name go together: `le Comité international pour les droits humains`.
            if isInEntity(index) && !entityStarts(at: index) && isInEntity(index - 1) {
                sawContent = true
                index += 1
                continue
            }
            let word = keyword(index)
            if isAny(index, .preposition) && !isAny(index, .determiner) {
                if word == .de || word == .deElided {
                    index += 1
                    continue
                }
                if index > start
                    && (looksLikeParticiple(index - 1) || word == .par && looksLikeAgentParticiple(index - 1)
                        || isKeyword(index - 1, .et) && joinsComplements(index - 1)
                        || (word == .a || word == .au || word == .aux) && attachesToRole(index)
                        || locatesParticiple(index - 1))
                {
                    index += 1
                    continue
                }
                break
            }
            if word == .du || word == .des {
                index += 1
                continue
            }
            // (`le même chercheur`: an adjective before the noun, not `même si`.)
            let isPrenominal = isAny(index, .prenominal) && isAny(index - 1, .determiner) && !sawContent
            if !isPrenominal
                && (breaksPhrase(index) && !joinsComplements(index) || isAny(index, [.adverb, .time]) && sawContent)
            {
                break
            }
            // (A name that opens with a capitalised article stays: `le quotidien Le Monde`.)
            if isAny(index, .determiner) && !isAny(index - 1, .preposition) && sawContent
                && !(isCapitalized(index) && entityStarts(at: index))
            {
                break
            }
            // Another name right after a name: `selon Netanyahu Israël est ...`.
            if entityStarts(at: index) && isInEntity(index - 1) && !isPartyBeforeName(index) { break }
            if sawContent && looksLikeFiniteVerb(index, pluralPhrase: info(start).plural == true) { break }
            // `La chercheuse pointe la responsabilité`: a word before an article is a verb.
            if sawContent && readsAsVerbBeforeObject(index, before: upper) { break }
            if !readsAsSpeechVerb(index) {
                sawContent = sawContent || !isAny(index, .determiner)
                index += 1
            } else {
                break
            }
        }
        guard sawContent || index > start + 1 else { return nil }
        return describe(start..<index)
    }

    /// Whether token `index` is a present participle whose complement after it, `à`, `au`
    /// or `aux` and a place, belongs to the phrase: where the person lives or works (`une
    /// mère de famille habitant à Mahazo`, `un ouvrier travaillant au Havre`), not whom the
    /// words were told (`un manifestant à l'AFP`).
    private func locatesParticiple(_ index: Int) -> Bool {
        guard isWord(index), !isCapitalized(index), norm(index).hasSuffix("ant"),
            lexicons.wordForms.verbTimes(of: norm(index))?.contains(.presentParticiple) == true,
            let word = keyword(index + 1), word == .a || word == .au || word == .aux
        else { return false }
        var place = index + 2
        if place < count && isAny(place, .determiner) && !isAny(place, .preposition) { place += 1 }
        return place < count && entity(at: place)?.label == .location
    }

    /// Whether the person whose name starts at token `index` comes right after an
    /// organisation that itself follows a role noun: the role's party or body, then the
    /// holder's name, one phrase (`au cabinet de la vice-Première ministre Groen Petra
    /// De Sutter`, not `au cabinet de la ministre Groen`).
    private func isPartyBeforeName(_ index: Int) -> Bool {
        guard entity(at: index)?.label == .person, let party = entityRun(at: index - 1),
            entities[party.entity].label == .organization, party.tokens.lowerBound > 0
        else { return false }
        return isAny(party.tokens.lowerBound - 1, .role)
    }

    /// Whether token `index`, inside a phrase, reads as the finite verb after it:
    /// `-aient`, `-ait`, and in a plural phrase `-ent` and `-ont` (`Les scientifiques
    /// prévoient`; an adjective there would end in `-ents`).
    private func looksLikeFiniteVerb(_ index: Int, pluralPhrase: Bool) -> Bool {
        guard isWord(index), !isCapitalized(index), !isAny(index, .speakerHead) else { return false }
        if hasShape(index, .imperfectEnding) { return true }
        return pluralPhrase && hasShape(index, .pluralVerbEnding)
    }

    /// Whether token `index`, inside a phrase, reads as a verb before its object: a
    /// lowercase word that no lexicon classes, followed by an article other than `du`
    /// and `des` (an adjective after a noun is not followed by an article).
    private func readsAsVerbBeforeObject(_ index: Int, before upper: Int) -> Bool {
        guard index + 1 < upper, isWord(index), !isCapitalized(index), !isInEntity(index),
            !isAny(index, [.determiner, .preposition, .speakerHead, .prenominal, .adverb, .time, .conjunction])
        else { return false }
        let next = index + 1
        return isAny(next, .determiner) && !isAny(next, .preposition) && keyword(next)?.isDeForm != true
            && !isHonorific(next)
            && !(isCapitalized(next) && isInEntity(next))
    }

    /// Whether `à` at `index` gives the domain of the role before it: `la secrétaire à
    /// l'Intérieur`, `l'adjoint au maire` (not `le ministre aux journalistes`, `son
    /// avocate à l'AFP`).
    func attachesToRole(_ index: Int) -> Bool {
        guard index > 0, isAny(index - 1, .role) else { return false }
        if hasShape(index - 1, .adjointPrefix) { return true }
        guard hasShape(index - 1, .domainRolePrefix) else { return false }
        var next = index + 1
        if next < count && isAny(next, .determiner) { next += 1 }
        return next < count && isCapitalized(next) && entity(at: next).map({ $0.label == .miscellaneous }) ?? true
    }

    /// Whether token `index` reads as a finite speech verb rather than a noun.
    private func readsAsSpeechVerb(_ index: Int) -> Bool {
        guard !isCapitalized(index), index > 0, !isAny(index - 1, [.determiner, .preposition]) else { return false }
        // `leur dernière note`, `la nouvelle déclaration`: a noun after an article and an adjective.
        if index > 1 && isAny(index - 1, [.prenominal, .time]) && isAny(index - 2, .determiner)
            && !isAny(index - 2, .preposition)
        {
            return false
        }
        return readings(index).contains { $0.kind == .finite }
    }

    /// The head, entity, gender and number of the phrase over `range`.
    func describe(_ range: Range<Int>) -> NounPhrase {
        var index = range.lowerBound
        var determiner: Int?
        var honorific: Int?
        while index < range.upperBound {
            if isHonorific(index) {
                honorific = index
            } else if isAny(index, .determiner) && !isCapitalized(entityAt: index) {
                if determiner == nil { determiner = index }
            } else {
                break
            }
            index += 1
        }
        let contentStart = index
        // The head noun: the first word, after adjectives that stand before nouns
        // (`un haut responsable`, `le nouveau ministre`); after a count, its complement
        // (`une vingtaine d'agriculteurs`, `la plupart des élus`), which makes it plural.
        let counted = countedHead(after: contentStart, before: range.upperBound)
        var head: Int? = counted
        var scan = counted == nil ? contentStart : range.upperBound
        while scan < range.upperBound && scan < contentStart + 3 {
            if isAny(scan, .speakerHead) && (!isCapitalized(entityAt: scan) || isCommonNounName(at: scan)) {
                head = scan
                break
            }
            // (`leur dernière note`: `dernier` and `prochain` stand before nouns too; so does a
            // count in figures: `les 10 avocats`.)
            guard isAny(scan, [.prenominal, .time]) || isNumber(scan) else { break }
            scan += 1
        }
        var entity: Range<Int>?
        // A person named in the phrase, not inside a `de` complement: `le porte-parole
        // du Conseil, John Kirby` is Kirby, `le porte-parole de Joe Biden` is not Biden.
        var position = range.lowerBound
        while position < range.upperBound {
            if let (found, entityIndex) = entityRun(at: position), !isCommonNounName(at: found.lowerBound) {
                let named = entities[entityIndex]
                // A title between the preposition and the name is still governed: `le
                // personnel de Mme Plante` is the staff, not Plante.
                var before = found.lowerBound - 1
                while before > range.lowerBound && isHonorific(before) { before -= 1 }
                // (A capitalised particle opens the name itself: `De Wever`.)
                let governed =
                    before >= range.lowerBound && isAny(before, .preposition) && !isHonorific(before)
                    && !(isCapitalized(before) && opensPersonName(before))
                // An organisation named right after its noun: `le syndicat IG Metall`.
                let apposed = head.map { found.lowerBound == $0 + 1 && isAny($0, .groupNoun) } ?? false
                if named.label == .person && !governed {
                    entity = found.clamped(to: range)
                } else if (found.lowerBound == contentStart || apposed) && entity == nil
                    && named.label != .miscellaneous
                {
                    entity = found.clamped(to: range)
                }
                position = found.upperBound
            } else {
                position += 1
            }
        }
        var gender: Gender?
        var isPerson = false
        if let entity, let named = self.entity(at: entity.lowerBound) {
            if named.label == .person {
                isPerson = true
                if let cluster = named.cluster, clusters.indices.contains(cluster) { gender = clusters[cluster].gender }
            }
        }
        if let head {
            isPerson = isPerson || isAny(head, [.role, .personNoun])
            // A gendered role says more than the name's cluster (`le président Biya`).
            let roleGender = isAny(head, [.role, .personNoun]) ? info(head).gender : nil
            gender = roleGender ?? gender ?? info(head).gender
        }
        if let honorific { gender = gender ?? info(honorific).gender }
        if let determiner { gender = gender ?? info(determiner).gender }
        let plural =
            counted != nil || (determiner.flatMap { info($0).plural } ?? head.flatMap { info($0).plural } ?? false)
        return NounPhrase(tokens: range, entity: entity, head: head, gender: gender, plural: plural, isPerson: isPerson)
    }

    /// The speaker noun a count at `first` governs: `agriculteurs` in `vingtaine
    /// d'agriculteurs`, `élus` in `plupart des élus`, `militants` in `une large proportion
    /// des militants`, `partis` in `la majorité des partis` (adjectives that stand before
    /// nouns, a quantity noun, `de`, `d'` or `des`, then a person, role or group noun,
    /// after such adjectives again), before `upper`.
    private func countedHead(after first: Int, before upper: Int) -> Int? {
        var start = first
        while start < upper && start < first + 2 && isAny(start, .prenominal) && !isAny(start, .quantity) {
            start += 1
        }
        guard start + 2 < upper, isAny(start, .quantity),
            let word = keyword(start + 1), word.isDeForm || word == .deElidedCurly
        else { return nil }
        var scan = start + 2
        while scan < upper && scan < start + 4 {
            if isAny(scan, [.role, .personNoun, .groupNoun]) && !isCapitalized(entityAt: scan) { return scan }
            guard isAny(scan, .prenominal) else { return nil }
            scan += 1
        }
        return nil
    }

    /// Whether token `index` is a one-word name in capitals that is a group noun of the
    /// lexicons (`l'ONG`): an acronym describing an organisation, not its name (`la Ligue`
    /// stays a name).
    func isCommonNounName(at index: Int) -> Bool {
        guard isAny(index, .groupNoun), let (found, _) = entityRun(at: index), found.count == 1 else { return false }
        let span = tokens.span(at: index)
        guard span.end - span.start >= 2, span.end <= units.count else { return false }
        return UnitClass.test(units[span.end - 1], UnitClass.uppercase)
    }

    /// Whether token `index` is a capitalised entity word (so `Le` in `Le Monde` is no determiner).
    private func isCapitalized(entityAt index: Int) -> Bool {
        isInEntity(index) && isCapitalized(index)
    }

    /// The person named right after a phrase ending before `index`, in apposition:
    /// `l'entraîneur kerlannais, Patrick Roussel, en conférence de presse`, or with a
    /// role before the name: `l'envoyé spécial de l'UA, le diplomate sénégalais Ibrahima Diallo`.
    func apposedPerson(at index: Int) -> Range<Int>? {
        guard index < count, isComma(index) else { return nil }
        var start = index + 1
        while start < count && isHonorific(start) { start += 1 }
        guard start < count else { return nil }
        var named = entityTokens(at: start).flatMap { $0.lowerBound == start ? $0 : nil }
        if named == nil, isAny(start, .determiner),
            let phrase = phrase(startingAt: start, before: min(count, start + 12)),
            let entity = phrase.entity, entity.upperBound == phrase.tokens.upperBound
        {
            named = entity
        }
        guard let found = named, entity(at: found.lowerBound)?.label == .person else { return nil }
        let after = found.upperBound
        guard
            after >= count || isComma(after) || isTerminal(after) || isPunctuation(after, .closingBracket)
                || startsLine(after)
        else { return nil }
        return found
    }
}
