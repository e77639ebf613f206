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
    /// The entity lexicons, whose names are kept.
    let lexicons: EntityLexicons
    /// The document's tokens and their traits.
    let context: EntityContext

    /// `mentions` without the one-word mentions of acronyms the document defines as common
    /// phrases, nor the defining phrases taken for names.
    func apply(to mentions: [Mention]) -> [Mention] {
        guard let lexicon = FormFactsIndex.wordForms else { return mentions }
        let (common, phrases) = commonAcronyms(lexicon: lexicon)
        guard !common.isEmpty else { return mentions }
        return mentions.filter { mention in
            guard mention.strength < .lexicon else { return true }
            if phrases.contains(mention.tokens) { return false }
            return !(mention.tokens.count == 1 && common.contains(context.key(mention.tokens.lowerBound)))
        }
    }

    /// The keys of the acronyms defined in parentheses right after a common phrase, and the
    /// phrases.
    private func commonAcronyms(lexicon: FrenchLexicon) -> (keys: Set<String>, phrases: Set<Range<Int>>) {
        var found: Set<String> = []
        var phrases: Set<Range<Int>> = []
        let definitions = AcronymDefinitions(lexicons: lexicons, context: context)
        var open = 1
        while open + 2 < context.tokens.count {
            defer { open += 1 }
            let acronym = open + 1
            guard context.isPunct(open, 0x28), context.isPunct(open + 2, 0x29), context.traits[acronym].isAcronym,
                context.key(acronym).utf8.count >= 3
            else { continue }
            if let start = commonPhraseStart(before: open, acronym: acronym, definitions: definitions, lexicon: lexicon)
            {
                found.insert(context.key(acronym))
                phrases.insert(start..<open)
            }
        }
        return (found, phrases)
    }

    /// Where the lowercase words before the parenthesis at `open` begin when, opened by a
    /// common noun after a determiner, a `de` form or an elision (a capitalised one inside
    /// the sentence may skip one word), they spell the acronym at `acronym`.
    private func commonPhraseStart(
        before open: Int, acronym: Int, definitions: AcronymDefinitions, lexicon: FrenchLexicon
    ) -> Int? {
        var start = open - 1
        while start >= 1, open - start < AcronymDefinitions.maximumLength {
            let traits = context.traits[start]
            let capitalized = traits.isCapitalized && !traits.isElision
            guard traits.isWord, definitions.isNameWord(start), !context.isLineBreak(before: start + 1) else {
                return nil
            }
            let before = context.traits[start - 1]
            if open - start >= 2, before.isWord, before.isDeterminer || before.isDeForm || before.isElision,
                !traits.isElision, let skipped = definitions.skippedWords(acronym: acronym, name: start..<open),
                skipped == 0 || (capitalized && skipped == 1)
            {
                let opens =
                    capitalized
                    ? opensCapitalizedPhrase(start, lexicon: lexicon) : opensCommonPhrase(start, lexicon: lexicon)
                return opens ? start : nil
            }
            if capitalized { return nil }
            start -= 1
        }
        return nil
    }

    /// Whether the capitalised word at `index`, inside the sentence, is a common noun of the
    /// French lexicon and nothing else (no adjective, no proper noun, no cue or head of a
    /// name): `de Moustiquaires imprégnées d'insecticide (MI)` names things, where `les
    /// Jeunes agriculteurs (JA)` or `le Front de libération nationale (FLN)` name a body.
    private func opensCapitalizedPhrase(_ index: Int, lexicon: FrenchLexicon) -> Bool {
        let traits = context.traits[index]
        guard !traits.isSentenceInitial, traits.cue.isEmpty, !traits.beginsKnownName, !traits.isFirstName else {
            return false
        }
        let form = context.norm(index)
        let readings = lexicon.analyses(of: form.lowercased())
        guard !readings.isEmpty, readings.allSatisfy({ $0.partOfSpeech == .noun }),
            !lexicon.analyses(of: form).contains(where: { $0.partOfSpeech == .properNoun })
        else { return false }
        return !EntityWordSets.shipped.institutionNouns.contains(context.key(index))
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
