/// Rules for days relative to the publication date or to the story, and for
/// references to the present: `hier soir`, `le lendemain`, `mardi prochain`,
/// `aujourd'hui vendredi`, `pour l'instant`.
extension DateGrammar {
    /// `hier`, `aujourd'hui vendredi`, `demain matin`, `hier en début d'après-midi`.
    func deicticPhrase(_ view: TokenView, at index: Int) -> Detection? {
        guard case .deicticDay(let days)? = view.word(index) else { return nil }
        // A capital inside a sentence, right after another capitalised word, makes it part
        // of a name: the party `Rimonville Demain`, the paper `Le Monde Aujourd'hui`.
        if view.isCapitalized(index), index > view.bounds.lowerBound, view.isCapitalized(index - 1) {
            return nil
        }
        let base = Meaning.deictic(days)
        var end = index + 1
        if days == 0, view.isWord(end, ","), index == view.bounds.lowerBound || view.isWord(index - 1, ",") {
            // `Aujourd'hui, …` sets a scene in the present rather than naming the day.
            return Detection(start: index, end: end, meaning: .reference("PRESENT_REF"))
        }
        // `Jean Dupont, aujourd'hui professeur à Lyon`: in an apposition to a name, the
        // present state, not the day.
        if days == 0, isApposition(view, at: index) || isStateOfToday(view, at: index) {
            return Detection(start: index, end: end, meaning: .reference("PRESENT_REF"))
        }
        // `aujourd'hui vendredi`, `demain samedi`, `hier lundi`: the weekday names the same day.
        if case .weekday(_, plural: false)? = view.word(end) {
            end = calendarDate(view, at: end)?.end ?? end + 1
            if let (part, after) = dayPartAfter(view, at: end) {
                return Detection(start: index, end: after, meaning: .dayPart(part, day: base))
            }
            return Detection(start: index, end: end, meaning: base)
        }
        // `Hier encore, …`: the stressing adverb belongs to the expression.
        if days != 0, view.isClass(end, .dayStress) {
            return Detection(start: index, end: end + 1, meaning: base)
        }
        if let (part, after) = dayPartAfter(view, at: end) {
            return Detection(start: index, end: after, meaning: .dayPart(part, day: base))
        }
        if case .clock(let hour)? = view.word(end) {  // hier midi
            return Detection(start: index, end: end + 1, meaning: .clock(hour: hour, minute: 0, day: base))
        }
        if view.isClass(end, .to), let time = clockTime(view, at: end + 1),
            case .clock(let hour, let minute, nil) = time.meaning
        {
            return Detection(start: index, end: time.end, meaning: .clock(hour: hour, minute: minute, day: base))
        }
        return Detection(start: index, end: end, meaning: base)
    }

    /// Whether the word at `index` opens an apposition to a name: a comma and a
    /// capitalised word before, a lowercase word that is no verb form after.
    private func isApposition(_ view: TokenView, at index: Int) -> Bool {
        guard index - 2 >= view.bounds.lowerBound, view.isWord(index - 1, ","), view.isCapitalized(index - 2),
            view.has(index + 1), view.tokens.kind(at: index + 1) == .word, !view.isCapitalized(index + 1)
        else { return false }
        let next = view.norm(index + 1)
        return vocabulary.tense[next] == nil && TenseReader(vocabulary: vocabulary).suffixTense(next) == nil
            && view.word(index + 1) == nil
    }

    /// `la ville est aujourd'hui un chantier`, `il y a aujourd'hui du sang neuf`: after a
    /// present of `être` or of a verb of state, or after `il y a`, and before the state it
    /// names (not a participle, a verb form or `que`), the word means nowadays, not the day.
    private func isStateOfToday(_ view: TokenView, at index: Int) -> Bool {
        let thereIs = view.isClass(index - 1, .haveForm) && view.isClass(index - 2, .there)
        guard view.isClass(index - 1, .stateVerb) || thereIs, view.has(index + 1),
            view.tokens.kind(at: index + 1) == .word, !view.isClass(index + 1, .that)
        else { return false }
        // A determiner opens the noun phrase of the state (`du`, `un`, `au`).
        if view.isClass(index + 1, [.the, .thePlural, .someArticle, .indefinite, .to, .anyOf]) { return true }
        let next = view.norm(index + 1)
        let reader = TenseReader(vocabulary: vocabulary)
        return vocabulary.tense[next] == nil && reader.suffixTense(next) == nil && !reader.isParticiple(next)
            && view.word(index + 1) == nil
    }

