import ParoleCore

/// Subjects after the verb: incises (`« ... », a déclaré la ministre`, `a indiqué le
/// vendredi 26 janvier à l'AFP une source sécuritaire`) and inverted clauses.
extension QuoteScan {
    /// Whether `cue` reads as an incise with its subject after it: it follows a comma
    /// or a closing quotation mark, a plausible speaker follows it, and no name in
    /// apposition (`, Jean Perrot, a salué`) stands before it as its subject.
    func isIncise(_ cue: SpeechCue) -> Bool {
        guard cue.form == .finite || cue.form == .pastParticiple || cue.form == .infinitive else { return false }
        let before = cue.tokens.lowerBound - 1
        guard before >= 0 else { return false }
        if text.isQuotationMark(before) { return subject(after: cue) != nil }
        guard text.isComma(before), let phrase = subject(after: cue),
            isPlausibleSpeaker(phrase) || text.isAnaphor(phrase)
        else { return false }
        // `Le maire, Jean Perrot, a salué le ministre`: the name before is the subject.
        let segmentEnd = before
        var segmentStart = segmentEnd - 1
        while segmentStart >= 0 && text.isWord(segmentStart) { segmentStart -= 1 }
        if segmentStart >= 0 && text.isComma(segmentStart) && segmentStart + 1 < segmentEnd {
            let segment = (segmentStart + 1)..<segmentEnd
            if let entity = text.entityTokens(at: segmentEnd - 1), entity.upperBound == segmentEnd,
                text.entity(at: segmentEnd - 1)?.label == .person,
                entity.lowerBound == segment.lowerBound || text.isHonorific(segment.lowerBound)
            {
                return false
            }
        }
        return !endsApposedSubject(atComma: before)
    }

    /// The subject after an inverted verb: `a indiqué le vendredi 26 janvier à l'AFP une
    /// source sécuritaire`, `a lancé au micro Karim Benali`, `a déclaré M. Blinken lundi`.
    /// A person in apposition after a role (`l'entraîneur, Patrick Roussel,`) is the subject.
    func subject(after cue: SpeechCue) -> NounPhrase? {
        let upper = frame(of: cue.verb).upperBound
        // Commas are stepped over after a lexicon verb only, not after a verb guessed from its shape.
        let acrossCommas = text.hasReadings(cue.verb)
        var index = skipComplements(from: cue.tokens.upperBound, before: upper, acrossCommas: acrossCommas)
        guard index < upper else { return nil }
        if text.isAny(index, .subjectPronoun) { return nil }
        // `a rétorqué ce dernier`, `ajoute celle-ci`: a demonstrative that ends the clause.
        if let anaphor = text.clauseEndingAnaphor(at: index, before: upper) { return text.describe(anaphor) }
        // A name alone is a subject even when it is not in a lexicon: `explique Marie`.
        var found = text.phrase(startingAt: index, before: upper)
        if found == nil, acrossCommas, let phrase = subject(afterComma: index, of: cue, before: upper) {
            index += 1
            found = phrase
        }
        // `a déclaré au micro de France Inter, quelques minutes après le match, l'attaquant`:
        // an aside between commas that names nobody comes before the subject.
        var asides = 0
        while acrossCommas && asides < 2 && !(found.map { isPlausibleSpeaker($0) } ?? false) {
            let asideStart = text.isComma(index) ? index + 1 : index
            guard let comma = asideEnd(from: asideStart, before: upper) else { break }
            asides += 1
            let next = skipComplements(from: comma + 1, before: upper, acrossCommas: true)
            guard next < upper, !text.isAny(next, .subjectPronoun),
                let phrase = text.phrase(startingAt: next, before: upper)
            else { break }
            index = next
            found = phrase
        }
        guard var phrase = found else { return nil }
        if let after = subject(afterMediaName: phrase, before: upper) { phrase = after }
        if let person = text.apposedPerson(at: phrase.tokens.upperBound) {
            return text.describe(person)
        }
        return phrase
    }

    /// The subject set off from its verb by a comma alone (`a soutenu, Cheikh Ndiaye.`,
    /// `comme l'a rappelé, le procureur général Moreau, « … »`, `fait remarquer, un des
    /// notables, Jean Loba`): a phrase that can name a speaker right after the comma that
    /// follows the verb, and that ends its clause (a sentence end, a comma or a quotation
    /// mark follows it).
    private func subject(afterComma comma: Int, of cue: SpeechCue, before upper: Int) -> NounPhrase? {
        guard comma == cue.tokens.upperBound, text.isComma(comma), comma + 1 < upper,
            !text.isAny(comma + 1, [.subjectPronoun, .relative]),
            let phrase = text.phrase(startingAt: comma + 1, before: upper), isPlausibleSpeaker(phrase)
        else { return nil }
        let after = phrase.tokens.upperBound
        guard after >= upper || text.isTerminal(after) || text.isComma(after) || text.isQuotationMark(after) else {
            return nil
        }
        return phrase
    }

