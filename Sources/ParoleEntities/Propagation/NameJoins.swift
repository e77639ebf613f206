import ParoleCore

/// Names that the sentence rules found in pieces, joined once the document has agreed on
/// its labels, and names that run into the next one, split:
///
/// - a thing named after a person: `le boson de Higgs`, `la comète de Halley` (MISC,
///   the head noun from `entities-eponym-heads.txt` included);
/// - an event and its year: `l'Euro 2016`, `le Mondial 2022`;
/// - a company named by its parts: `PSA Peugeot Citroën`, `BNP Paribas Fortis`
///   (organisations side by side, or an organisation and an unknown word);
/// - first names, `de` and a surname: `María Dolores de Cospedal`; a surname, `de` and a
///   word the document writes only after them: `Geoffroy Coomans de Brachène`;
/// - a person's name that goes on over an elided particle glued to the next word
///   (`Michaël Goblet d'Alviella`, `Pierre L'Alloret`) or over a hyphen typed after a
///   space between two first names (`Jean -Yves Guérini`);
/// - an organisation's name that runs into a person's: `l'agence RIA Novosti Valentine
///   Sapounov` is `RIA Novosti` and `Valentine Sapounov`.
struct NameJoins {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// `mentions`, joined and split as above, in text order.
    func apply(to mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        var result = mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        result = splitRunOns(result)
        result = joinEponyms(result, claimed: &claimed)
        result = joinEventYears(result, claimed: &claimed)
        result = joinNeighbours(result)
        return result
    }

    // MARK: Named after a person

    /// `boson de Higgs`: a head noun, `de` or `d'`, then a name, is one MISC name.
    private func joinEponyms(_ mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        guard !lexicons.eponymHeads.isEmpty else { return mentions }
        let traits = context.traits
        var result: [Mention] = []
        for mention in mentions {
            let start = mention.tokens.lowerBound
            guard start >= 2, mention.label != .miscellaneous, traits[start - 1].isDeForm,
                !traits[start - 1].isCapitalized,
                context.isDe(start - 1),
                traits[start - 2].isWord, lexicons.eponymHeads.contains(context.key(start - 2)),
                !context.isLineBreak(before: start - 1)
            else {
                result.append(mention)
                continue
            }
            let head = start - 2
            // A capitalised head found as a name of its own (`Boson` in a headline) goes.
            if let last = result.last, last.tokens.contains(head) {
                guard last.tokens.lowerBound == head, last.tokens.count == 1 else {
                    result.append(mention)
                    continue
                }
                result.removeLast()
            }
            var joined = Mention(tokens: head..<mention.tokens.upperBound, label: .miscellaneous, strength: .strong)
            joined.isDefault = false
            for token in joined.tokens { claimed[token] = true }
            result.append(joined)
        }
        return result
    }

    // MARK: Events and their year

    /// `Euro 2012`: an event (MISC) right before a year takes it in.
    private func joinEventYears(_ mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        var result = mentions
        for position in result.indices where result[position].label == .miscellaneous {
            let end = result[position].tokens.upperBound
            guard end < claimed.count, !claimed[end], isYear(end), !context.isLineBreak(before: end) else { continue }
            // `l'Euro 2012 2-1`: a number that goes on is a score, not a year.
            if end + 1 < claimed.count, context.tokens.kind(at: end + 1) == .number { continue }
            result[position].tokens = result[position].tokens.lowerBound..<(end + 1)
            claimed[end] = true
        }
        return result
    }

    /// Whether token `index` is a year from 1900 to 2099 written in four digits.
    private func isYear(_ index: Int) -> Bool {
        let span = context.tokens.span(at: index)
        guard context.tokens.kind(at: index) == .number, span.length == 4 else { return false }
        let units = context.utf16[span.start..<span.end]
        guard units.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let century = (units[span.start] - 0x30) * 10 + (units[span.start + 1] - 0x30)
        return century == 19 || century == 20
    }

    // MARK: Neighbours

