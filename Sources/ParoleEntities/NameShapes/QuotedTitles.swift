import ParoleCore

/// Titles of works, plans and shows quoted in the text: a short capitalised phrase
/// between quotation marks with no verb in it. After a naming word (`baptisé`,
/// `intitulé`) or a cue noun (`le film`, `la section`, `la revue`), the phrase may hold
/// capitalised and elided words (`baptisé « Horizon Mobilité »`, `la section « Vents
/// d'ouest »`) and takes the cue's label (MISC, or ORG after `la revue`); after a
/// determiner (`des « Gardiens du phare »`), or when it begins with a common word (`«
/// Marée basse »`), it is lowercase after its first word. After a determiner the marks
/// make a title of any name's shape: one unknown word (`du « Superclasico »`), a number
/// (`le « Journal 2 »`), an elided `de` (`la « Pantoufle d'honneur »`); after a work noun,
/// of a sentence too (`l'ouvrage « Le meilleur est à venir »`). Scare quotes around
/// lowercase words (`« positifs »`) and other quoted sentences are left alone.
struct QuotedTitles {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// Past participles that introduce a name (by key).
    static let namingWords = EntityWordLists.roles.keys(.naming)

    /// The longest title, in words.
    static let maximumWords = 6

    /// The quoted titles of the sentence `range`, marking their tokens in `claimed`. A
    /// title after a naming word or a cue takes in the names of `existing` inside its
    /// marks (`baptisée « Horizons d'écume »`): the caller drops them.
    func find(in range: Range<Int>, existing: [Mention], claimed: inout [Bool]) -> [Mention] {
        let tokens = context.tokens
        let traits = context.traits
        var mentions: [Mention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard tokens.kind(at: index) == .quote else {
                index += 1
                continue
            }
            // A mark typed twice (`‘’Aar Sunu élection’’`, as some news agencies write
            // quotation marks) opens and closes once.
            let start = isDoubled(index) ? index + 2 : index + 1
            var end = start
            // A number may follow a title's first word: `« Journal 2 »`.
            while end < range.upperBound, end - start <= Self.maximumWords,
                tokens.kind(at: end) == .word || (end > start && tokens.kind(at: end) == .number)
            {
                end += 1
            }
            // A quotation that opens the sentence is speech.
            guard end < range.upperBound, tokens.kind(at: end) == .quote, end > start, index > range.lowerBound else {
                index += 1
                continue
            }
            let words = start..<end
            let first = traits[start]
            // `« L'Histoire de Souleymane »`: an elided article before a capitalised word.
            let elidedOpening = first.isElision && start + 1 < end && traits[start + 1].isCapitalized
            // A work's title may be a sentence: `l'ouvrage « Le meilleur est à venir »`.
            let isPhrase =
                first.isCapitalized && !first.isAcronym && (!first.isElision || elidedOpening)
                && (followsWorkNoun(index, sentenceStart: range.lowerBound)
                    || !words.contains { traits[$0].isVerb && !isParticiple($0) })
            let isFree = !words.contains { claimed[$0] }
            // Names inside the marks, none reaching out of them, and not the whole phrase.
            let holdsNames =
                !existing.contains {
                    $0.tokens.overlaps(words) && ($0.tokens.lowerBound < start || $0.tokens.upperBound > end)
                }
                && !existing.contains { $0.tokens == words && $0.strength == .lexicon }
            let label = titleLabel(
                open: index, words: words, isPhrase: isPhrase, isFree: isFree, holdsNames: holdsNames,
                sentenceStart: range.lowerBound)
            if let label {
                mentions.append(Mention(tokens: words, label: label, strength: .context))
                for token in words { claimed[token] = true }
            }
            index = isDoubled(end) ? end + 2 : end + 1
        }
        return mentions
    }

