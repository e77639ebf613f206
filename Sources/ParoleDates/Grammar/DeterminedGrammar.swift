/// Rules for expressions that start with an article or a demonstrative:
/// `le 7 octobre`, `la semaine dernière`, `ce mercredi`, `cette année`,
/// `les années 60`, `ces derniers jours`, `la nuit de lundi à mardi`.
extension DateGrammar {
    /// An expression that starts with an article or a demonstrative.
    func determined(_ view: TokenView, at start: Int) -> Detection? {
        if view.isClass(start, .the) { return definite(view, at: start) }
        if view.isClass(start, .this) { return demonstrative(view, at: start) }
        if view.isClass(start, [.thePlural, .these]) { return plural(view, at: start) }
        // `la crise des années 1990`: the decade, not an amount of years.
        if view.isClass(start, .ofThePlural) { return decade(view, at: start + 1, start: start) }
        // `les incidents du week-end dernier`, `le bilan du mois prochain`: `du` holds the
        // article of a unit with its modifier; the span starts at the unit. After a number or
        // a unit (`le 15 du mois dernier`, `la première semaine du mois dernier`), it is part
        // of a longer date, not a date alone.
        if view.isClass(start, .ofThe), !view.isNumber(start - 1), !isUnitWord(view, at: start - 1),
            case .unit(let unit, let plural)? = view.word(start + 1), plural != true,
            case .modifier(let modifier)? = view.word(start + 2), modifier != .generic, modifier != .bare
        {
            return definiteUnit(view, at: start + 1, unit: unit, start: start + 1)
        }
        return nil
    }

    private func definite(_ view: TokenView, at start: Int) -> Detection? {
        let index = start + 1
        if view.isNumber(index) || view.ordinal(at: index) == 1,
            let date = numericDate(view, at: index) ?? calendarDate(view, at: index)
        {
            return Detection(start: start, end: date.end, meaning: date.meaning)
        }
        switch view.word(index) {
        case .weekday(let weekday, plural: false)?:
            if let holiday = holiday(view, at: index, start: start) { return holiday }
            guard let phrase = weekdayPhrase(view, at: index) else { return nil }
            if case .weekday(_, nil) = phrase.meaning, view.isClass(start, .masculineThe) {
                // `le mardi` with no day or modifier is a habit: every Tuesday.
                return Detection(start: start, end: phrase.end, meaning: .set(.weekday(weekday)))
            }
            return Detection(start: start, end: phrase.end, meaning: phrase.meaning)
        case .narrativeDay(let days)?:
            return narrativePhrase(view, at: index, days: days, start: start)
        case .modifier(.same)?:
            guard case .unit(.day, plural: false)? = view.word(index + 1) else { return nil }
            return Detection(start: start, end: index + 2, meaning: .narrative(0))
        case .unit(let unit, let plural)? where plural != true:
            return definiteUnit(view, at: index, unit: unit, start: start) ?? holiday(view, at: index, start: start)
        case .season?:
            return season(view, at: index, start: start)
        case .dayPart(let part)?:
            return definiteDayPart(view, at: index, part: part, start: start)
        default:
            break
        }
        if let part = yearPart(view, at: index, start: start) { return part }
        if let century = century(view, at: index, start: start) { return century }
        if let weekday = weekdayOfPeriod(view, at: index, start: start) { return weekday }
        return feast(view, at: index, start: start) ?? holiday(view, at: index, start: start)
    }

    /// `fête de Pentecôte` after an article or a demonstrative: at `fête`.
    func feast(_ view: TokenView, at index: Int, start: Int) -> Detection? {
        guard view.isClass(index, .feast),
            view.isClass(index + 1, [.of, .ofThe])
        else { return nil }
        return holiday(view, at: index + 2, start: start)
    }

    /// `le premier dimanche du printemps`, `le dernier mardi de mars`: at the ordinal.
    func weekdayOfPeriod(_ view: TokenView, at index: Int, start: Int) -> Detection? {
        let ordinal: Int
        if case .modifier(.past)? = view.word(index) {
            ordinal = -1
        } else if let value = view.ordinal(at: index), value <= 5 {
            ordinal = value
        } else {
            return nil
        }
        guard case .weekday(let weekday, plural: false)? = view.word(index + 1) else { return nil }
        let link = index + 2
        guard view.isClass(link, [.of, .ofThe]) else { return nil }
        let period: Detection?
        if case .season? = view.word(link + 1) {
            period = season(view, at: link + 1, start: link)
        } else if case .month? = view.word(link + 1) {
            period = calendarDate(view, at: link + 1)
        } else {
            period = nil
        }
        guard let period else { return nil }
        return Detection(
            start: start, end: period.end,
            meaning: .weekdayOf(ordinal: ordinal, weekday: weekday, period: period.meaning))
    }

