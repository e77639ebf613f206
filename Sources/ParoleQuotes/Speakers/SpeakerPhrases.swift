import ParoleCore
import ParoleText

/// Which phrases can name a speaker, and which part of a phrase does: a document
/// stands for its author, a phrase with no speaker noun for its complement.
extension QuoteScan {
    /// Whether a phrase can name a speaker: a name, or a role, person, group or document
    /// noun, or a noun of persons the lexicon knows by its genders (``namesPersonByGender(_:)``).
    func isPlausibleSpeaker(_ phrase: NounPhrase) -> Bool {
        isListedSpeaker(phrase) || namesPersonByGender(phrase)
    }

    /// Whether a phrase names a speaker by a name or a noun of the speaker lexicons.
    private func isListedSpeaker(_ phrase: NounPhrase) -> Bool {
        if let entity = phrase.entity, let named = text.entity(at: entity.lowerBound) {
            return named.label != .miscellaneous
        }
        return phrase.head != nil
    }

    /// Whether a phrase, once reduced to its speaker part, names a thing rather than
    /// someone: no name and no speaker noun, and its first noun one the French lexicon
    /// gives a single gender (`une petite phrase`, `ce moment`), where nouns of persons
    /// have both (`un habitant`, `une habitante`) or are epicene (`un responsable`).
    func namesThing(_ phrase: NounPhrase) -> Bool {
        guard phrase.entity == nil, phrase.head == nil else { return false }
        let first = phrase.tokens.first { index in
            !text.isAny(index, [.determiner, .prenominal]) && !text.isHonorific(index)
        }
        return first.map(isSingleGenderNoun) ?? false
    }

    /// Whether the word at `index` reads as a noun whose forms all share one gender (or
    /// else as a verb only: `phrase`, `phraser`), never as an adjective or a pronoun.
    private func isSingleGenderNoun(_ index: Int) -> Bool {
        guard text.isWord(index), !text.isCapitalized(index) else { return false }
        let forms = text.lexicons.wordForms
        let readings = forms.analyses(of: text.norm(index))
        guard !readings.isEmpty, readings.allSatisfy({ [.noun, .verb].contains($0.partOfSpeech) }) else {
            return false
        }
        let lemmas = Set(readings.filter { $0.partOfSpeech == .noun }.map(\.lemma))
        guard lemmas.count == 1 else { return false }
        // The paradigm of the word's own entry, not a walk over the whole lexicon.
        return forms.nounParadigmsShareOneGender(of: text.norm(index))
    }

    /// The part of a phrase that names the speaker: a document's author (`un
    /// communiqué de la présidence` → `la présidence`, `un rapport établi par l'INSEE` →
    /// `l'INSEE`), or, when the phrase has no speaker noun or name of its own, its first
    /// complement that has one (`des représailles de l'organisation`).
    func speakerPhrase(_ phrase: NounPhrase) -> NounPhrase {
        if let head = phrase.head, text.isAny(head, .documentNoun) {
            return complement(of: phrase, after: head) ?? phrase
        }
        if isPlausibleSpeaker(phrase) { return phrase }
        return complement(of: phrase, after: phrase.tokens.lowerBound) ?? phrase
    }

    /// Whether a phrase with no name and no speaker noun is headed by a noun the French
    /// lexicon inflects for both genders (`une coiffeuse du quartier`, `un chauffeur de
    /// taxi`): a noun of persons, who speak themselves rather than through a complement.
    func namesPersonByGender(_ phrase: NounPhrase) -> Bool {
        phrase.entity == nil && phrase.head == nil && isHeadedByPersonNoun(phrase.tokens)
    }

    /// Whether the words of `tokens` are headed by a noun the French lexicon inflects for
    /// both genders: the first word after determiners and adjectives that stand before nouns
    /// (`les derniers chiffres` is headed by `chiffres`), one the quote lexicons class as
    /// none (a speaker noun would head the phrase, `ces derniers` is an anaphor), right
    /// before its complement or ending the words.
    func isHeadedByPersonNoun(_ tokens: Range<Int>) -> Bool {
        let first = tokens.first { index in
            !text.isAny(index, [.determiner, .prenominal, .time]) && !text.isHonorific(index)
        }
        guard let first, text.isWord(first), !text.isCapitalized(first), text.info(first).classes.isEmpty,
            text.keyword(first) == nil, text.readings(first).isEmpty
        else { return false }
        let next = first + 1
        guard next >= tokens.upperBound || text.keyword(next)?.isDeForm == true else { return false }
        return text.isPersonNounByGender(first)
    }

    /// The first complement after `start` (`de X`, `du X`, `par X`) that can name a speaker.
    private func complement(of phrase: NounPhrase, after start: Int) -> NounPhrase? {
        var index = start + 1
        while index < phrase.tokens.upperBound {
            let word = text.keyword(index)
            if word?.isDeForm == true || word == .par {
                let from = (word == .du || word == .des) ? index : index + 1
                // A complement with a determiner or a name, not `un communiqué de presse`.
                let named =
                    from < phrase.tokens.upperBound
                    && (text.isAny(from, .determiner) || text.isHonorific(from) || text.isCapitalized(from))
                // (`du` holds the article: the speaker is named without it, `un communiqué du
                // ministère` → `ministère`, as `de la présidence` → `la présidence`.)
                let upper = phrase.tokens.upperBound
                if named,
                    let inner = (word == .du ? text.phrase(startingAt: index + 1, before: upper) : nil)
                        ?? text.phrase(startingAt: from, before: upper),
                    isListedSpeaker(inner)
                {
                    return inner
                }
            }
            index += 1
        }
        return nil
    }
}
