import ParoleCore
import ParoleText

/// Names of bodies that go on with their purpose before the acronym that abbreviates
/// them, when the acronym's letters do not spell the French words (an English acronym,
/// words skipped): `Conseil norvégien pour les réfugiés (NRC)`, `Société de protection
/// des forêts contre le feu (SOPFEU)`. The purpose is `pour`, `contre` or `sur` with an
/// article, lowercase nouns and adjectives and their `de` and `et` complements, names
/// inside them included, right before the parenthesis. With no acronym, a body named by
/// its head keeps a purpose opened by `pour` or `contre` (`grammar-words.txt`,
/// `named-purpose`): `l'Institut pour la justice`, `l'Association de citoyens contre les
/// déserts médicaux`; so does any body with a capitalised ideal (`la Solidarité congolaise
/// pour la Démocratie`), once the capitalised runs are found.
struct PurposeComplements {
    let context: EntityContext

    /// Prepositions that open a body's purpose (by key).
    static let prepositions = FrenchWordLists.grammar.keys(.purpose)

    /// `mentions` with the organisations and events that end right before such a purpose
    /// and an acronym in parentheses taking in the purpose.
    func apply(to mentions: [Mention], in range: Range<Int>, claimed: inout [Bool]) -> [Mention] {
        var result = mentions
        var extended: [Range<Int>] = []
        for position in result.indices {
            let mention = result[position]
            guard mention.label == .organization || mention.label == .miscellaneous,
                let end =
                    (mention.tokens.count >= 2
                        ? purposeEnd(after: mention.tokens.upperBound, limit: range.upperBound)
                        : nil)
                    ?? namedPurposeEnd(of: mention, limit: range.upperBound, claimed: claimed)
                    ?? idealEnd(of: mention, limit: range.upperBound, among: result)
            else { continue }
            for token in mention.tokens.upperBound..<end { claimed[token] = true }
            result[position].tokens = mention.tokens.lowerBound..<end
            extended.append(mention.tokens.upperBound..<end)
        }
        // Names inside a purpose now taken in (`Neuchâtel`) are no mentions of their own.
        return result.filter { mention in
            !extended.contains {
                $0.lowerBound <= mention.tokens.lowerBound && mention.tokens.upperBound <= $0.upperBound
            }
        }
    }

    /// Prepositions that open the purpose of a body named with no acronym after it.
    static let namedPurposes = FrenchWordLists.grammar.keys(.namedPurpose)

    /// Words that join a second complement inside a purpose: `de l'étude de la neige et
    /// des avalanches`.
    /// Definite articles and `de` forms: what may follow a joiner.
    static let articlesAndDe = FrenchWordLists.grammar.keys(.definite, .deForms)
    static let joiners = FrenchWordLists.grammar.keys(.deForms, .coordinator)

    /// The end of the purpose of a body named by its capitalised head noun, with no acronym
    /// after it: `l'Institut pour la justice`, `l'Institut pour l'étude de la neige et des
    /// avalanches`: `pour`, an article, a lowercase noun, then adjectives and complements
    /// joined by `de` or `et`; `nil` when the mention opens with no organisation's head.
    private func namedPurposeEnd(of mention: Mention, limit: Int, claimed: [Bool]) -> Int? {
        let traits = context.traits
        let start = mention.tokens.upperBound
        guard mention.label == .organization, traits[mention.tokens.lowerBound].isCapitalized,
            traits[mention.tokens.lowerBound].cue.cueLabel == .organization,
            mention.tokens.dropFirst().allSatisfy({ !traits[$0].isCapitalized }),
            start + 2 < limit, traits[start].isWord, Self.namedPurposes.contains(context.key(start)),
            EntityLexicons.articles.contains(context.key(start + 1)), isPurposeNoun(start + 2, claimed: claimed)
        else { return nil }
        var end = start + 3
        while end < limit, !claimed[end], traits[end].isWord, !traits[end].isCapitalized {
            if traits[end].isAdjective, !traits[end].isVerb {
                end += 1
                continue
            }
            // `… de la neige`, `… et des avalanches`, `… et la démocratie`.
            guard Self.joiners.contains(context.key(end)) || context.key(end) == "la" || context.key(end) == "les"
            else { break }
            var next = end + 1
            if next < limit, Self.articlesAndDe.contains(context.key(next)),
                context.key(end) == "et" || context.isLa(next)
            {
                next += 1
            }
            guard next < limit, isPurposeNoun(next, claimed: claimed) else { break }
            end = next + 1
        }
        return end
    }