    /// Organisations side by side (`PSA Peugeot Citroën`), and first names before `de` and
    /// a surname (`María Dolores de Cospedal`), are one name.
    private func joinNeighbours(_ mentions: [Mention]) -> [Mention] {
        let traits = context.traits
        var result: [Mention] = []
        var boundParts: [Int32]?
        for mention in mentions {
            // `Science & Technology Facilities Council`, `Reymond & Cie`, `Nick Cave & The Bad
            // Seeds`: capitalised words on both sides of `&` are one organisation's name.
            if let joined = ampersandJoin(mention, after: result.last) {
                if let last = result.last, joined.tokens.lowerBound <= last.tokens.lowerBound { result.removeLast() }
                result.append(joined)
                continue
            }
            guard var last = result.last else {
                result.append(mention)
                continue
            }
            let gap = mention.tokens.lowerBound - last.tokens.upperBound
            // `le New Jersey`: a guessed place right before a known one is its first word.
            if gap == 0, last.label == .location, mention.label == .location, last.strength < .strong,
                !context.isLineBreak(before: mention.tokens.lowerBound),
                !isSeparated(last.tokens.upperBound - 1, mention.tokens.lowerBound)
            {
                last.tokens = last.tokens.lowerBound..<mention.tokens.upperBound
                last.strength = mention.strength
                last.isDefault = false
                result[result.count - 1] = last
                continue
            }
            // (A cue noun in capitals before a name is the name's kind: `l'ONG Human Rights Watch`.)
            if gap == 0, last.label == .organization, !context.isLineBreak(before: mention.tokens.lowerBound),
                !(last.tokens.count == 1 && traits[last.tokens.lowerBound].cue.cueLabel != nil),
                // (a guessed one-word name only: `du Real Madrid Vinicius Junior` is a person after)
                mention.label == .organization
                    || (mention.isDefault && mention.tokens.count == 1
                        && !traits[mention.tokens.lowerBound].isFirstName),
                !traits[mention.tokens.lowerBound].isFirstName || mention.label == .organization,
                !isSeparated(last.tokens.upperBound - 1, mention.tokens.lowerBound)
            {
                last.tokens = last.tokens.lowerBound..<mention.tokens.upperBound
                last.isDefault = false
                result[result.count - 1] = last
                continue
            }
            if gap <= 1, let joined = particleJoin(last, mention) {
                result[result.count - 1] = joined
                continue
            }
            // The surname may have been guessed a place for its `de` (a known place stays one).
            if gap == 1, last.label == .person,
                mention.label == .person || mention.isDefault
                    || (mention.label == .location && mention.strength < .strong),
                traits[last.tokens.upperBound].isDeForm, !traits[last.tokens.upperBound].isCapitalized,
                context.isDe(last.tokens.upperBound),
                !traits[mention.tokens.lowerBound].isFirstName,
                last.tokens.allSatisfy({ traits[$0].isFirstName })
                    || isBoundParticleName(last, mention, boundParts: &boundParts)
            {
                last.tokens = last.tokens.lowerBound..<mention.tokens.upperBound
                last.isDefault = false
                last.label = .person
                if last.strength < mention.strength { last.strength = mention.strength }
                result[result.count - 1] = last
                continue
            }
            result.append(mention)
        }
        return result
    }

    /// Whether `de` and `mention` after the surname that ends the person `last` are the
    /// second part of a compound surname (`Geoffroy Coomans de Brachène`): the part after
    /// the particle is one word that the document never writes except after this surname
    /// and `de`. (A town of origin is written on its own too, or known as a place.)
    /// `boundParts` is ``particleParts()``, read once for the document when first needed.
    private func isBoundParticleName(_ last: Mention, _ mention: Mention, boundParts: inout [Int32]?)
        -> Bool
    {
        let traits = context.traits
        let surname = last.tokens.upperBound - 1
        guard mention.tokens.count == 1, !traits[surname].isFirstName, traits[surname].isCapitalized,
            !opensWithForeignArticle(mention.tokens.lowerBound)
        else { return false }
        if boundParts == nil { boundParts = particleParts() }
        return boundParts?[Int(traits[mention.tokens.lowerBound].form)] == traits[surname].form
    }

    /// For each form of the document, by its index, the form of the word that every one
    /// of its occurrences follows across a `de` (`Brachène` → `Coomans`), or a value no form
    /// has (`-1`) when an occurrence stands elsewhere or the occurrences disagree.
    private func particleParts() -> [Int32] {
        let traits = context.traits
        let unseen: Int32 = -2
        var parts = [Int32](repeating: unseen, count: context.keys.count)
        for index in 0..<traits.count {
            let follows = index >= 2 && context.isDe(index - 1) ? traits[index - 2].form : -1
            let form = Int(traits[index].form)
            if parts[form] == unseen {
                parts[form] = follows
            } else if parts[form] != follows {
                parts[form] = -1
            }
        }
        return parts
    }

