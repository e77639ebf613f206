import ParoleCore

/// In-document propagation: once `Blinken` is a person, every `Blinken` is; once
/// `Valtéo` is an organisation (`le groupe Valtéo`), `Le titre Valtéo` is too. The
/// best-supported label of each name wins, and names seen with support are found
/// again where no rule fired (`Rafah est le principal …` at a sentence start).
struct DocumentPropagation {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// The keys by which a person's later mentions may name them: the surname
    /// (`blinken`), without a joined particle (`sissi` for `al-Sissi`), and the part
    /// after the first name (`le goff`, `von der leyen`).
    func surnameKeys(_ range: Range<Int>) -> [String] {
        guard range.count >= 2 else { return [] }
        var keys: [String] = [context.key((range.lowerBound + 1)..<range.upperBound)]
        let last = context.key(range.upperBound - 1)
        keys.append(last)
        for prefix in EntityContext.joinedParticles where last.hasPrefix(prefix) {
            keys.append(String(last.dropFirst(prefix.count)))
        }
        return keys
    }

    /// Whether a key can name someone on its own: not a function word or a verb (`il`, `voici`).
    private func isNameLike(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        guard let last = words.last else { return false }
        return lexicons.commonWords[String(last)].map { $0 != .function && $0 != .verb } ?? true
    }

    /// What the document as a whole says about each name form: its best label, the
    /// guesses made with a determiner or a cue, the surnames of people, the longest name.
    private struct NameEvidence {
        /// The best label of each form, the strength of its evidence and how often it was seen.
        var best: [String: (label: Entity.Label, strength: Mention.Strength, count: Int)] = [:]
        /// Among guesses, a name once seen with a determiner (`la Nintendo`) is no person.
        var determinerGuesses: [String: Entity.Label] = [:]
        /// The first cued guess of each name (`de Goma`): a default elsewhere yields to it.
        var cuedGuesses: [String: Entity.Label] = [:]
        /// The surnames of the people named, with the strongest evidence for each.
        var surnames: [String: Mention.Strength] = [:]
        /// The first names that open a person's full name in the document (`youssef`).
        var givenNames: Set<String> = []
        /// The first names alone that a place cue made towns (`à Constantine`, `de Saïda`).
        var placeFirstNames: Set<String> = []
        /// Those of them that are persons after all (see ``settleFirstNames()``).
        var personFirstNames: Set<String> = []
        /// The number of tokens of the longest mention.
        var longest = 1
        /// The words of longer names that are no place's (`Orvane` in `Orvane Technologies`):
        /// a place guessed from a bare preposition (`d'Orvane`) is not found again from them.
        var wordsOfOtherNames: Set<String> = []

        /// Whether a name is found again where no rule fired: a name with a cue, or a
        /// one-word place a bare preposition guessed (`élus de Moutier` … `où Moutier
        /// s'apprête`, `la prise de Saraqeb` … `« Saraqeb est`) that no longer name contains
        /// and that is more than an initial or an abbreviation (`de S. M.`, `C. G. T.`).
        func isFoundAgain(_ form: String) -> Bool {
            guard let known = best[form] else { return false }
            if known.strength >= .context { return true }
            return known.label == .location && form.utf8.count >= 3 && !form.utf8.contains(0x20)
                && !wordsOfOtherNames.contains(form)
        }

        /// A first name alone that a place cue made a town is a person's where the document
        /// names someone in full with it (`Youssef El Amrani` … `justice est rendue à
        /// Youssef`) or calls someone by a first name alone (`callsByFirstName`: a story's
        /// `Charlotte pleurait` … `rien à Edouard`; `Marie, 34 ans` … `écrit à Marie`),
        /// unless stronger evidence makes it a place (`Paris`).
        mutating func settleFirstNames(callsByFirstName: Bool) {
            for form in placeFirstNames
            where (best[form]?.strength ?? .guess) <= .context && (callsByFirstName || givenNames.contains(form)) {
                personFirstNames.insert(form)
                best[form] = (.person, .context, 1)
            }
            placeFirstNames.subtract(personFirstNames)
        }

        /// A shorter form of an organisation's name, supported unless the document says more.
        mutating func lendOrganization(to form: String, strength: Mention.Strength) {
            if best[form].map({ $0.strength < strength }) ?? true { best[form] = (.organization, strength, 1) }
        }
    }

