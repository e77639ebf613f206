import ParoleCore
import ParoleText

/// Acronyms that a document defines by a lowercase common phrase in parentheses: `le juge
/// des libertés et de la détention (JLD)`, `les négociations annuelles obligatoires (NAO)`,
/// `un plan de sauvegarde de l'emploi (PSE)`. Such an acronym shortens a thing, a procedure
/// or a role, not a body, and none of its mentions in the document is a name.
///
/// The phrase follows a determiner, a `de` form or an elision, spells the acronym word by
/// word (``AcronymDefinitions/skippedWords(acronym:name:)``) and opens with a lowercase
/// word that the French lexicon reads as a common noun and never as a proper one. A phrase
/// opened by an institution's noun, or by an adjective before one, names a body and stays
/// an organisation (`la police judiciaire fédérale (PJF)`, `la haute autorité … (HAICA)`:
/// ``EntityWordSets/institutionNouns``); a name from a lexicon is kept too.
struct CommonAcronyms {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// `mentions` without the one-word mentions of acronyms the document defines as common phrases.
    func apply(to mentions: [Mention]) -> [Mention] {
        guard let lexicon = FormFactsIndex.wordForms else { return mentions }
        let common = commonAcronyms(lexicon: lexicon)
        guard !common.isEmpty else { return mentions }
        return mentions.filter { mention in
            !(mention.tokens.count == 1 && mention.strength < .lexicon
                && common.contains(context.key(mention.tokens.lowerBound)))
        }
    }

    /// The keys of the acronyms defined in parentheses right after a lowercase common phrase.
    private func commonAcronyms(lexicon: FrenchLexicon) -> Set<String> {
        var found: Set<String> = []
        let definitions = AcronymDefinitions(lexicons: lexicons, context: context)
        var open = 1
        while open + 2 < context.tokens.count {
            defer { open += 1 }
            let acronym = open + 1
            guard context.isPunct(open, 0x28), context.isPunct(open + 2, 0x29), context.traits[acronym].isAcronym,
                context.key(acronym).utf8.count >= 3
            else { continue }
            if definesCommonPhrase(before: open, acronym: acronym, definitions: definitions, lexicon: lexicon) {
                found.insert(context.key(acronym))
            }
        }
        return found
    }

    /// Whether lowercase words before the parenthesis at `open`, opened by a common noun
    /// after a determiner, a `de` form or an elision, spell the acronym at `acronym`.
    private func definesCommonPhrase(
        before open: Int, acronym: Int, definitions: AcronymDefinitions, lexicon: FrenchLexicon
    ) -> Bool {
        var start = open - 1
        while start >= 1, open - start < AcronymDefinitions.maximumLength {
            let traits = context.traits[start]
            guard traits.isWord, !traits.isCapitalized || traits.isElision, definitions.isNameWord(start),
                !context.isLineBreak(before: start + 1)
            else { return false }
            let before = context.traits[start - 1]
            if open - start >= 2, before.isWord, before.isDeterminer || before.isDeForm || before.isElision,
                !traits.isElision, definitions.skippedWords(acronym: acronym, name: start..<open) == 0
            {
                return opensCommonPhrase(start, lexicon: lexicon)
            }
            start -= 1
        }
        return false
    }

    /// Whether the word at `index` is a common noun of the French lexicon (never a proper
    /// one) that heads no institution and is no adjective before an institution's noun.
    private func opensCommonPhrase(_ index: Int, lexicon: FrenchLexicon) -> Bool {
        let institutions = EntityWordSets.shipped.institutionNouns
        guard !institutions.contains(context.key(index)) else { return false }
        if index + 1 < context.tokens.count, context.traits[index].isAdjective,
            institutions.contains(context.key(index + 1))
        {
            return false
        }
        let readings = lexicon.analyses(of: context.norm(index))
        return readings.contains { $0.partOfSpeech == .noun } && !readings.contains { $0.partOfSpeech == .properNoun }
    }
}