    /// The person `last` and `mention` make across the one token between them: an elided
    /// particle glued to `mention` (`d'` after a first name and a surname: `Michaël Goblet
    /// d'Alviella`; a capitalised `L'` or `D'` after a first name: `Pierre L'Alloret`), or a
    /// hyphen with a space before it and none after, between first names (`Jean -Yves`).
    /// `mention` (which may begin with the particle: `L'Alloret` guessed a title) must be
    /// a person or a guess, never a known or well-attested place; `nil` when they do not join.
    private func particleJoin(_ last: Mention, _ mention: Mention) -> Mention? {
        let traits = context.traits
        let gap = last.tokens.upperBound
        let next = gap + 1
        guard last.label == .person, mention.tokens.contains(next), traits[last.tokens.lowerBound].isFirstName,
            mention.label == .person || mention.isDefault || mention.strength < .strong,
            !context.isLineBreak(before: gap), !context.isLineBreak(before: next),
            context.tokens.span(at: gap).end == context.tokens.span(at: next).start,
            traits[next].isWord, traits[next].isCapitalized, !traits[next].isAcronym
        else { return nil }
        let particle = traits[gap]
        let joins: Bool
        if particle.isWord, particle.isElision {
            // `d'` names a person's origin only after a surname; a capital elision is a name's.
            joins =
                particle.isCapitalized
                ? !traits[next].isFirstName
                : particle.isDeForm && last.tokens.count >= 2 && !traits[last.tokens.upperBound - 1].isFirstName
        } else {
            joins =
                context.isPunct(gap, 0x2D) && context.tokens.span(at: gap - 1).end < context.tokens.span(at: gap).start
                && traits[gap - 1].isFirstName && traits[next].isFirstName
        }
        guard joins, !opensWithForeignArticle(next) else { return nil }
        var joined = last
        joined.tokens = last.tokens.lowerBound..<mention.tokens.upperBound
        joined.isDefault = false
        if joined.strength < mention.strength { joined.strength = mention.strength }
        return joined
    }

    /// Whether the word at `index` opens with another language's article and a hyphen
    /// (`d'Al-Gharafa`, `d'El-Harrach`): a club's or a town's name, which no nobiliary
    /// `d'` introduces.
    private func opensWithForeignArticle(_ index: Int) -> Bool {
        let key = context.key(index)
        guard let hyphen = key.firstIndex(of: "-") else { return false }
        return EntityWordSets.shipped.foreignArticles.contains(String(key[..<hyphen]))
    }

    /// The organisation `mention` makes with the capitalised words before the `&` that
    /// opens it: the previous mention when it ends right before the `&`, else the
    /// capitalised words there (`du Science & Technology …`); `nil` when no `&` joins.
    private func ampersandJoin(_ mention: Mention, after last: Mention?) -> Mention? {
        let traits = context.traits
        let mark = mention.tokens.lowerBound - 1
        guard mark >= 1, context.isPunct(mark, 0x26), !context.isLineBreak(before: mark),
            !context.isLineBreak(before: mention.tokens.lowerBound), traits[mark - 1].isWord,
            traits[mark - 1].isCapitalized
        else { return nil }
        var start = mark - 1
        if let last, last.tokens.upperBound == mark {
            start = last.tokens.lowerBound
        } else {
            // Only unclaimed capitalised words: another mention's end is no part of this name.
            if let last, last.tokens.upperBound > start { return nil }
            while start - 1 >= 0, traits[start - 1].isWord, traits[start - 1].isCapitalized,
                !traits[start - 1].isSentenceInitial, !context.isLineBreak(before: start),
                last.map({ $0.tokens.upperBound <= start - 1 }) ?? true
            {
                start -= 1
            }
            if traits[start].isSentenceInitial, traits[start].isCommonWord { return nil }
        }
        var joined = Mention(tokens: start..<mention.tokens.upperBound, label: .organization, strength: .strong)
        joined.isDefault = false
        return joined
    }

    /// Whether anything but a space stands between the tokens at `left` and `right`.
    private func isSeparated(_ left: Int, _ right: Int) -> Bool {
        let end = context.tokens.span(at: left).end
        let start = context.tokens.span(at: right).start
        guard start > end else { return start < end }
        return context.utf16[end..<start].contains { $0 != 0x20 && $0 != 0xA0 }
    }

    // MARK: Run-ons

    /// An organisation of two or more words that runs into a first name and a capitalised
    /// word (`RIA Novosti Valentine Sapounov`) ends before the first name; the rest is a person.
    private func splitRunOns(_ mentions: [Mention]) -> [Mention] {
        let traits = context.traits
        var result: [Mention] = []
        for mention in mentions {
            let tokens = mention.tokens
            guard mention.label == .organization, tokens.count >= 4,
                let split = (tokens.lowerBound + 2..<(tokens.upperBound - 1)).first(where: { index in
                    traits[index].isFirstName && traits[index].isCapitalized && !traits[index].isAcronym
                        && traits[index + 1].isCapitalized && traits[index + 1].isWord
                }),
                (tokens.lowerBound..<split).allSatisfy({
                    traits[$0].isCapitalized && !traits[$0].isFirstName && traits[$0].cue.headLabel == nil
                }),
                (split..<tokens.upperBound).allSatisfy({ traits[$0].isCapitalized && traits[$0].isWord })
            else {
                result.append(mention)
                continue
            }
            var organization = mention
            organization.tokens = tokens.lowerBound..<split
            var person = Mention(tokens: split..<tokens.upperBound, label: .person, strength: .strong)
            person.noteGender(traits[split].firstName ?? nil, from: .firstName)
            result.append(organization)
            result.append(person)
        }
        return result
    }
}
