import ParoleCore
import ParoleText

/// Words before a name that tell what it names: place prepositions (`à Rafah`,
/// `en Bretagne`, `dans le Lot`) and cue nouns (`le groupe Valtéo`, `la ville de
/// Rafah`, `le festival Estivoix`).
struct PlaceCues {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// Prepositions that introduce a place.
    static let placePrepositions = FrenchWordLists.grammar.keys(.locative, .toward, .through)

    /// `au`, `aux`, `du`, `des`: a preposition and an article in one word.
    static let contractedArticles = FrenchWordLists.grammar.keys(.contracted)

    /// How strongly the words before `start` say "place": `à`, `en`, `au`, and `de`
    /// after a noun whose complement is a place (`l'hôpital de`, `le maire de`),
    /// strongly; other `de`, `dans le`, weakly; `nil` when they do not.
    func placeCue(before start: Int, sentenceStart: Int) -> Mention.Strength? {
        let traits = context.traits
        let index = start - 1
        guard index >= sentenceStart, traits[index].isWord else { return nil }
        let key = context.key(index)
        // `face aux Stars`, `face au Standard`: an article names what one faces, an opponent
        // or an adversary, not a place (`face à Tréguennec` stays one).
        if index - 1 >= sentenceStart, Self.contractedArticles.contains(key),
            SportsOpponents.Markers.shipped.facing.contains(context.key(index - 1))
        {
            return nil
        }
        // `à` folds to `a`, like the verb `a`: the verb is written without accent.
        // A sentence-initial `A` is `À` written without its accent, as Swiss and older
        // French news print capitals: `A Lausanne, le oui l'emporte`.
        if key == "a" {
            return context.norm(index) == "à" || (traits[index].isCapitalized && traits[index].isSentenceInitial)
                ? .context : nil
        }
        if Self.placePrepositions.contains(key) { return .context }
        // `entre Brigue et Domodossola`: weakly, as `de` (people named so were named before).
        if key == "entre" { return .guess }
        if context.isAnd(index), index - 2 >= sentenceStart, context.key(index - 2) == "entre" { return .guess }
        if traits[index].isDeForm {
            // `aux côtés de Monet et de Pissarro`: a repeated `de` is governed by the noun
            // before the first one.
            if let previous = coordinatedName(before: index, sentenceStart: sentenceStart) {
                return placeCue(before: previous, sentenceStart: sentenceStart)
            }
            if followsPlaceComplementNoun(index, sentenceStart: sentenceStart) { return .context }
            if followsComplementNoun(index, kind: .organizationComplement, sentenceStart: sentenceStart) { return nil }
            // `sous la dictature de Salazar`, `aux côtés de Monet`: a person's or a body's.
            if followsComplementNoun(index, kind: .personComplement, sentenceStart: sentenceStart) { return nil }
            // `auprès de Bpifrance`: one turns to a person or a body, not a place.
            if index - 1 >= sentenceStart, context.key(index - 1) == "aupres" { return nil }
            if headsTowards(index, sentenceStart: sentenceStart) { return .context }
            return context.isDe(index) ? .guess : nil
        }
        if traits[index].isArticle, index - 1 >= sentenceStart {
            let before = context.key(index - 1)
            if before == "dans" || before == "sur" || before == "vers" { return .context }
            // `à l'Olympia`, `à la Pontaise`: a venue, weakly.
            if context.isLa(index), before == "a", context.norm(index - 1) == "à", !traits[start].isListedWord {
                return .guess
            }
            if context.isLa(index), traits[index - 1].isDeForm,
                followsPlaceComplementNoun(index - 1, sentenceStart: sentenceStart)
                    || headsTowards(index - 1, sentenceStart: sentenceStart)
            {
                return .context
            }
        }
        return nil
    }

    /// Whether the `de` at `index` follows a noun whose complement is a place, across
    /// adjectives: `centre hospitalier de`, `tribunal correctionnel de`, `habitants de`.
    func followsPlaceComplementNoun(_ index: Int, sentenceStart: Int) -> Bool {
        followsComplementNoun(index, kind: .placeComplement, sentenceStart: sentenceStart)
    }