    /// `la semaine dernière`, `l'année 2001`, `le mois de juin`, `le jour même`: at the unit.
    private func definiteUnit(_ view: TokenView, at index: Int, unit: TimeUnit, start: Int) -> Detection? {
        let next = index + 1
        if case .modifier(let modifier)? = view.word(next) {
            if unit == .day {
                switch modifier {
                case .following: return Detection(start: start, end: next + 1, meaning: .narrative(1))
                case .preceding: return Detection(start: start, end: next + 1, meaning: .narrative(-1))
                case .same: return Detection(start: start, end: next + 1, meaning: .narrative(0))
                default: return nil
                }
            }
            guard unit != .hour, unit != .minute, unit != .second else { return nil }
            let offset: Int
            switch modifier {
            case .past, .preceding: offset = -1
            case .future, .following: offset = 1
            case .same, .generic, .bare: offset = 0
            }
            let narrative = modifier == .following || modifier == .preceding || modifier == .same
            return Detection(
                start: start, end: next + 1,
                meaning: .period(unit, offset: offset, narrative: narrative))
        }
        if unit == .year, let value = view.integer(next), view.digitCount(next) == 4 {
            return Detection(start: start, end: next + 1, meaning: .calendar(CalendarFields(year: value)))
        }
        if unit == .month, let month = monthOf(view, at: index, start: start) { return month }
        // `sera nommée dans la journée`: within the day the story is at.
        if unit == .day, view.isClass(start - 1, .within), view.isClass(index, .dayPartSpan),
            !view.isClass(next, .anyOf)
        {
            return Detection(start: start, end: next, meaning: .narrative(0))
        }
        if view.endsPhrase(at: next + 1, .ongoing), unit != .day {
            return Detection(start: start, end: next + 2, meaning: .period(unit, offset: 0, narrative: false))
        }
        return habitualWeekend(view, at: index, unit: unit, start: start)
    }

    /// `les bus sont gratuits le week-end`: the masculine article before `week-end` that no
    /// complement or modifier follows, in a clause with no past or future verb, names every weekend (as
    /// `le mardi` names every Tuesday); `le week-end du 15 août` or `a défilé le week-end` name one,
    /// and so does `le week-end` as a subject (``isSubject(_:at:)``).
    private func habitualWeekend(_ view: TokenView, at index: Int, unit: TimeUnit, start: Int) -> Detection? {
        let next = index + 1
        guard unit == .weekend, view.isClass(start, .masculineThe), !view.isClass(next, [.of, .ofThe, .anyOf]),
            view.word(next) == nil, !view.isNumber(next), !isSubject(view, at: next), statesHabit(view, around: start),
            TenseReader(vocabulary: vocabulary).tense(of: start..<next, in: view) == .unknown
        else { return nil }
        return Detection(start: start, end: next, meaning: .set(.every(1, .weekend)))
    }

    /// Whether the present clause around `le week-end` at `start` states a habit or a rule rather
    /// than one weekend's event: a form of `être` a few words before it (`les navettes sont
    /// gratuites le week-end`) or a negation near it (`le week-end, les bus ne circulent pas`).
    /// An event verb (`le Tour arrive le week-end à Paris`, `le salon ferme ses portes le
    /// week-end`) or no verb at all (`du soleil le week-end`) names one weekend.
    private func statesHabit(_ view: TokenView, around start: Int) -> Bool {
        let lower = max(view.bounds.lowerBound, start - 8)
        let upper = min(view.bounds.upperBound, start + 10)
        if (lower..<upper).contains(where: { view.isClass($0, .negation) }) { return true }
        return (max(view.bounds.lowerBound, start - 4)..<start).contains {
            vocabulary.tense[view.norm($0)]?.contains(.be) == true
        }
    }

