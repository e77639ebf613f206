import ParoleCore

/// Who a quote is attributed to, before pronouns and context are resolved.
enum SpeakerRef: Sendable, Hashable {
    /// No speaker.
    case none
    /// A phrase that names the speaker.
    case phrase(NounPhrase)
    /// A subject pronoun (`il`, `-t-elle`, `lui` after `selon`), or a possessive that
    /// stands for a document's author (`ses` in `D'après ses calculs`), by token.
    case pronoun(Int)
    /// The same speaker as another quote candidate, by index.
    case sameAs(Int)
    /// The speaker of the quotes and sentences just before.
    case context
}

extension QuoteScan {
    /// The subject of a speech verb group: its inverted pronoun (`a-t-il ajouté`), the
    /// subject after it in an incise (`a déclaré la ministre`), or the subject before it.
    func subject(of cue: SpeechCue) -> SpeakerRef {
        if let pronoun = cue.invertedPronoun {
            if let place = speakingPlace(afterOn: cue) { return .phrase(place) }
            return pronounRef(pronoun)
        }
        if isIncise(cue), let phrase = subject(after: cue) { return .phrase(phrase) }
        return subject(before: cue.tokens.lowerBound)
    }

    /// The organisation whose people `on` stands for, named where the sentence opens:
    /// `Au ministère de la Santé, on assure que`, `Chez Renault, on indique que`. The
    /// phrase after `à`, `au`, `aux` or `chez`, up to the comma before `on`, when it
    /// names an organisation or a group.
    private func speakingPlace(beforeOn on: Int, lower: Int) -> NounPhrase? {
        let comma = on - 1
        guard comma > lower, text.isComma(comma) else { return nil }
        let first = text.skipLead(in: lower..<comma)
        guard first < comma - 1, let word = text.keyword(first), [.a, .au, .aux, .chez].contains(word) else {
            return nil
        }
        guard let phrase = text.phrase(startingAt: first + 1, before: comma), phrase.tokens.upperBound == comma else {
            return nil
        }
        return organizationOrGroup(phrase, after: word)
    }

    /// The organisation whose people an inverted `on` stands for, named right after the
    /// incise: `explique-t-on au ministère de l'Agriculture`, `indique-t-on chez Renault`,
    /// `confie-t-on dans l'entourage du président`. The phrase after `à`, `au`, `aux`,
    /// `chez` or `dans`, when it names an organisation or a group (not `a-t-on expliqué
    /// aux passants`), or whoever `du côté de` names (`confirme-t-on du côté du ministre`).
    func speakingPlace(afterOn cue: SpeechCue) -> NounPhrase? {
        guard let pronoun = cue.invertedPronoun, [.invertedOn, .invertedTOn].contains(text.keyword(pronoun)) else {
            return nil
        }
        let upper = frame(of: cue.verb).upperBound
        let first = skipTimeWords(from: cue.tokens.upperBound, before: upper)
        // `confirme-t-on du côté du ministre`: whoever is named after `du côté de`.
        if first + 2 < upper, text.isKeyword(first, .du), text.isAny(first + 1, .side),
            [.de, .deElided, .du, .des].contains(text.keyword(first + 2))
        {
            if let phrase = text.phrase(startingAt: first + 3, before: upper), isPlausibleSpeaker(phrase) {
                return phrase
            }
        }
        guard first + 1 < upper, let word = text.keyword(first), [.a, .au, .aux, .chez, .dans].contains(word),
            let phrase = text.phrase(startingAt: first + 1, before: upper)
        else { return nil }
        return organizationOrGroup(phrase, after: word)
    }

    /// `phrase` when it names an organisation or a group whose people `on` stands for,
    /// after the preposition `word`; `nil` for a news outlet after `à` (`explique-t-on à
    /// l'AFP`, `confie-t-on au journal Le Monde`: who is spoken to) or anything else.
    private func organizationOrGroup(_ phrase: NounPhrase, after word: Keyword) -> NounPhrase? {
        if [.a, .au, .aux].contains(word), phrase.tokens.contains(where: { text.isAny($0, .outlet) }) { return nil }
        if let head = phrase.head, text.isAny(head, .groupNoun) { return phrase }
        guard let entity = phrase.entity, text.entity(at: entity.lowerBound)?.label == .organization else { return nil }
        return phrase
    }

    /// A pronoun reference, or none for `on`.
    func pronounRef(_ index: Int) -> SpeakerRef {
        let word = text.keyword(index)
        return word == .on || word == .invertedOn || word == .invertedTOn ? .none : .pronoun(index)
    }

