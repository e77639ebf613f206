/// Rules for parts of periods: `fin novembre`, `début 2025`, `la fin de l'année`,
/// `la fin du mois`, `en fin d'après-midi`, `début des années 60`, `la fin du XIXe siècle`.
extension DateGrammar {
    /// `fin novembre`, `début 2025`, `la fin de l'année`, `la fin du mois`,
    /// `fin d'après-midi`, `début des années 60`, `la fin du XIXe siècle`.
    func partOfPeriod(_ view: TokenView, at start: Int) -> Detection? {
        if let share = shareOfPeriod(view, at: start) { return share }
        var index = start
        if view.isClass(start, .the) { index += 1 }
        guard case .part(let part)? = view.word(index) else { return nil }
        if index == start, view.isClass(start - 1, .of) {
            return nil  // une fête de fin d'année: a kind of thing, not a date
        }
        let next = index + 1
        if view.isClass(next, .anyOf) {
            guard let inner = partInner(view, at: next + 1, link: next, part: part) else { return nil }
            let meaning: Meaning
            switch inner.meaning {
            case .dayPart, .period(.weekend, _, _): meaning = inner.meaning
            default: meaning = .part(part, inner.meaning)
            }
            return Detection(start: start, end: inner.end, meaning: meaning)
        }
        if case .month? = view.word(next), let date = calendarDate(view, at: next) {
            return Detection(start: start, end: date.end, meaning: .part(part, date.meaning))
        }
        if let value = view.integer(next), view.digitCount(next) == 4, (1000...2199).contains(value) {
            return Detection(start: start, end: next + 1, meaning: .part(part, .calendar(CalendarFields(year: value))))
        }
        return nil
    }

    /// `la deuxième moitié des années 1970`, `la première partie de l'année`: a share of a
    /// period, marked whole with the period's value; the half of a year is its half
    /// (`la seconde moitié de 2013` → `2013-H2`).
    private func shareOfPeriod(_ view: TokenView, at start: Int) -> Detection? {
        guard view.isClass(start, .the) else { return nil }
        let index = start + 1
        guard view.isClass(index + 1, .share) else { return nil }
        let ordinal: Int?
        if case .modifier(.past)? = view.word(index) {
            ordinal = -1  // la dernière partie
        } else {
            ordinal = view.has(index) && view.tokens.kind(at: index) == .word ? view.ordinal(at: index) : nil
        }
        guard let ordinal else { return nil }
        let half = view.isClass(index + 1, .half)
        let next = index + 2
        guard view.isClass(next, .anyOf)
        else { return nil }
        if let year = view.integer(next + 1), view.digitCount(next + 1) == 4, (1000...2199).contains(year) {
            let meaning: Meaning =
                half && (ordinal == 1 || ordinal == 2 || ordinal == -1)
                ? .yearPart(.halfYear, index: ordinal == 1 ? 1 : 2, year: year)
                : .calendar(CalendarFields(year: year))
            return Detection(start: start, end: next + 2, meaning: meaning)
        }
        guard let inner = partInner(view, at: next + 1, link: next, part: .during) else { return nil }
        return Detection(start: start, end: inner.end, meaning: inner.meaning)
    }

    /// `en matinée`, `en soirée`, `en pleine nuit`: a part of the day of the day the story is at.
    func partOfDayAfterEn(_ view: TokenView, at start: Int) -> Detection? {
        guard view.isClass(start, .inPreposition) else { return nil }
        let head = view.isClass(start + 1, .midst) ? start + 2 : start + 1
        guard head == start + 2 || view.isClass(head, .dayPartSpan), case .dayPart(let part)? = view.word(head)
        else { return nil }
        return Detection(start: start, end: head + 1, meaning: .dayPart(part, day: nil))
    }

    /// What follows `fin de`, `début du`, `milieu des`.
    private func partInner(_ view: TokenView, at index: Int, link: Int, part: PeriodPart) -> Detection? {
        if view.isClass(link, .ofThePlural) { return decade(view, at: index, start: index) }
        let contracted = view.isClass(link, .ofThe)
        // `début de 2005`.
        if view.isClass(link, .of), let year = view.integer(index), view.digitCount(index) == 4,
            (1000...2199).contains(year)
        {
            return Detection(start: index, end: index + 1, meaning: .calendar(CalendarFields(year: year)))
        }
        if contracted, let century = century(view, at: index, start: index) { return century }
        var cursor = index
        var demonstrative = false
        if !contracted {
            if view.isClass(cursor, .the) {
                cursor += 1
            } else if view.isClass(cursor, .this) {
                cursor += 1
                demonstrative = true
            }
        }
        switch view.word(cursor) {
        case .unit(.week, false)? where part == .end && cursor == index:
            // `la fin de semaine`, `en fin de semaine`: the weekend (in Quebec, the usual word for it).
            var end = cursor + 1
            var offset = 0
            if case .modifier(let modifier)? = view.word(end), modifier == .past || modifier == .future {
                offset = modifier == .past ? -1 : 1
                end += 1
            }
            return Detection(start: index, end: end, meaning: .period(.weekend, offset: offset, narrative: false))
        case .unit(let unit, let plural)? where plural != true:
            if unit == .day && view.isClass(cursor, .dayPartSpan) {
                let dayPart: DayPart = part == .end ? .evening : part == .begin ? .morning : .daytime
                return Detection(start: index, end: cursor + 1, meaning: .dayPart(dayPart, day: nil))
            }
            guard !unit.isTimeOfDay, unit != .day else { return nil }
            // `la fin du mois d'août`, `début du mois de juillet`: the part of the month named.
            if unit == .month, !demonstrative, let named = monthOf(view, at: cursor, start: index) { return named }
            var end = cursor + 1
            var offset = 0
            var narrative = false
            if !demonstrative, case .modifier(let modifier)? = view.word(end) {
                switch modifier {
                case .past: offset = -1
                case .future: offset = 1
                case .following:
                    offset = 1
                    narrative = true
                case .preceding:
                    offset = -1
                    narrative = true
                case .same: narrative = true
                case .generic, .bare: break
                }
                end += 1
            }
            if unit == .year, offset == 0, let value = view.integer(end), view.digitCount(end) == 4 {
                return Detection(start: index, end: end + 1, meaning: .calendar(CalendarFields(year: value)))
            }
            return Detection(start: index, end: end, meaning: .period(unit, offset: offset, narrative: narrative))
        case .dayPart(let dayPart)?:
            return Detection(start: index, end: cursor + 1, meaning: .dayPart(dayPart, day: nil))
        case .season?:
            return season(view, at: cursor, start: index)
        case .month?:
            return calendarDate(view, at: cursor)
        default:
            return nil
        }
    }
}