    /// Whether the noun phrase ending before `next` is the subject of what follows: a relative
    /// `qui` (`le week-end, qui s'annonce ensoleillé`), a clitic that only stands before a finite
    /// verb (`le week-end s'annonce pluvieux`), or a form of `avoir`/`être` or a verb form that is
    /// nothing else (`le week-end est consacré à`, `le week-end commence`). A topic set off by a
    /// comma (`le week-end, les bus ne circulent pas`) is not one.
    private func isSubject(_ view: TokenView, at next: Int) -> Bool {
        if view.isClass(next, .subjectRelative) || view.isWord(next, ",") && view.isClass(next + 1, .subjectRelative) {
            return true
        }
        guard view.has(next), view.tokens.kind(at: next) == .word else { return false }
        if view.isClass(next, .preverbal) { return true }
        let word = view.norm(next)
        if let cues = vocabulary.tense[word], !cues.isDisjoint(with: [.have, .be]) { return true }
        guard let times = vocabulary.wordForms.verbTimes(of: word) else { return false }
        return TenseReader.isPresentOnly(times)
    }

    /// `mois de juin`, `le mois d'août 2023`: at `mois`.
    func monthOf(_ view: TokenView, at index: Int, start: Int) -> Detection? {
        let next = index + 1
        guard view.isClass(next, .of), case .month(let month, false)? = view.word(next + 1)
        else { return nil }
        var fields = CalendarFields(month: month)
        var end = next + 2
        if let year = yearAfterMonth(view, at: end) {
            fields.year = year
            end += 1
        } else if case .modifier(let modifier)? = view.word(end), modifier == .past || modifier == .future {
            fields.modifier = modifier
            end += 1
        }
        return Detection(start: start, end: end, meaning: .calendar(fields))
    }

    /// `la nuit de lundi à mardi`, `le soir même`, `dans la soirée`: at the part of the day.
    private func definiteDayPart(_ view: TokenView, at index: Int, part: DayPart, start: Int) -> Detection? {
        let next = index + 1
        if let dated = datedDayPart(view, at: index, part: part, start: start) { return dated }
        if view.isClass(next, [.of, .ofThe]),
            case .weekday(let first, plural: false)? = view.word(next + 1)
        {
            var end = next + 2
            if view.isClass(end, .to), case .weekday? = view.word(end + 1) { end += 2 }
            return Detection(start: start, end: end, meaning: .dayPart(part, day: .weekday(first, nil)))
        }
        if view.isSame(next) {
            return Detection(start: start, end: next + 1, meaning: .dayPart(part, day: .narrative(0)))
        }
        if case .modifier(let modifier)? = view.word(next), modifier == .past || modifier == .future {
            // `la nuit dernière`, `la soirée passée`: the one before (or after) the publication day.
            let day = Meaning.deictic(modifier == .past ? (part == .night ? 0 : -1) : (part == .night ? 0 : 1))
            return Detection(start: start, end: next + 1, meaning: .dayPart(part, day: day))
        }
        // `le soir`, `le matin` alone are habits; the feminine forms name one evening.
        guard !view.isClass(start, .masculineThe), !view.isClass(next, .anyOf), !view.isWord(next, "-") else {
            return nil
        }
        return Detection(start: start, end: next, meaning: .dayPart(part, day: nil))
    }

    /// `la soirée du mercredi 10 avril 2019`, `la nuit du 17 au 18 mai`, `au soir du 12 février`:
    /// that date's part of the day (at the part of the day).
    func datedDayPart(_ view: TokenView, at index: Int, part: DayPart, start: Int) -> Detection? {
        guard view.isClass(index + 1, [.of, .ofThe]), let date = dayOfPart(view, at: index + 2) else { return nil }
        return Detection(start: start, end: date.end, meaning: .dayPart(part, day: date.meaning))
    }

    /// The date with its day after `la nuit du`: `12 février`, `mercredi 10 avril 2019`, or
    /// a night from one day to the next (`nightSpan`).
    private func dayOfPart(_ view: TokenView, at index: Int) -> Detection? {
        let date = calendarDate(view, at: index)
        if let night = nightSpan(view, at: index, firstDate: date) { return night }
        guard let date, case .calendar(let fields) = date.meaning, fields.day != nil else { return nil }
        return date
    }

    /// A night from one day to the next, as its first day: `17 au 18 mai`, `1er au 2 mars`, `samedi 17 au
    /// dimanche 18 mai 2024` (the month and year of the last), `17 mai au 18 mai`, `31 mai au
    /// 1er juin` (the first day's own month, the year of the last).
    private func nightSpan(_ view: TokenView, at index: Int, firstDate: Detection?) -> Detection? {
        var dayIndex = index
        if case .weekday(_, plural: false)? = view.word(index) { dayIndex += 1 }
        // `la nuit du 1er au 2 mars`: the first of the month is written as an ordinal.
        guard let first = bareDay(view, at: dayIndex) else { return nil }
        var own: CalendarFields?
        var to = dayIndex + 1
        if let firstDate, case .calendar(let fields) = firstDate.meaning, fields.month != nil, fields.day == first {
            own = fields
            to = firstDate.end
        }
        guard view.isClass(to, .to), let last = calendarDate(view, at: to + 1),
            case .calendar(var fields) = last.meaning, let day = fields.day,
            day == first + 1 || (own != nil && day == 1)
        else { return nil }
        if let own, let month = own.month {
            if let year = fields.year, let lastMonth = fields.month, month > lastMonth { fields.year = year - 1 }
            fields.month = month
        }
        fields.day = first
        fields.weekday = nil
        return Detection(start: index, end: last.end, meaning: .calendar(fields))
    }