    /// The index after the time words, adverbials and prepositional phrases that may
    /// stand between an inverted verb and its subject; with `acrossCommas`, also the
    /// commas between them.
    func skipComplements(from start: Int, before upper: Int, acrossCommas: Bool = false) -> Int {
        var index = start
        var steps = 0
        while index < upper && steps < 12 {
            steps += 1
            let phrase = text.lexicons.adverbials.match(at: index, in: text, limit: upper)
            if phrase > 0 {
                index += phrase
                continue
            }
            if text.isAny(index, [.adverb, .time]) || text.isInDate(index) || text.looksLikeAdverb(index) {
                index += 1
                continue
            }
            if text.isNumber(index) && index > start && text.isAny(index - 1, .time) {
                index += 1
                continue
            }
            // `à 9 h`, `vers 10 h 30`: a number before a time word.
            if text.isNumber(index) && index + 1 < upper && text.isAny(index + 1, .time) {
                index += 2
                continue
            }
            // `le vendredi 26 janvier`, `ce mercredi` (not `ce dernier` alone, a subject).
            if text.isAny(index, .determiner) && index + 1 < upper
                && (text.isAny(index + 1, .time) || text.isInDate(index + 1))
                && text.clauseEndingAnaphor(at: index, before: upper) == nil
            {
                index += 2
                continue
            }
            // `a lancé, dépité, le capitaine`: an adjective between commas.
            if text.isComma(index), index + 2 < min(upper, index + 5),
                let close = (index + 2..<min(upper, index + 5)).first(where: { text.isComma($0) }),
                (index + 1..<close).allSatisfy({
                    text.isWord($0) && !text.isCapitalized($0) && !text.isAny($0, [.determiner, .preposition])
                })
            {
                index = close + 1
                continue
            }
            if text.isAny(index, .preposition) && !(text.keyword(index)?.isDeForm ?? false) {
                index = skipPrepositionalPhrase(from: index, before: upper)
                continue
            }
            // `au micro de Canal+`: the complement of a noun just stepped over.
            if acrossCommas && index > start
                && (text.isKeyword(index, .de) || text.isKeyword(index, .deElided) || text.isKeyword(index, .du))
                && text.isWord(index - 1) && !text.isCapitalized(index - 1)
                && !text.isAny(index - 1, [.time, .adverb, .determiner, .preposition, .speakerHead])
            {
                index = skipPrepositionalPhrase(from: index, before: upper)
                continue
            }
            // `a déclaré à l'ouverture des travaux, à 10 h, l'envoyé spécial`: a comma
            // between complements, or between the complements and the subject.
            if acrossCommas && text.isComma(index) && index > start && index + 1 < upper
                && (text.isAny(index + 1, [.preposition, .time, .adverb]) || text.isInDate(index + 1)
                    || text.canStartPhrase(index + 1))
                && !text.isAny(index + 1, [.relative, .subjectPronoun])
            {
                index += 1
                continue
            }
            break
        }
        return index
    }

    /// The index after a prepositional phrase: `à l'AFP`, `dans un communiqué`, `au micro`.
    private func skipPrepositionalPhrase(from start: Int, before upper: Int) -> Int {
        var index = start + 1
        if index < upper && text.isAny(index, .determiner) { index += 1 }
        // The head of the phrase, whatever it is (`à l'AFP`, `au micro`).
        var entity = index < upper ? text.entityIndex(at: index) : -1
        if index < upper && text.isWord(index) && !text.isAny(index, [.preposition, .determiner]) {
            if let range = text.entityTokens(at: index) { index = min(range.upperBound, upper) } else { index += 1 }
        }
        while index < upper && text.isWord(index) {
            // `à l'ouverture des travaux`: a complement of the head, not a subject (`des responsables`).
            let complement =
                text.keyword(index)?.isDeForm == true && index + 1 < upper && text.isWord(index + 1)
                && !text.isCapitalized(index + 1) && !text.isAny(index + 1, .speakerHead)
            if text.isAny(index, .determiner) && !text.isAny(index - 1, .preposition) && !complement { break }
            if text.isAny(index, [.preposition, .relative, .conjunction, .auxiliary]) && !text.isAny(index, .determiner)
                && !text.isKeyword(index, .de) && !text.isKeyword(index, .deElided)
            {
                break
            }
            if text.isHonorific(index) { break }
            let here = text.entityIndex(at: index)
            if text.isCapitalized(index) && index > start + 1 {
                // A new name after a common noun or another name starts the subject.
                if here >= 0 && here != entity && (entity >= 0 || !text.isCapitalized(index - 1)) { break }
                if here < 0 && !text.isCapitalized(index - 1) { break }
            }
            entity = here
            index += 1
        }
        return index
    }
}