    /// A part of the day after a day: `soir`, `au soir`, `en début d'après-midi`, `dans la soirée`.
    func dayPartAfter(_ view: TokenView, at index: Int) -> (DayPart, Int)? {
        if case .dayPart(let part)? = view.word(index) { return (part, index + 1) }
        if view.isClass(index, .to), case .dayPart(let part)? = view.word(index + 1) { return (part, index + 2) }
        if view.isClass(index, .inPreposition), case .part(let period)? = view.word(index + 1),
            view.isClass(index + 2, .of),
            let part = partOfDay(view, at: index + 3, after: period)
        {
            return (part, index + 4)
        }
        if view.isClass(index, .within), view.isClass(index + 1, .the),
            let part = partOfDay(view, at: index + 2, after: nil)
        {
            return (part, index + 3)
        }
        return nil
    }

    /// The part of the day named at `index`; `journée` is the daytime, or the
    /// evening after `fin`, the morning after `début`.
    private func partOfDay(_ view: TokenView, at index: Int, after part: PeriodPart?) -> DayPart? {
        if case .dayPart(let found)? = view.word(index) { return found }
        guard view.isClass(index, .dayPartSpan) else { return nil }
        switch part {
        case .end?: return .evening
        case .begin?: return .morning
        default: return .daytime
        }
    }

    /// `le lendemain`, `la veille au soir`, `lendemain`: at the day word.
    func narrativePhrase(_ view: TokenView, at index: Int, days: Int, start: Int) -> Detection? {
        if start == index {
            // Without its article only `au lendemain` reads as a date (`en veille` does not).
            guard days == 1, view.isClass(index - 1, [.to, .ofThe]) else { return nil }
        }
        var end = index + 1
        if view.isSame(end) { end += 1 }
        if let (part, after) = dayPartAfter(view, at: end) {
            return Detection(start: start, end: after, meaning: .dayPart(part, day: .narrative(days)))
        }
        return Detection(start: start, end: end, meaning: .narrative(days))
    }

    /// `mercredi`, `lundi dernier`, `mardi soir`, `dimanche midi`, `jeudi 14 mars`: at the weekday.
    func weekdayPhrase(_ view: TokenView, at index: Int) -> Detection? {
        if let date = calendarDate(view, at: index) { return date }
        guard case .weekday(let weekday, plural: false)? = view.word(index) else { return nil }
        if view.isCapitalized(index), view.isClass(index + 1, .holidayQualifier) {
            return nil
        }
        if view.isCapitalized(index), !view.isAllCapitals(index), index != view.bounds.lowerBound,
            view.isClass(index - 1, .ofThe) || view.isCapitalized(index - 1) && !view.isClass(index - 1, .this)
        {
            return nil  // le Journal du Dimanche, Ouest-France Dimanche
        }
        if let day = view.integer(index + 1), (1...31).contains(day),
            view.isClass(index + 2, .rangeLink)
        {
            return nil  // `du lundi 3 au vendredi 7 juin`: the range is read from its end
        }
        var end = index + 1
        var modifier: Modifier?
        if case .modifier(let found)? = view.word(end), found == .past || found == .future {
            modifier = found
            end += 1
            // `lundi prochain 19 décembre`: the date that follows names the same day.
            if let date = calendarDate(view, at: end), case .calendar(var fields) = date.meaning, fields.day != nil {
                fields.weekday = weekday
                return Detection(start: index, end: date.end, meaning: .calendar(fields))
            }
        }
        let day = Meaning.weekday(weekday, modifier)
        if let (part, after) = dayPartAfter(view, at: end) {
            return Detection(start: index, end: after, meaning: .dayPart(part, day: day))
        }
        // `dimanche midi`, `mercredi minuit`: a named hour of that day.
        if case .clock(let hour)? = view.word(end) {
            return Detection(start: index, end: end + 1, meaning: .clock(hour: hour, minute: 0, day: day))
        }
        return Detection(start: index, end: end, meaning: day)
    }