    private func demonstrative(_ view: TokenView, at start: Int) -> Detection? {
        var index = start + 1
        var narrative = false
        if view.isSame(index) {
            index += 1
            narrative = true
        }
        switch view.word(index) {
        case .weekday(_, plural: false)?:
            guard let phrase = weekdayPhrase(view, at: index) else { return nil }
            return Detection(start: start, end: phrase.end, meaning: phrase.meaning)
        case .unit(let unit, let plural)? where plural != true:
            let next = index + 1
            if view.isClass(next, .distal) {
                let meaning: Meaning = unit == .day ? .narrative(0) : .period(unit, offset: 0, narrative: true)
                return Detection(start: start, end: next + 1, meaning: meaning)
            }
            let end = view.isClass(next, .proximal) ? next + 1 : next
            if narrative {
                return Detection(
                    start: start, end: end,
                    meaning: unit == .day ? .narrative(0) : .period(unit, offset: 0, narrative: true))
            }
            guard !unit.isTimeOfDay else { return nil }
            if unit == .day { return Detection(start: start, end: end, meaning: .deictic(0)) }
            return Detection(start: start, end: end, meaning: .period(unit, offset: 0, narrative: false))
        case .dayPart(let part)?:
            let next = index + 1
            if view.isClass(next, .distal) || narrative {
                let end = view.isClass(next, .distal) ? next + 1 : next
                return Detection(start: start, end: end, meaning: .dayPart(part, day: .narrative(0)))
            }
            return Detection(start: start, end: next, meaning: .dayPart(part, day: .deictic(0)))
        case .clock(12)?:
            return Detection(start: start, end: index + 1, meaning: .clock(hour: 12, minute: 0, day: .deictic(0)))
        case .season?:
            return season(view, at: index, start: start)
        default:
            return feast(view, at: index, start: start)
        }
    }

    /// `les années 60`, `les lundis`, `ces derniers jours`, `les trois derniers mois`,
    /// `les tout prochains jours`, `ces dernières 24 heures`.
    private func plural(_ view: TokenView, at start: Int) -> Detection? {
        var index = start + 1
        if view.isClass(start, .thePlural) {
            if let decade = decade(view, at: index, start: start) { return decade }
            if case .weekday(let weekday, plural: true)? = view.word(index) {
                return Detection(start: start, end: index + 1, meaning: .set(.weekday(weekday)))
            }
            if case .unit(.month, _)? = view.word(index), view.isClass(index + 1, .of),
                case .season(let season)? = view.word(index + 2)
            {
                return Detection(start: start, end: index + 3, meaning: .season(season, year: nil, modifier: .generic))
            }
        }
        if view.isClass(index, .whole) { index += 1 }
        var amount = Amount.unknown
        var sawModifier = false
        if case .modifier(let modifier)? = view.word(index), modifier == .past || modifier == .future {
            sawModifier = true
            index += 1
        }
        if let (value, after) = exactQuantity(view, at: index) {
            amount = .exact(value)
            index = after
        }
        if !sawModifier, case .modifier(let modifier)? = view.word(index), modifier == .past || modifier == .future {
            sawModifier = true
            index += 1
        }
        guard case .unit(let unit, let plural)? = view.word(index), plural != false else { return nil }
        index += 1
        if !sawModifier, case .modifier(let modifier)? = view.word(index), modifier == .past || modifier == .future {
            sawModifier = true
            index += 1
        }
        if !sawModifier, view.isClass(start, .these), view.isClass(index, .proximal) {
            sawModifier = true
            index += 1
        }
        // `les jours à venir`, `les semaines à venir`: the coming ones.
        if !sawModifier, view.isClass(start, .thePlural), view.endsPhrase(at: index + 1, .upcoming) {
            sawModifier = true
            index += 2
        }
        guard sawModifier else { return nil }
        return Detection(start: start, end: index, meaning: .duration(amount, unit))
    }
}