    /// The end of a body's name that goes on with its ideal, a capitalised common noun after
    /// `pour` or `contre` and an article: `la Solidarité congolaise pour la Démocratie`, `le
    /// Mouvement pour la Paix`; not a place nor a person (`la France pour le Liban`), nor the
    /// first word of a longer name (`… pour le Parti radical`).
    private func idealEnd(of mention: Mention, limit: Int, among mentions: [Mention]) -> Int? {
        let traits = context.traits
        let start = mention.tokens.upperBound
        guard mention.label == .organization, start + 2 < limit, traits[start].isWord,
            Self.namedPurposes.contains(context.key(start)), EntityLexicons.articles.contains(context.key(start + 1))
        else { return nil }
        let ideal = start + 2
        // `… pour le Parti radical`: a word that opens a longer name is that name's.
        if mentions.contains(where: { $0.tokens.lowerBound == ideal && $0.tokens.count > 1 }) { return nil }
        let token = traits[ideal]
        guard token.isWord, token.isCapitalized, !token.isAcronym, !token.isElision, !token.isFirstName,
            !token.isDemonym, ideal + 1 >= limit || !(traits[ideal + 1].isWord && traits[ideal + 1].isCapitalized),
            let classes = FormFactsIndex.wordForms?.classes(of: context.norm(ideal).lowercased()),
            classes.contains(.noun),
            FormFactsIndex.wordForms?.classes(of: context.norm(ideal)).contains(.properNoun) == false
        else { return nil }
        return ideal + 1
    }

    /// Whether the token at `index` is a lowercase common noun (or a long unknown word).
    private func isPurposeNoun(_ index: Int, claimed: [Bool]) -> Bool {
        let token = context.traits[index]
        guard !claimed[index], token.isWord, !token.isCapitalized, !token.isElision else { return false }
        guard token.wordClass == nil else { return token.wordClass == .noun }
        // A word the short list lacks: a noun unless only an adjective (`les déserts médicaux`).
        guard token.isLong, token.isAdjective else { return token.isLong }
        return FormFactsIndex.wordForms?.classes(of: context.norm(index)).contains(.noun) ?? false
    }

    /// Longest purpose before an acronym, in tokens: `sur les lacs de Neuchâtel et Morat`.
    static let maximumPurpose = 10

    /// The end of a purpose starting at `start` and followed by `(ACRONYM)`, or `nil`:
    /// the preposition, an article, then lowercase nouns and adjectives, `de` and `et`
    /// complements and the names inside them (`Traité de l'ONU sur l'interdiction des armes
    /// nucléaires (TPNW)`, `Société de navigation sur les lacs de Neuchâtel et Morat (LNM)`),
    /// unless the acronym spells the last of those names (`… pour le Parti socialiste (PS)`).
    private func purposeEnd(after start: Int, limit: Int) -> Int? {
        let traits = context.traits
        guard start + 5 < limit, traits[start].isWord, Self.prepositions.contains(context.key(start)) else {
            return nil
        }
        var index = start + 1
        guard EntityLexicons.articles.contains(context.key(index)) else { return nil }
        index += 1
        let first = index
        while index < limit, index - first < Self.maximumPurpose, traits[index].isWord {
            let token = traits[index]
            let key = context.key(index)
            if Self.joiners.contains(key) || (index > first && Self.articlesAndDe.contains(key)) {
                index += 1
                continue
            }
            guard !token.isElision, token.isCapitalized || isPurposeWord(index) else { break }
            index += 1
        }
        guard index > first, index + 2 < limit, context.isPunct(index, 0x28), context.isPunct(index + 2, 0x29),
            traits[index + 1].isAcronym, !traits[index - 1].isDeForm, !Self.joiners.contains(context.key(index - 1)),
            !spellsName(acronym: index + 1, in: first..<index)
        else { return nil }
        return index
    }

    /// Whether the lowercase word at `index` may stand in a purpose: a noun, an adjective or
    /// a participle, not a function word nor a conjugated verb; a place's lowercase head
    /// too (`sur le lac de Genève`).
    private func isPurposeWord(_ index: Int) -> Bool {
        let token = context.traits[index]
        guard !token.isCapitalized, token.wordClass != .function else { return false }
        return token.wordClass != .verb || token.isAdjective
    }

    /// Whether the initials of the words from one of the capitalised words of `range` to
    /// its end spell the acronym at `acronym`: the acronym is that inner name's.
    private func spellsName(acronym: Int, in range: Range<Int>) -> Bool {
        let letters = context.norm(acronym).uppercased()
        return range.contains { start in
            guard context.traits[start].isCapitalized else { return false }
            let initials = (start..<range.upperBound).compactMap { index -> Character? in
                let token = context.traits[index]
                guard token.isWord, token.wordClass != .function, !Self.joiners.contains(context.key(index)) else {
                    return nil
                }
                return context.norm(index).uppercased().first
            }
            return String(initials) == letters
        }
    }
}