    /// Whether the name at `start` is the `de` complement of a noun whose complement is a
    /// place (`le tribunal de`, `la circonscription de`, `l'hôpital de la`): a place, though
    /// it has more words than a known place or opens with a first name.
    func isPlaceComplement(_ start: Int, sentenceStart: Int) -> Bool {
        var index = start - 1
        if index - 1 >= sentenceStart, context.traits[index].isWord, context.isLa(index) { index -= 1 }
        return index - 1 >= sentenceStart && context.traits[index].isWord && context.isDe(index)
            && followsPlaceComplementNoun(index, sentenceStart: sentenceStart)
    }

    /// Whether the `de` at `index` ends `en direction de`: a heading is to a place (`en
    /// direction de la Vézère`), though `la direction de X` is a company's management.
    func headsTowards(_ index: Int, sentenceStart: Int) -> Bool {
        index - 2 >= sentenceStart && context.key(index - 1) == "direction" && context.key(index - 2) == "en"
    }

    /// The first word of the name before `et de` or `ou de` whose `de` is at `index`,
    /// when a `de` comes right before that name too (`de Monet et de Pissarro`).
    func coordinatedName(before index: Int, sentenceStart: Int) -> Int? {
        let traits = context.traits
        let conjunction = index - 1
        guard conjunction > sentenceStart, traits[conjunction].isWord,
            context.isCoordinator(conjunction)
        else { return nil }
        var first = conjunction
        while first - 1 >= sentenceStart, conjunction - first < 4, traits[first - 1].isWord,
            traits[first - 1].isCapitalized,
            !traits[first - 1].isElision
        {
            first -= 1
        }
        guard first < conjunction, first - 1 >= sentenceStart, traits[first - 1].isDeForm else { return nil }
        return first
    }

    /// `côtés` (`aux côtés de X`), whose folding key is that of `côtes` (`les côtes de X`).
    static let sideWords = EntityWordLists.roles.words(.side)

    /// Whether the `de` at `index` follows a noun of cue `kind`, across adjectives; a role
    /// noun may be capitalised (`le Haut-commissaire de la Bougouriba`).
    func followsComplementNoun(_ index: Int, kind: CueKind, sentenceStart: Int) -> Bool {
        let traits = context.traits
        var before = index - 1
        var adjectives = 0
        while before >= sentenceStart, adjectives <= 2 {
            let token = traits[before]
            guard token.isWord, !token.isCapitalized || (token.isRole && token.cue.contains(kind)) else {
                return false
            }
            if token.cue.contains(kind) {
                // `aux côtés de` folds as `côtes de` does: the accent tells the person's side.
                let side = Self.sideWords.contains(context.norm(before))
                return kind == .placeComplement
                    ? !side : kind != .personComplement || side || !token.cue.contains(.placeComplement)
            }
            guard token.isAdjective else { return false }
            adjectives += 1
            before -= 1
        }
        return false
    }