    /// The mentions relabelled by the document's best evidence, plus the mentions of
    /// known names that no rule found.
    func apply(to mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        let forms = mentions.map { context.key($0.tokens) }
        let evidence = self.evidence(mentions, forms: forms)
        var result = relabel(mentions, forms: forms, by: evidence)
        result += foundAgain(by: evidence, claimed: &claimed)
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// What `mentions` (whose keys are `forms`) say about each name of the document.
    private func evidence(_ mentions: [Mention], forms: [String]) -> NameEvidence {
        var evidence = NameEvidence()
        for (index, mention) in mentions.enumerated()
        where mention.strength == .guess && mention.label == .organization && mention.tokens.count == 1 {
            evidence.determinerGuesses[forms[index]] = .organization
        }
        for (index, mention) in mentions.enumerated() where mention.strength == .guess && !mention.isDefault {
            if evidence.cuedGuesses[forms[index]] == nil { evidence.cuedGuesses[forms[index]] = mention.label }
        }
        for (index, mention) in mentions.enumerated() {
            let form = forms[index]
            if let current = evidence.best[form] {
                if mention.strength > current.strength {
                    evidence.best[form] = (mention.label, mention.strength, 1)
                } else if mention.strength == current.strength, mention.label == current.label {
                    evidence.best[form]?.count += 1
                }
            } else {
                evidence.best[form] = (mention.label, mention.strength, 1)
            }
            evidence.longest = max(evidence.longest, mention.tokens.count)
            if mention.tokens.count >= 2, mention.label != .location {
                for token in mention.tokens { evidence.wordsOfOtherNames.insert(context.key(token)) }
            }
            // `Servette FC`, `FC Lugano`: the club is later named without its abbreviation.
            if let core = clubCore(of: mention) { evidence.lendOrganization(to: context.key(core), strength: .context) }
            // `Les Engagés`, `Les Républicains`: the party is also named after `des`, `aux`.
            if mention.label == .organization, mention.tokens.count >= 2,
                context.traits[mention.tokens.lowerBound].isCapitalized, context.key(mention.tokens.lowerBound) == "les"
            {
                evidence.lendOrganization(
                    to: context.key((mention.tokens.lowerBound + 1)..<mention.tokens.upperBound), strength: .strong)
            }
            if context.traits[mention.tokens.lowerBound].isFirstName { noteFirstName(mention, form, in: &evidence) }
            // A full name guessed a person's (`Klára Dvořáková`, no known first name) still
            // lends its surname to the guesses that repeat it (`la victoire de Dvořáková`).
            if mention.label == .person, mention.strength >= .strong || mention.tokens.count >= 2 {
                for surname in surnameKeys(mention.tokens) where surname.count > 1 && isNameLike(surname) {
                    evidence.surnames[surname] = max(evidence.surnames[surname] ?? .guess, mention.strength)
                }
            }
        }
        if !evidence.placeFirstNames.isEmpty {
            evidence.settleFirstNames(callsByFirstName: callsByFirstName(mentions))
        }
        return evidence
    }

    /// Whether the document writes a first name alone, between words that are not
    /// capitalised, in no mention but a one-word person's and not after a bare `de`
    /// (which is as often a place's: `les centres de santé de Saïda`); a sentence's first
    /// word counts when the lexicon has no common word of its shape (`Pierre`).
    private func callsByFirstName(_ mentions: [Mention]) -> Bool {
        var covered = Set<Int>()
        for mention in mentions where mention.label != .person || mention.tokens.count > 1 {
            covered.formUnion(mention.tokens)
        }
        let traits = context.traits
        for range in context.sentenceRanges {
            for index in range where traits[index].isFirstName && traits[index].isCapitalized {
                let before = index - 1
                let after = index + 1
                guard !covered.contains(index), !traits[index].isSentenceInitial || !traits[index].isCommonWord,
                    before < range.lowerBound || !(traits[before].isDeForm || traits[before].isCapitalized),
                    after >= range.upperBound || !traits[after].isCapitalized
                else { continue }
                return true
            }
        }
        return false
    }

    /// Records what the mention opened by a first name says of first names.
    private func noteFirstName(_ mention: Mention, _ form: String, in evidence: inout NameEvidence) {
        if mention.label == .person, mention.tokens.count > 1 {
            evidence.givenNames.insert(context.key(mention.tokens.lowerBound))
        } else if mention.label == .location, mention.tokens.count == 1, mention.strength == .context {
            evidence.placeFirstNames.insert(form)
        }
    }

    /// `mentions` with the labels the document's evidence gives them.
    private func relabel(_ mentions: [Mention], forms: [String], by evidence: NameEvidence) -> [Mention] {
        var result = mentions
        for index in result.indices {
            let mention = result[index]
            guard mention.strength < .lexicon else { continue }
            let form = forms[index]
            if mention.tokens.count == 1, context.traits[mention.tokens.lowerBound].isFirstName,
                let label = firstNameLabel(mention, form, by: evidence)
            {
                result[index].label = label
                continue
            }
            if let strength = evidence.surnames[form],
                strength > mention.strength || mention.label == .person
                    || (mention.strength == .guess && mention.tokens.count == 1
                        && !followsDeterminer(mention.tokens.lowerBound))
            {
                if mention.label != .person { result[index].label = .person }
                result[index].strength = max(mention.strength, .context)
                continue
            }
            if let known = evidence.best[form], known.strength > mention.strength, known.label != mention.label {
                result[index].label = known.label
                result[index].strength = .context
            } else if mention.strength == .guess, let label = evidence.determinerGuesses[form] {
                result[index].label = label
            } else if mention.isDefault, let label = evidence.cuedGuesses[form] {
                result[index].label = label
            } else if mention.isDefault, mention.label == .person, evidence.isFoundAgain(form),
                evidence.best[form]?.label == .location
            {
                // `les élus de Moutier` … `où Moutier s'apprête`: a person by default alone is
                // the place the document guessed from a bare preposition.
                result[index].label = .location
            }
        }
        return result
    }

    /// The label the document gives a first name alone, when it changes it: a person's
    /// where ``NameEvidence/settleFirstNames()`` says so; a town's after a bare `de` when a
    /// place cue made it one elsewhere (`l'hôpital de Saïda` … `les centres de santé de
    /// Saïda`).
    private func firstNameLabel(_ mention: Mention, _ form: String, by evidence: NameEvidence) -> Entity.Label? {
        if mention.label == .location, evidence.personFirstNames.contains(form) { return .person }
        let before = mention.tokens.lowerBound - 1
        guard mention.label == .person, mention.strength <= .context, evidence.placeFirstNames.contains(form),
            before >= 0, context.traits[before].isDeForm
        else { return nil }
        return .location
    }

    /// Supported names found again where no rule fired, marked in `claimed`. A name can be
    /// found at a token only if its first word is the token's key up to any space: the
    /// others are skipped without building their keys.
    private func foundAgain(by evidence: NameEvidence, claimed: inout [Bool]) -> [Mention] {
        var heads: Set<String> = Set(evidence.surnames.keys.map(Self.head(of:)))
        for form in evidence.best.keys where evidence.isFoundAgain(form) { heads.insert(Self.head(of: form)) }
        let traits = context.traits
        var result: [Mention] = []
        for range in context.sentenceRanges {
            var index = range.lowerBound
            while index < range.upperBound {
                let token = traits[index]
                guard !claimed[index], token.isCapitalized || token.isParticleName,
                    !(token.isSentenceInitial && token.wordClass == .function),
                    heads.contains(Self.head(of: context.key(index)))
                else {
                    index += 1
                    continue
                }
                var found: Mention?
                var length = min(evidence.longest, range.upperBound - index)
                while length >= 1, found == nil {
                    let tokens = index..<(index + length)
                    if !tokens.contains(where: { claimed[$0] }) {
                        let form = context.key(tokens)
                        if evidence.surnames[form] != nil {
                            found = Mention(tokens: tokens, label: .person, strength: .context)
                        } else if evidence.isFoundAgain(form), let known = evidence.best[form] {
                            found = Mention(tokens: tokens, label: known.label, strength: .context)
                        }
                    }
                    length -= 1
                }
                if let found {
                    result.append(found)
                    for token in found.tokens { claimed[token] = true }
                    index = found.tokens.upperBound
                } else {
                    index += 1
                }
            }
        }
        return result
    }

    /// The word of a two-word club name that is not its abbreviation (`Servette` in
    /// `Servette FC`), when that word names nothing else known (`Bâle` in `FC Bâle` is a city).
    private func clubCore(of mention: Mention) -> Int? {
        guard mention.label == .organization, mention.tokens.count == 2, mention.strength >= .strong else { return nil }
        let traits = context.traits
        let first = mention.tokens.lowerBound
        let last = first + 1
        let core: Int
        if traits[first].isAcronym, traits[first].cue.contains(.organizationPrefix) {
            core = last
        } else if traits[last].isAcronym, traits[last].cue.contains(.organizationTail) {
            core = first
        } else {
            return nil
        }
        let token = traits[core]
        guard token.isCapitalized, !token.isAcronym, !token.beginsKnownName, !token.isListedWord, !token.isFirstName
        else { return nil }
        return core
    }

    /// Whether a determiner comes right before token `index` (`les Jazz`): a name so
    /// written is no person's.
    private func followsDeterminer(_ index: Int) -> Bool {
        index > 0 && context.traits[index - 1].isWord && context.traits[index - 1].isDeterminer
    }

    /// A key up to its first space (`jean` for `jean dupont`), or the whole key. A key
    /// and any key equal to it agree on it: a space neither composes nor decomposes.
    static func head(of key: String) -> String {
        guard let space = key.utf8.firstIndex(of: 0x20) else { return key }
        return String(key[..<space])
    }
}