    /// The subject before a verb group starting at `start`: a pronoun (`on` standing
    /// for an organisation named before it: `Chez Renault, on indique`), a relative's
    /// antecedent, a phrase (two joined by `et` before a plural verb), a name in
    /// apposition, or the sentence's subject when the verb is coordinated (`a lancé un
    /// appel et estime que`).
    func subject(before start: Int, coordination: Bool = true) -> SpeakerRef {
        let lower = frame(of: start).lowerBound
        var index = start - 1
        while index >= lower {
            if (text.isAny(index, .clitic) || text.isAny(index, .adverb)) && !text.isAny(index, .subjectPronoun)
                && text.isWord(index)
            {
                index -= 1
            } else if text.isPunctuation(index, .closingBracket),
                let open = stride(from: index - 1, through: max(lower, index - 10), by: -1).first(where: {
                    text.isPunctuation($0, .openingBracket)
                })
            {
                // `Lionel Tardy (UMP) a écrit`: the brackets are an aside.
                index = open - 1
            } else {
                break
            }
        }
        guard index >= lower else { return .none }
        if text.isKeyword(index, .on), let place = speakingPlace(beforeOn: index, lower: lower) {
            return .phrase(place)
        }
        if text.isAny(index, .subjectPronoun) { return pronounRef(index) }
        if text.isKeyword(index, .qui) {
            var antecedent = index - 1
            guard antecedent >= lower else { return .none }
            // `le conseiller Marc Tremblay (l'autre élu du parti) qui`: the brackets are an aside.
            if let open = openingBracket(before: antecedent, notBefore: lower), open > lower { antecedent = open - 1 }
            // `Vincent Chenal, 19 ans, qui reconnaît`: the antecedent and its appositions.
            if text.isComma(antecedent) { return subject(beforeComma: antecedent, lower: lower, nearest: true) }
            if let phrase = text.phrase(endingAt: antecedent, notBefore: lower) {
                return .phrase(speakerPhrase(phrase))
            }
            return .none
        }
        if text.isAny(index, .conjunction) {
            return coordination ? mainSubject(of: frameIndex(of: start), before: index) : .none
        }
        if text.isComma(index) || text.isPunctuation(index, .closingBracket) {
            return subject(beforeComma: index, lower: lower)
        }
        if let phrase = text.phrase(endingAt: index, notBefore: lower) {
            if let antecedent = relativeAntecedent(beforeComplement: phrase, lower: lower) { return antecedent }
            if let name = nameBefore(bareApposition: phrase, lower: lower) { return .phrase(name) }
            if let head = head(ofComplement: phrase, lower: lower) { return .phrase(head) }
            return .phrase(coordinated(with: phrase, beforeVerb: start, lower: lower) ?? phrase)
        }
        return .none
    }

    /// The antecedent of a relative clause whose closing comma is left out, when the phrase
    /// before the verb is a preposition's complement inside it: `Le chef du gouvernement,
    /// qui était accompagné d'une délégation a relevé que` (the head of government relates,
    /// not the delegation). A phrase a preposition governs is no subject.
    private func relativeAntecedent(beforeComplement phrase: NounPhrase, lower: Int) -> SpeakerRef? {
        let before = phrase.tokens.lowerBound - 1
        guard before > lower, text.isWord(before), text.isAny(before, .preposition),
            !text.isAny(before, .determiner)
        else { return nil }
        var index = before - 1
        while index > lower {
            if text.isComma(index) || isQuoted(index) { return nil }
            if text.isKeyword(index, .qui) {
                guard text.isComma(index - 1) else { return nil }
                let found = subject(beforeComma: index - 1, lower: lower, nearest: true)
                return found == .none ? nil : found
            }
            index -= 1
        }
        return nil
    }

    /// The name before a noun phrase without a determiner that follows it after a comma:
    /// `La Poste, direction du courrier a réagi` (a bare noun is no subject of its own,
    /// but the name's apposition, its closing comma left out).
    private func nameBefore(bareApposition phrase: NounPhrase, lower: Int) -> NounPhrase? {
        let first = phrase.tokens.lowerBound
        // `Paul Sidibé, également conseiller municipal estime`: adverbs before the noun.
        var comma = first - 1
        while comma > lower && text.isWord(comma) && text.isAny(comma, .adverb) { comma -= 1 }
        guard phrase.entity == nil, let head = phrase.head, head == first, !text.isCapitalized(first),
            comma - 1 >= lower, text.isComma(comma), let name = text.entityTokens(at: comma - 1),
            name.upperBound == comma, let label = text.entity(at: name.lowerBound)?.label,
            label == .person || label == .organization
        else { return nil }
        return text.phrase(endingAt: name.upperBound - 1, notBefore: lower) ?? text.describe(name)
    }