    /// The label a cue noun before `start` gives: next to the name across adjectives
    /// (`le groupe lyonnais Valtéo` → ORG), with its own complement between (`la
    /// société de transport Transvallée`, `le fabricant de composants automobiles
    /// Néolis`), or, for places, through `de` (`la ville de Rafah`, `les eaux du Nil`).
    func cueLabel(before start: Int, sentenceStart: Int) -> Entity.Label? {
        let traits = context.traits
        var index = start - 1
        // Lowercase words between `de` and the name: the cue's own complement.
        var complement = 0
        var complementHasNoun = false
        var crossedDe = false
        var articleBeforeName = false
        var adjectivesAfterDe = 0
        while index >= sentenceStart, start - index <= 7 {
            let token = traits[index]
            // `la société du ministre Dupont`: a role noun between makes the name a person's.
            guard token.isWord, !token.isCapitalized || token.isAcronym, !token.isRole || token.isAdjective else {
                return nil
            }
            if var label = token.cue.cueLabel {
                // `le fabricant de pièces aéronautiques X`: a cue that is itself the complement
                // of a cue before it gives way to that one.
                if let outer = outerCueLabel(before: index, sentenceStart: sentenceStart) { label = outer }
                if crossedDe {
                    // `le restaurant de Paul Bocuse`: a first name and a surname through `de`
                    // are the establishment's owner, a person.
                    if complement == 0 {
                        let owner = token.cue.contains(.venue) && isFullName(at: start)
                        return label == .location && !owner ? label : nil
                    }
                    // `le club de football Jean Dupont`: a person's name is not the cue's.
                    return traits[start].isFirstName ? nil : label
                }
                // One noun between is the cue's apposition (`le groupe horloger X`); more
                // make a complement of their own (`la société mère du groupe X`).
                if complementHasNoun && complement > 1 || articleBeforeName { return nil }
                return label
            }
            if crossedDe {
                // `la ville portuaire de`.
                guard token.isAdjective, adjectivesAfterDe < 2 else { return nil }
                adjectivesAfterDe += 1
            } else if token.isDeForm {
                crossedDe = true
            } else if complement == 0, !articleBeforeName, context.isLa(index) {
                // `de la`, `de l'`: step over the article to `de`.
                articleBeforeName = true
            } else if !articleBeforeName, complement < 3, token.isAdjective || isComplementNoun(index) {
                complement += 1
                // An unknown word right after a cue is most often its adjective: `le groupe hôtelier X`.
                if !token.isAdjective, token.wordClass != nil { complementHasNoun = true }
            } else {
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// Whether a first name and another capitalised word begin at `start` (`Paul Bocuse`).
    private func isFullName(at start: Int) -> Bool {
        let traits = context.traits
        return traits[start].isFirstName && start + 1 < traits.count && traits[start + 1].isWord
            && traits[start + 1].isCapitalized
    }

    /// The label of a cue noun whose `de` complement begins at `index` (`fabricant` for
    /// `pièces` in `fabricant de pièces`), if any.
    private func outerCueLabel(before index: Int, sentenceStart: Int) -> Entity.Label? {
        let traits = context.traits
        guard index - 2 >= sentenceStart, traits[index - 1].isWord,
            context.isDe(index - 1),
            traits[index - 2].isWord, !traits[index - 2].isCapitalized
        else { return nil }
        return traits[index - 2].cue.cueLabel
    }

    /// A lowercase noun that can be a cue's complement (`transport` in `société de
    /// transport`): a listed noun, or an unknown long word that is no verb.
    private func isComplementNoun(_ index: Int) -> Bool {
        let token = context.traits[index]
        guard token.isWord, !token.isCapitalized, !token.isElision else { return false }
        switch token.wordClass {
        case .noun?: return true
        case nil: return token.isLong
        default: return false
        }
    }

    /// Words that begin or end multi-word place names in many languages.
    static let placeNameWords = EntityWordLists.places.keys(.nameWord)

    /// Whether a multi-word run opens with a word that begins place names and not
    /// personal ones (`San`, `Santa`, `Port`; not the articles of `La Fontaine`).
    func opensPlaceName(_ run: Range<Int>) -> Bool {
        let key = context.key(run.lowerBound)
        return Self.placeNameWords.contains(key) && !context.traits[run.lowerBound].isArticle && key != "el"
            && key != "saint" && key != "sainte"
    }

    /// Whether a multi-word run looks like a place name (`Salt Lake City`, `Port Moresby`,
    /// `Haut Katanga`), with no organisation's head noun in it (`au Haut Conseil`).
    func looksLikePlaceName(_ run: Range<Int>) -> Bool {
        if run.contains(where: { context.traits[$0].cue.headLabel == .organization }) { return false }
        let last = context.key(run.upperBound - 1)
        return Self.placeNameWords.contains(context.key(run.lowerBound))
            || Self.placeNameWords.contains(last)
            || lexicons.knownNames[last]?.contains { $0.label == .location && $0.keys.count == 1 } == true
    }

    /// Whether the word before `start` is a determiner or contracted preposition
    /// (`la CFDT`, `du Hamas`).
    func hasDeterminer(before start: Int, sentenceStart: Int) -> Bool {
        let index = start - 1
        guard index >= sentenceStart, context.traits[index].isWord else { return false }
        return context.traits[index].isDeterminer
    }

    /// Plural and contracted articles and `ces`: no apposition to one name follows them.
    static let notAppositionDeterminers = EntityContext.pluralArticles.union(
        FrenchWordLists.grammar.keys(.contracted)
    ).union(["ces"])

    /// The label a cue noun in apposition after the name gives: `Rafah, la ville la plus
    /// au sud`, `Arequipa, la deuxième ville du pays`, `Valtéo, le groupe lyonnais`.
    func cueLabel(after end: Int, limit: Int) -> Entity.Label? {
        guard context.isPunct(end, 0x2C) else { return nil }
        let traits = context.traits
        var index = end + 1
        var sawDeterminer = false
        while index < limit, index - end <= 4 {
            let token = traits[index]
            guard token.isWord, !token.isCapitalized else { return nil }
            if let label = token.cue.cueLabel {
                return sawDeterminer && closesApposition(after: index, limit: limit) ? label : nil
            }
            // `Épinal, les journaux étrangers`: a plural is no apposition to one name; nor
            // is a preposition's phrase (`Athletissima, au stade de la Pontaise`).
            if Self.notAppositionDeterminers.contains(context.key(index)) { return nil }
            if token.isDeterminer || token.isRoleModifier || context.norm(index).hasSuffix("ième") || token.isAdjective
                || context.key(index) == "plus"
            {
                sawDeterminer = sawDeterminer || token.isDeterminer
                index += 1
                continue
            }
            return nil
        }
        return nil
    }

    /// Whether the phrase of the cue noun at `index` ends as an apposition does, with
    /// punctuation or a relative clause, not with a verb: `Rafah, la ville la plus au
    /// sud, …` but not `Au centre de Quimperlé, le plan blanc a été déclenché`.
    func closesApposition(after index: Int, limit: Int) -> Bool {
        let traits = context.traits
        var next = index + 1
        while next < limit, next - index <= 10 {
            let token = traits[next]
            if !token.isWord { return context.tokens.kind(at: next) != .quote }
            if EntityContext.relatives.contains(context.key(next)) { return true }
            if token.isVerb, !isParticiple(next) { return false }
            next += 1
        }
        return true
    }

    /// Whether the word at `index` ends as a past participle (`spécialisé`, `fondée`).
    func isParticiple(_ index: Int) -> Bool {
        OrganizationHeads.isParticiple(context.norm(index))
    }

    /// Relative pronouns (not the elided `qu'`) and `et`, `ou`: they end a phrase name.
    static let phraseNameStops = EntityContext.relatives.subtracting(FrenchWordLists.grammar.keys(.elided)).union(
        EntityContext.coordinators)

    /// After a cue noun, a name made of a capitalised common word and lowercase words
    /// up to a punctuation mark: `l'association Toits pour tous, qu'il dirigeait`. A
    /// letter alone names no phrase (`le groupe B jouera mardi`, `un plan B pour la réforme`).
    func phraseNameEnd(after first: Int, limit: Int) -> Int? {
        let traits = context.traits
        let norm = context.norm(first)
        guard norm.count > 1 else { return nil }
        let singular = norm.hasSuffix("s") || norm.hasSuffix("x") ? String(norm.dropLast()) : norm
        guard traits[first].isCommonWord || lexicons.commonWords[singular] == .noun else { return nil }
        var index = first + 1
        while index < limit, index - first <= 4 {
            let token = traits[index]
            if !token.isWord {
                return context.tokens.kind(at: index) == .punct && index > first + 1 ? index : nil
            }
            if token.isCapitalized || token.isElision || token.isVerb
                || Self.phraseNameStops.contains(context.key(index))
            {
                return nil
            }
            index += 1
        }
        return nil
    }
}