    /// `actuellement`, `maintenant`, `désormais`, `auparavant`: a reference to the
    /// present, the past or the future (`PRESENT_REF`, as `../shared/spec/annotation.md`
    /// asks). After `en` the word is a gerund (`en maintenant les prix`), not an adverb.
    func reference(_ view: TokenView, at index: Int, token: String, style: ReferenceStyle) -> Detection? {
        guard marksReferences || style != .timeml, !view.isClass(index - 1, .inPreposition) else { return nil }
        // `Plus récemment, mi-juin, …`: a comparative relates the time to another event.
        if view.isClass(index - 1, .comparative) { return nil }
        // `Auparavant, nous parlions …` frames the clause in the past; inside a clause
        // (`elle devait auparavant dîner`) the word means "before that", relative to an event.
        // After a complement (`jamais vu une telle situation auparavant`) it looks back from now;
        // right after a verb form (`avait auparavant interdit`) it relates to the event.
        if style == .frame, index != view.bounds.lowerBound, !view.isPunctuation(index - 1),
            isVerbForm(view, at: index - 1) || view.tokens.kind(at: index - 1) != .word
        {
            return nil
        }
        // `Maintenant, il y a des événements qui …`: opening a sentence (or a quoted one)
        // before a comma, a word of the `connective` class is a discourse connective (that said).
        if view.isClass(index, .connective), view.isWord(index + 1, ","),
            index == view.bounds.lowerBound || view.isPunctuation(index - 1)
        {
            return nil
        }
        return Detection(start: index, end: index + 1, meaning: .reference(token))
    }

    /// `pour l'instant`, `de nos jours`, `en ce moment`: at the phrase's first word.
    func referencePhrase(_ view: TokenView, at start: Int) -> Detection? {
        guard let phrases = vocabulary.references[view.norm(start)] else { return nil }
        for phrase in phrases where marksReferences || !phrase.timeml {
            if phrase.inClause,
                start == view.bounds.lowerBound || view.isPunctuation(start - 1)
                    || view.isClass(start - 1, [.the, .to]) || view.isNumber(start - 1)
                    || isUnitWord(view, at: start - 1)
            {
                continue
            }
            var cursor = start
            while cursor - start < phrase.words.count, view.isWord(cursor, phrase.words[cursor - start]) { cursor += 1 }
            // `Il est revenu quelques instants plus tard`: in a past clause the phrase moves a
            // narrative on; only ahead of now (`il rendra sa décision plus tard`) is it the future.
            if phrase.inClause, cursor - start == phrase.words.count,
                TenseReader(vocabulary: vocabulary).tense(of: start..<cursor, in: view) == .past
            {
                continue
            }
            // `l'avenir du pays`: a noun with its complement names a topic, not a time.
            if cursor - start == phrase.words.count, !view.isClass(cursor, .anyOf) {
                return Detection(start: start, end: cursor, meaning: .reference(phrase.token))
            }
        }
        return nil
    }

    /// Whether the word at `index` is a unit of time (`instants` in `quelques instants plus tard`).
    func isUnitWord(_ view: TokenView, at index: Int) -> Bool {
        if case .unit? = view.word(index) { return true }
        return false
    }

    /// Whether the word at `index` reads as a verb form that tells a tense: by the tense
    /// lexicon, the French lexicon's readings, or, for a word it does not know, its ending.
    private func isVerbForm(_ view: TokenView, at index: Int) -> Bool {
        let norm = view.norm(index)
        return vocabulary.tense[norm] != nil || TenseReader(vocabulary: vocabulary).suffixTense(norm) != nil
    }
}