    /// The phrase a complement led by `du`, `de` or `des` belongs to, when the phrase
    /// before a verb is only that complement: `le Rassemblement des démocrates (RDD) du
    /// Premier ministre Karim Benali estime` (the party, not the Prime Minister, estimates).
    private func head(ofComplement phrase: NounPhrase, lower: Int) -> NounPhrase? {
        let first = phrase.tokens.lowerBound
        guard text.keyword(first)?.isDeForm == true, first - 1 > lower else { return nil }
        var end = first - 1
        if let open = openingBracket(before: end, notBefore: lower), open > lower { end = open - 1 }
        guard let head = text.phrase(endingAt: end, notBefore: lower),
            let opener = text.keyword(head.tokens.lowerBound), !opener.isDeForm
        else { return nil }
        return head
    }

    /// Two phrases joined by `et` before a plural verb, as one plural subject: `Le
    /// président français et le chancelier allemand ont affirmé`.
    private func coordinated(with phrase: NounPhrase, beforeVerb verb: Int, lower: Int) -> NounPhrase? {
        let et = phrase.tokens.lowerBound - 1
        guard text.info(verb).plural == true, et > lower, text.isKeyword(et, .et),
            phrase.entity != nil || phrase.head != nil,
            let first = text.phrase(endingAt: et - 1, notBefore: lower), first.entity != nil || first.head != nil
        else { return nil }
        var joined = text.describe(first.tokens.lowerBound..<phrase.tokens.upperBound)
        joined.plural = true
        return joined
    }

    /// The subject before a comma that precedes a verb: the name in apposition
    /// (`Le porte-parole du Conseil, John Kirby, a qualifié`), else the phrase that
    /// opens the chain of appositions (`Les États-Unis, leur principal allié, ont
    /// déclaré`), or with `nearest`, the phrase nearest the comma (the antecedent of
    /// `qui`: `Arnaud Montebourg, le ministre, qui a déclaré`), ages left out
    /// (`Vincent Chenal, 19 ans, qui reconnaît`).
    private func subject(beforeComma comma: Int, lower: Int, nearest: Bool = false) -> SpeakerRef {
        var end = comma
        var best: NounPhrase?
        for _ in 0..<6 {
            var boundary = end - 1
            while boundary >= lower && !isSegmentBoundary(boundary) {
                // `déployé avec un contingent de la Société (SOPFEU),`: brackets inside a segment.
                boundary = (openingBracket(before: boundary, notBefore: lower) ?? boundary) - 1
            }
            let segment = (boundary + 1)..<end
            guard !segment.isEmpty else { break }
            var first = segment.lowerBound
            while first < segment.upperBound && text.isHonorific(first) { first += 1 }
            if first < segment.upperBound, let entity = text.entityTokens(at: first), entity.lowerBound == first,
                entity.upperBound == segment.upperBound, text.entity(at: first)?.label == .person
            {
                return .phrase(text.describe(segment))
            }
            let opener = text.skipLead(in: segment)
            // `De nombreux habitants, témoins de la scène, ont déclaré`: `de` and a quantity.
            let opensWithQuantity =
                opener + 1 < segment.upperBound && text.isKeyword(opener, .de) && text.isAny(opener + 1, .determiner)
                && !text.isAny(opener + 1, .preposition)
            let isAside =
                !opensWithQuantity
                && (opener >= segment.upperBound || text.isNumber(opener)
                    || text.isAny(opener, [.relative, .preposition, .subordinator, .time, .tonicPronoun])
                        && !text.isAny(opener, .determiner)
                    || text.looksLikeParticiple(opener)
                    || text.hasShape(opener, .antEnding) && !text.isCapitalized(opener))
            // `Nick De Santis le directeur sportif de l'équipe,`: a name and its role.
            if !isAside, let entity = text.entityTokens(at: opener), entity.lowerBound == opener,
                text.entity(at: opener)?.label == .person
            {
                return .phrase(text.describe(entity))
            }
            // `», a confié le Lyonnais, qui`: the antecedent is the incise's subject.
            if nearest, let cue = cue(startingAt: opener), cue.invertedPronoun == nil,
                let subject = subject(after: cue),
                subject.tokens.upperBound == end
            {
                return .phrase(subject)
            }
            // `…, selon le parquet de Nanterre, qui précise que`: the source is the antecedent.
            if nearest && isAside, let source = sourcePhrase(openedBy: opener, before: end) { return .phrase(source) }
            if !isAside, let phrase = text.phrase(endingAt: end - 1, notBefore: opener) {
                if phrase.tokens.lowerBound == opener {
                    best = phrase
                } else if text.isAny(opener, .determiner) || opensWithQuantity && phrase.tokens.lowerBound == opener + 1
                {
                    // `le collectif la Quadrature du Net`: a noun and a name in apposition.
                    best = text.describe(opener..<end)
                }
                if nearest, let best { return .phrase(best) }
            }
            guard boundary >= lower, text.isComma(boundary) else { break }
            end = boundary
        }
        if let best { return .phrase(best) }
        return .none
    }

