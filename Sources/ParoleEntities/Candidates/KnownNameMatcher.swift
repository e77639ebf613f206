import ParoleCore
import ParoleText

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
            return articleJoinedPlace(at: index, limit: limit)
        }
        // A lowercase word opens only the names that may open so (the others would stop at it).
        let lowercase = traits[index].isWord && !traits[index].isCapitalized
        let candidates = lowercase ? lexicons.lowercaseKnownNameLists[list] : lexicons.knownNameLists[list]
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
            let lowercaseOpening = candidates[candidate].mayOpenLowercase
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
        return articleJoinedPlace(at: index, limit: limit)
    }

    /// A place whose name opens with `Le` or `Les`, after that article joined to `à` or `de`
    /// (`au Mans`, `du Havre`, `aux Abymes`): the name without its article. Right after a
    /// name (`le défenseur Arouna Sangaté du Havre`) or a club's staff or players
    /// (`entities-club-staff.txt`: `les joueurs du Havre`) the town stands for its club, and
    /// the other rules decide.
    private func articleJoinedPlace(at index: Int, limit: Int) -> (range: Range<Int>, label: Entity.Label)? {
        let traits = context.traits
        guard index > 0, traits[index].isWord, traits[index].isCapitalized, traits[index - 1].isWord,
            !traits[index - 1].isCapitalized, index < 2 || !traits[index - 2].isCapitalized,
            index < 2 || !EntityWordSets.shipped.clubStaffNouns.contains(context.key(index - 2)),
            let article = Self.wholeArticle[context.key(index - 1)],
            let list = lexicons.knownNameIndex[article]
        else { return nil }
        for name in lexicons.knownNameLists[Int(list)] where name.label == .location && name.keys.count >= 2 {
            let count = name.keys.count - 1
            guard index + count <= limit,
                (0..<count).allSatisfy({ context.key(index + $0) == name.keys[$0 + 1] })
            else { continue }
            return (index..<(index + count), .location)
        }
        return nil
    }

    /// The article written whole (`le`, `les`) that each contracted one holds (`au` and `du`
    /// the masculine singular, `aux` and `des` the plural), from `grammar-words.txt`.
    private static let wholeArticle: [String: String] = {
        let grammar = FrenchWordLists.grammar
        let whole = grammar.keys(.definite)
        var table: [String: String] = [:]
        for gender in [FrenchWordLists.Grammar.masculine, .plural] {
            guard let article = whole.intersection(grammar.keys(gender)).subtracting(grammar.keys(.elided)).first
            else { continue }
            for contracted in grammar.keys(.contracted).intersection(grammar.keys(gender)) {
                table[contracted] = article
            }
        }
        return table
    }()

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