    /// The label of the quoted words `words` opened by the mark at `open`: a cue's label, or
    /// `MISC` for the shapes of a title; `nil` when the words are no title. `isPhrase` tells
    /// that they may be a title at all, `isFree` that no name claims them, `holdsNames` that
    /// the names inside stay inside the marks.
    private func titleLabel(
        open: Int, words: Range<Int>, isPhrase: Bool, isFree: Bool, holdsNames: Bool, sentenceStart: Int
    ) -> Entity.Label? {
        let traits = context.traits
        let first = traits[words.lowerBound]
        let start = words.lowerBound
        guard isPhrase else { return nil }
        var label: Entity.Label?
        if isFree || holdsNames,
            let cue = cueLabel(before: open, first: start, sentenceStart: sentenceStart)
        {
            label = cue
        } else if isFree || (holdsNames && words.count >= 3), words.count >= 2, first.isFunctionWord,
            traits[start + 1].isCapitalized, !traits[start + 1].isFunctionWord
        {
            // `à « Les Chiens de la lune »`: an article and a capitalised word open a title.
            label = .miscellaneous
        } else if isFree, words.count >= 2, !words.contains(where: { traits[$0].isElision }),
            first.isCommonWord && !first.isFunctionWord
                && words.dropFirst().allSatisfy({ !traits[$0].isCapitalized })
                || (traits[open - 1].isDeterminer || traits[open - 1].isDeForm) && !first.isFunctionWord
        {
            // `« Marée basse »`; after a determiner, capitals too: `des « Gardiens du Phare »`.
            label = .miscellaneous
        } else if isFree || holdsNames, words.count >= 3, isNoun(start),
            traits[start + 1].isDeForm,
            words.dropFirst(2).allSatisfy({ traits[$0].isCapitalized || traits[$0].isArticle })
        {
            // `« Déclaration de Genève »`, `« Portrait de Madeleine »`, `« Lumières du Nord »`:
            // a common noun and a name as its complement.
            label = .miscellaneous
        }
        // After a determiner, the marks make a title of what the shapes above leave: one
        // unknown word (`du « Superclasico »`), an elided `de` (`la « Pantoufle d'honneur »`).
        if label == nil, isFree, traits[open - 1].isWord,
            traits[open - 1].isDeterminer || traits[open - 1].isDeForm, !first.isFunctionWord,
            words.count >= 2 || !first.isListedWord
        {
            label = .miscellaneous
        }
        return label
    }

    /// Nouns of works (`livre`, `film`, `émission`), by key (`entities-role-words.txt`).
    static let workNouns = EntityWordLists.roles.keys(.work)

    /// Whether the word right before the quotation mark at `open` is a lowercase noun of
    /// a work: the title after it may be a sentence.
    private func followsWorkNoun(_ open: Int, sentenceStart: Int) -> Bool {
        let before = open - 1
        return before >= sentenceStart && context.traits[before].isWord && !context.traits[before].isCapitalized
            && Self.workNouns.contains(context.key(before))
    }

    /// Whether the quotation mark at `index` has a second mark glued right after it.
    private func isDoubled(_ index: Int) -> Bool {
        let tokens = context.tokens
        guard index + 1 < tokens.count, tokens.kind(at: index + 1) == .quote else { return false }
        return tokens.span(at: index).end == tokens.span(at: index + 1).start
    }

    /// The label the words before the opening mark at `open` give a title: a naming
    /// word gives MISC, a cue noun its own label (across adjectives and a complement:
    /// `son plan de réorganisation baptisé`); `first` is the title's first word.
    private func cueLabel(before open: Int, first: Int, sentenceStart: Int) -> Entity.Label? {
        let traits = context.traits
        var index = open - 1
        var naming = false
        var crossedDe = false
        var label: Entity.Label?
        while index >= sentenceStart, open - index <= 6 {
            let token = traits[index]
            guard token.isWord, !token.isCapitalized else { break }
            let key = context.key(index)
            if Self.namingWords.contains(key) {
                naming = true
            } else if let cue = token.cue.cueLabel, cue != .location, cue != .person {
                label = cue
                break
            } else if !(token.isAdjective || token.isDeForm || token.isArticle || (naming && token.wordClass == .noun))
            {
                break
            }
            if token.isDeForm { crossedDe = true }
            index -= 1
        }
        if naming { return label == .organization ? .organization : .miscellaneous }
        // Without a naming word, a phrase that opens with a function word and goes on in
        // lowercase is speech (`le plan de « Une honte »`), not a title (`« La Belle Saison »`),
        // unless the cue noun stands right before the marks (`l'initiative populaire « Pour
        // un logement abordable »`).
        if crossedDe || label == nil, context.traits[first].wordClass == .function,
            !context.traits[first + 1].isCapitalized
        {
            return nil
        }
        return label
    }

    /// Whether the word at `index` is a listed noun, or the plural of one (`Lumières`).
    private func isNoun(_ index: Int) -> Bool {
        let traits = context.traits[index]
        if traits.wordClass == .noun { return true }
        guard traits.wordClass == nil else { return false }
        let norm = context.norm(index)
        guard norm.hasSuffix("s") || norm.hasSuffix("x") else { return false }
        return lexicons.commonWords[String(norm.dropLast())] == .noun
    }

    /// Whether the word at `index` ends as a past participle (`perdu` is not caught).
    private func isParticiple(_ index: Int) -> Bool {
        PlaceCues(lexicons: lexicons, context: context).isParticiple(index)
    }
}