    /// The speaker phrase after `selon` or `d'après` at `opener` that runs to `end`.
    private func sourcePhrase(openedBy opener: Int, before end: Int) -> NounPhrase? {
        let word = text.keyword(opener)
        let start: Int
        if word == .selon {
            start = opener + 1
        } else if word == .deElided || word == .deElidedCurly, opener + 1 < end, text.isKeyword(opener + 1, .apres) {
            start = opener + 2
        } else {
            return nil
        }
        guard start < end, let phrase = text.phrase(startingAt: start, before: end), phrase.tokens.upperBound == end,
            isPlausibleSpeaker(phrase)
        else { return nil }
        return phrase
    }

    /// The opening bracket of the closing bracket at `index`, at most ten tokens back
    /// and not before `lower`; `nil` when `index` is no closing bracket.
    func openingBracket(before index: Int, notBefore lower: Int) -> Int? {
        guard text.isPunctuation(index, .closingBracket) else { return nil }
        return stride(from: index - 1, through: max(lower, index - 10), by: -1).first {
            text.isPunctuation($0, .openingBracket)
        }
    }

    /// Whether token `index` separates the segments of a subject and its appositions.
    private func isSegmentBoundary(_ index: Int) -> Bool {
        text.isComma(index) || text.isTerminal(index) || text.isQuotationMark(index)
            || text.isPunctuation(index, .colon) || text.isPunctuation(index, .semicolon)
            || text.isPunctuation(index, .openingBracket)
            || text.isDash(index)
    }

    /// The subject of the first verb group of frame `frame` before token `limit`, else
    /// the phrase that opens the frame (see ``openingSubject(of:)``).
    func mainSubject(of frame: Int, from start: Int? = nil, before limit: Int) -> SpeakerRef {
        // `Alors que la gauche était en minorité, X est intervenu …`: the subject of the
        // main clause, after the subordinate clause that opens the sentence.
        if start == nil, let comma = openingSubordinateEnd(of: frame), comma + 1 < limit {
            let subject = mainSubject(of: frame, from: comma, before: limit)
            if subject != .none { return subject }
        }
        let range = frames[frame]
        var index = start ?? range.lowerBound
        while index < min(limit, range.upperBound) {
            if !isQuoted(index) && startsVerbGroup(index) && index > (start ?? range.lowerBound)
                && !text.isAny(index - 1, .relative)
            {
                let subject = subject(before: index, coordination: false)
                if subject != .none { return subject }
            }
            index += 1
        }
        if start == nil, let opening = openingSubject(of: frame), opening.tokens.lowerBound < limit {
            return .phrase(opening)
        }
        return .none
    }

    /// The comma that closes a subordinate clause opening frame `frame` (`Alors que …,`,
    /// `Lorsque …,`, `Si …,`), if the frame opens with one.
    func openingSubordinateEnd(of frame: Int) -> Int? {
        let range = frames[frame]
        var first = text.skipLead(in: range)
        // `Or, si …,`: the comma after a leading conjunction or adverb.
        if first > range.lowerBound && first < range.upperBound && text.isComma(first) {
            first = text.skipLead(in: (first + 1)..<range.upperBound)
        }
        guard first < range.upperBound, text.isAny(first, .subordinator), !text.isAny(first, .determiner) else {
            return nil
        }
        return (first..<min(range.upperBound, first + 40)).first { text.isComma($0) && !isQuoted($0) }
    }

