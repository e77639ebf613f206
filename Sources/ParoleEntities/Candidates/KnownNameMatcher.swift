import ParoleCore

/// Finds names known in advance (lexicons and ICU country names) in a sentence,
/// longest match first: `bande de Gaza`, `Conseil de sécurité`, `États-Unis`.
struct KnownNameMatcher {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// The longest known name starting at token `index`, within `limit`.
    func match(at index: Int, limit: Int) -> (range: Range<Int>, label: Entity.Label)? {
        let traits = context.traits
        guard traits[index].isWord || context.tokens.kind(at: index) == .number, let list = traits[index].knownNameList
        else {
            return nil
        }
        let candidates = lexicons.knownNameLists[list]
        // Indices rather than copies of the names: a copy retains its arrays. Every
        // candidate's first key is the token's (the list is found by it).
        for candidate in candidates.indices where index + candidates[candidate].keys.count <= limit {
            let count = candidates[candidate].keys.count
            // `SILA` (a fair's acronym) is not the province `Sila`; a town's dateline is
            // (`LYON (AFP) -`, `NICE, 3 mars -`).
            if count == 1, traits[index].isAcronym, !candidates[candidate].isAcronym,
                context.tokens.span(at: index).length <= 4, !Datelines(context: context).opensDateline(index)
            {
                continue
            }
            // `la commission européenne`: an institution named by a noun and a nationality
            // may lose its capital.
            let lowercaseOpening =
                count >= 2 && candidates[candidate].label == .organization
                && lexicons.demonyms.contains(candidates[candidate].keys[count - 1])
            var offset = 0
            while offset < count {
                let token = traits[index + offset]
                if (offset > 0 && context.key(index + offset) != candidates[candidate].keys[offset])
                    || (candidates[candidate].capitalized[offset] && !token.isCapitalized && token.isWord
                        && !(offset == 0 && lowercaseOpening))
                {
                    break
                }
                offset += 1
            }
            if offset == count { return (index..<(index + count), candidates[candidate].label) }
        }
        return nil
    }

    /// Whether a one-token match should give way to a longer personal name:
    /// `Florence` in `Florence Parly`, `Israël` in `Israël Katz`.
    func yieldsToLongerName(_ range: Range<Int>, limit: Int) -> Bool {
        guard range.count == 1 else { return false }
        var next = range.upperBound
        // `Dominique de Villepin`: a particle between.
        if next + 1 < limit, EntityContext.nobiliary.contains(context.key(next)), !context.traits[next].isCapitalized {
            next += 1
        }
        guard next < limit else { return false }
        let following = context.traits[next]
        guard following.isCapitalized, !following.isAcronym, !following.isElision,
            !following.isNotName, !following.isDemonym, !following.beginsKnownName
        else { return false }
        return context.traits[range.lowerBound].isFirstName
    }

    /// Whether a one-token match ends a personal name that a first name begins, at most one
    /// other word between them: `Lyon` in `Anne-Catherine Lyon`, `Montreuil` in `le
    /// conseiller Pierre Montreuil`, `Wagner` in `Thérèse Kayikwamba Wagner`; the first name
    /// opens the capitalised words.
    func endsPersonalName(_ range: Range<Int>, sentenceStart: Int, claimed: [Bool]) -> Bool {
        guard range.count == 1 else { return false }
        var index = range.lowerBound - 1
        while index >= sentenceStart, range.lowerBound - index <= 2 {
            let token = context.traits[index]
            guard !claimed[index], token.isWord, token.isCapitalized, !token.isAcronym, !token.isElision,
                !token.isHonorific, !token.isNotName, !token.isDemonym
            else { return false }
            if token.isFirstName {
                // `Université Claude-Bernard Lyon 1`: a name already begun before the first name.
                let before = index - 1
                return before < sentenceStart || !context.traits[before].isCapitalized
                    || context.traits[before].isHonorific
            }
            guard !token.isListedWord, !token.beginsKnownName else { return false }
            index -= 1
        }
        return false
    }
}