    /// The phrase that opens frame `frame`, after a dateline and a fronted complement
    /// (`Dans l'interview, Jean-Marie Le Pen revient ...`), or the name in apposition
    /// after it (`Le ministre de l'Intérieur, Manuel Valls, apportait ...`): the
    /// subject of most news sentences, found without knowing the verb.
    func openingSubject(of frame: Int) -> NounPhrase? {
        let range = frames[frame]
        var start = text.skipLead(in: range)
        if start < range.upperBound && text.isAny(start, [.preposition, .time]) && !text.isAny(start, .determiner) {
            var index = start + 1
            while index < min(range.upperBound, start + 12) && !text.isComma(index) { index += 1 }
            guard index < range.upperBound - 1, text.isComma(index) else { return nil }
            start = index + 1
        }
        guard start < range.upperBound, !isQuoted(start), !text.isAny(start, [.subjectPronoun, .relative]) else {
            return nil
        }
        guard var phrase = text.phrase(startingAt: start, before: range.upperBound) else { return nil }
        if let joined = joinedSubject(opening: phrase, before: range.upperBound) { return joined }
        if let end = domainComplementEnd(of: phrase, before: range.upperBound) {
            phrase = text.describe(phrase.tokens.lowerBound..<end)
        }
        if let person = text.apposedPerson(at: phrase.tokens.upperBound) { return text.describe(person) }
        // `La victime, un homme de 54 ans,`: the apposition tells the person's gender.
        let after = phrase.tokens.upperBound
        if phrase.isPerson, after + 1 < range.upperBound, text.isComma(after),
            let apposition = text.phrase(startingAt: after + 1, before: range.upperBound), apposition.isPerson,
            let gender = apposition.gender
        {
            phrase.gender = gender
        }
        return phrase.entity != nil || phrase.head != nil ? phrase : nil
    }

    /// The end of the complement opened by `à`, `au` or `aux` that a sentence's opening
    /// subject with no name takes before its verb or its apposition (`Les délégués au
    /// congrès ont voté`, `Les habitants à l'origine de la pétition, soit ...`):
    /// before the verb, the complement can only be the noun's; `nil` when none follows.
    private func domainComplementEnd(of phrase: NounPhrase, before upper: Int) -> Int? {
        let preposition = phrase.tokens.upperBound
        guard phrase.entity == nil, let head = phrase.head, text.isAny(head, .speakerHead), preposition + 2 < upper,
            let word = text.keyword(preposition), [.a, .au, .aux].contains(word)
        else { return nil }
        let start = word == .a ? preposition + 1 : preposition
        guard text.isAny(start, .determiner) else { return apposedComplementEnd(of: phrase, before: upper) }
        guard let complement = text.phrase(startingAt: start, before: upper) else { return nil }
        let end = complement.tokens.upperBound
        guard end > start + 1, end < upper,
            text.isComma(end) || startsVerbGroup(end)
                || text.isWord(end) && !text.isCapitalized(end)
                    && !text.isAny(end, [.preposition, .determiner, .conjunction, .adverb, .relative, .time])
        else { return nil }
        return end
    }

    /// The most tokens between an opening subject's bare `au` and the comma of its
    /// apposition (``apposedComplementEnd(of:before:)``).
    static let apposedComplementReach = 12

    /// The end of a complement with no article (`au conseil communal de Namur`) after an
    /// opening subject, up to the comma of an apposition: the words up to the comma, within
    /// ``apposedComplementReach``, read back as one phrase that starts where the subject starts.
    private func apposedComplementEnd(of phrase: NounPhrase, before upper: Int) -> Int? {
        let first = phrase.tokens.upperBound + 1
        guard
            let comma = (first..<min(upper, first + Self.apposedComplementReach)).first(where: {
                !text.isWord($0) || startsVerbGroup($0)
            }),
            comma > first, text.isComma(comma),
            text.phrase(endingAt: comma - 1, notBefore: phrase.tokens.lowerBound)?.tokens.lowerBound
                == phrase.tokens.lowerBound
        else { return nil }
        return comma
    }

    /// Two phrases joined by `et` that open a sentence before a plural verb, as one
    /// plural subject: `La CGT et la CFDT dénoncent`, `Le maire et son adjoint se disent`.
    private func joinedSubject(opening phrase: NounPhrase, before upper: Int) -> NounPhrase? {
        let et = phrase.tokens.upperBound
        guard phrase.entity != nil || phrase.head != nil, et + 1 < upper, text.isKeyword(et, .et),
            let second = text.phrase(startingAt: et + 1, before: upper), second.entity != nil || second.head != nil
        else { return nil }
        var verb = second.tokens.upperBound
        while verb < upper && text.isAny(verb, .clitic) { verb += 1 }
        guard verb < upper, text.isWord(verb), !text.isCapitalized(verb),
            text.info(verb).plural == true || text.hasShape(verb, .pluralVerbEnding)
        else { return nil }
        var joined = text.describe(phrase.tokens.lowerBound..<second.tokens.upperBound)
        joined.plural = true
        // Masculine unless both are feminine (`la CGT et le Medef` are `ils`).
        let genders = [phrase.gender, second.gender]
        joined.gender =
            genders.contains(.masculine) ? .masculine : genders.allSatisfy({ $0 == .feminine }) ? .feminine : nil
        return joined
    }
}
