/// Rules for dates relative to the publication date or to the story:
/// `hier soir`, `le lendemain`, `mardi prochain`, `la semaine dernière`,
/// `cette année`, `fin novembre`, `la fin de l'année`, `la nuit de lundi à mardi`.
extension DateGrammar {
    /// `hier`, `aujourd'hui vendredi`, `demain matin`, `hier en début d'après-midi`.
    func deicticPhrase(_ view: TokenView, at index: Int) -> Detection? {
        guard case .deicticDay(let days)? = view.word(index) else { return nil }
        let base = Meaning.deictic(days)
        var end = index + 1
        if days == 0, view.isWord(end, ","), index == view.bounds.lowerBound || view.isWord(index - 1, ",") {
            // `Aujourd'hui, …` sets a scene in the present rather than naming the day.
            return Detection(start: index, end: end, meaning: .reference("PRESENT_REF"))
        }
        if days == 0, case .weekday? = view.word(end) {
            end = calendarDate(view, at: end)?.end ?? end + 1
            return Detection(start: index, end: end, meaning: base)
        }
        if let (part, after) = dayPartAfter(view, at: end) {
            return Detection(start: index, end: after, meaning: .dayPart(part, day: base))
        }
        if view.isWord(end, "midi") {
            return Detection(start: index, end: end + 1, meaning: .clock(hour: 12, minute: 0, day: base))
        }
        if view.isWord(end, "à"), let time = clockTime(view, at: end + 1),
            case .clock(let hour, let minute, nil) = time.meaning
        {
            return Detection(start: index, end: time.end, meaning: .clock(hour: hour, minute: minute, day: base))
        }
        return Detection(start: index, end: end, meaning: base)
    }

    /// A part of the day after a day: `soir`, `au soir`, `en début d'après-midi`, `dans la soirée`.
    func dayPartAfter(_ view: TokenView, at index: Int) -> (DayPart, Int)? {
        if case .dayPart(let part)? = view.word(index) { return (part, index + 1) }
        if view.isWord(index, "au"), case .dayPart(let part)? = view.word(index + 1) { return (part, index + 2) }
        if view.isWord(index, "en"), case .part? = view.word(index + 1),
            view.isWord(index + 2, "de") || view.isWord(index + 2, "d'"),
            let part = partOfDay(view, at: index + 3, after: view.norm(index + 1))
        {
            return (part, index + 4)
        }
        if view.isWord(index, "dans"), view.isWord(index + 1, "la") || view.isWord(index + 1, "l'"),
            let part = partOfDay(view, at: index + 2, after: "")
        {
            return (part, index + 3)
        }
        return nil
    }

    /// The part of the day named at `index`; `journée` is the daytime, or the
    /// evening after `fin`, the morning after `début`.
    private func partOfDay(_ view: TokenView, at index: Int, after part: String) -> DayPart? {
        if case .dayPart(let found)? = view.word(index) { return found }
        if view.norm(index) == "journée" {
            switch part {
            case "fin": return .evening
            case "début": return .morning
            default: return .daytime
            }
        }
        return nil
    }

    /// `le lendemain`, `la veille au soir`, `lendemain`: at the day word.
    func narrativePhrase(_ view: TokenView, at index: Int, days: Int, start: Int) -> Detection? {
        if start == index {
            // Without its article only `au lendemain` reads as a date (`en veille` does not).
            guard days == 1, view.isWord(index - 1, "au") || view.isWord(index - 1, "du") else { return nil }
        }
        var end = index + 1
        if view.isWord(end, "même") { end += 1 }
        if let (part, after) = dayPartAfter(view, at: end) {
            return Detection(start: start, end: after, meaning: .dayPart(part, day: .narrative(days)))
        }
        return Detection(start: start, end: end, meaning: .narrative(days))
    }

    /// `mercredi`, `lundi dernier`, `mardi soir`, `dimanche midi`, `jeudi 14 mars`: at the weekday.
    func weekdayPhrase(_ view: TokenView, at index: Int) -> Detection? {
        if let date = calendarDate(view, at: index) { return date }
        guard case .weekday(let weekday, plural: false)? = view.word(index) else { return nil }
        if view.isCapitalized(index), view.isWord(index + 1, "saint") || view.isWord(index + 1, "gras") {
            return nil
        }
        if view.isCapitalized(index), !view.isAllCapitals(index), index != view.bounds.lowerBound,
            view.isWord(index - 1, "du") || view.isCapitalized(index - 1) && !view.isWord(index - 1, "ce")
        {
            return nil  // le Journal du Dimanche, Ouest-France Dimanche
        }
        if let day = view.integer(index + 1), (1...31).contains(day),
            ["au", "à", "et", "-", "ou"].contains(view.norm(index + 2))
        {
            return nil  // `du lundi 3 au vendredi 7 juin`: the range is read from its end
        }
        var end = index + 1
        var modifier: Modifier?
        if case .modifier(let found)? = view.word(end), found == .past || found == .future {
            modifier = found
            end += 1
        }
        let day = Meaning.weekday(weekday, modifier)
        if let (part, after) = dayPartAfter(view, at: end) {
            return Detection(start: index, end: after, meaning: .dayPart(part, day: day))
        }
        if view.isWord(end, "midi") {
            return Detection(start: index, end: end + 1, meaning: .clock(hour: 12, minute: 0, day: day))
        }
        return Detection(start: index, end: end, meaning: day)
    }

    /// An expression that starts with an article or a demonstrative.
    func determined(_ view: TokenView, at start: Int) -> Detection? {
        switch view.norm(start) {
        case "le", "la", "l'": return definite(view, at: start)
        case "ce", "cet", "cette": return demonstrative(view, at: start)
        case "les", "ces": return plural(view, at: start)
        default: return nil
        }
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
            if case .weekday(_, nil) = phrase.meaning, view.norm(start) == "le" {
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
        guard view.isWord(index, "fête"), view.isWord(index + 1, "de") || view.isWord(index + 1, "du")
            || view.isWord(index + 1, "d'")
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
        guard view.isWord(link, "de") || view.isWord(link, "du") || view.isWord(link, "d'") else { return nil }
        let period: Detection?
        if case .season? = view.word(link + 1) {
            period = season(view, at: link + 1, start: link)
        } else if case .month? = view.word(link + 1) {
            period = calendarDate(view, at: link + 1)
        } else {
            period = nil
        }
        guard let period else { return nil }
        return Detection(start: start, end: period.end,
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
            case .same: offset = 0
            }
            let narrative = modifier == .following || modifier == .preceding || modifier == .same
            return Detection(start: start, end: next + 1,
                             meaning: .period(unit, offset: offset, narrative: narrative))
        }
        if unit == .year, let value = view.integer(next), view.digitCount(next) == 4 {
            return Detection(start: start, end: next + 1, meaning: .calendar(CalendarFields(year: value)))
        }
        if unit == .month, let month = monthOf(view, at: index, start: start) { return month }
        if view.isWord(next, "en"), view.isWord(next + 1, "cours"), unit != .day {
            return Detection(start: start, end: next + 2, meaning: .period(unit, offset: 0, narrative: false))
        }
        return nil
    }

    /// `mois de juin`, `le mois d'août 2023`: at `mois`.
    func monthOf(_ view: TokenView, at index: Int, start: Int) -> Detection? {
        let next = index + 1
        guard view.isWord(next, "de") || view.isWord(next, "d'"), case .month(let month, false)? = view.word(next + 1)
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
        if view.isWord(next, "de") || view.isWord(next, "du"),
            case .weekday(let first, plural: false)? = view.word(next + 1)
        {
            var end = next + 2
            if view.isWord(end, "à") || view.isWord(end, "au"), case .weekday? = view.word(end + 1) { end += 2 }
            return Detection(start: start, end: end, meaning: .dayPart(part, day: .weekday(first, nil)))
        }
        if view.isWord(next, "même") {
            return Detection(start: start, end: next + 1, meaning: .dayPart(part, day: .narrative(0)))
        }
        if case .modifier(let modifier)? = view.word(next), modifier == .past || modifier == .future {
            // `la nuit dernière`, `la soirée passée`: the one before (or after) the publication day.
            let day = Meaning.deictic(modifier == .past ? (part == .night ? 0 : -1) : (part == .night ? 0 : 1))
            return Detection(start: start, end: next + 1, meaning: .dayPart(part, day: day))
        }
        // `le soir`, `le matin` alone are habits; the feminine forms name one evening.
        guard view.norm(start) != "le" else { return nil }
        let following = view.norm(next)
        guard !["de", "d'", "du", "des", "-"].contains(following) else { return nil }
        return Detection(start: start, end: next, meaning: .dayPart(part, day: nil))
    }

    private func demonstrative(_ view: TokenView, at start: Int) -> Detection? {
        var index = start + 1
        var narrative = false
        if view.isWord(index, "même") {
            index += 1
            narrative = true
        }
        switch view.word(index) {
        case .weekday(_, plural: false)?:
            guard let phrase = weekdayPhrase(view, at: index) else { return nil }
            return Detection(start: start, end: phrase.end, meaning: phrase.meaning)
        case .unit(let unit, let plural)? where plural != true:
            let next = index + 1
            if view.isWord(next, "-là") {
                let meaning: Meaning = unit == .day ? .narrative(0) : .period(unit, offset: 0, narrative: true)
                return Detection(start: start, end: next + 1, meaning: meaning)
            }
            let end = view.isWord(next, "-ci") ? next + 1 : next
            if narrative { return Detection(start: start, end: end, meaning: unit == .day ? .narrative(0) : .period(unit, offset: 0, narrative: true)) }
            guard !unit.isTimeOfDay else { return nil }
            if unit == .day { return Detection(start: start, end: end, meaning: .deictic(0)) }
            return Detection(start: start, end: end, meaning: .period(unit, offset: 0, narrative: false))
        case .dayPart(let part)?:
            let next = index + 1
            if view.isWord(next, "-là") || narrative {
                let end = view.isWord(next, "-là") ? next + 1 : next
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
        if view.norm(start) == "les" {
            if let decade = decade(view, at: index, start: start) { return decade }
            if case .weekday(let weekday, plural: true)? = view.word(index) {
                return Detection(start: start, end: index + 1, meaning: .set(.weekday(weekday)))
            }
            if view.isWord(index, "mois"), view.isWord(index + 1, "d'"), case .season(let season)? = view.word(index + 2) {
                return Detection(start: start, end: index + 3, meaning: .season(season, year: nil, modifier: nil))
            }
        }
        if view.isWord(index, "tout") { index += 1 }
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
        if !sawModifier, view.norm(start) == "ces", view.isWord(index, "-ci") {
            sawModifier = true
            index += 1
        }
        guard sawModifier else { return nil }
        return Detection(start: start, end: index, meaning: .duration(amount, unit))
    }

    /// `fin novembre`, `début 2025`, `la fin de l'année`, `la fin du mois`,
    /// `fin d'après-midi`, `début des années 60`, `la fin du XIXe siècle`.
    func partOfPeriod(_ view: TokenView, at start: Int) -> Detection? {
        var index = start
        if ["la", "le", "l'"].contains(view.norm(start)) { index += 1 }
        guard case .part(let part)? = view.word(index) else { return nil }
        if index == start, view.isWord(start - 1, "de") || view.isWord(start - 1, "d'") {
            return nil  // une fête de fin d'année: a kind of thing, not a date
        }
        let next = index + 1
        if view.isWord(next, "de") || view.isWord(next, "d'") || view.isWord(next, "du") || view.isWord(next, "des") {
            guard let inner = partInner(view, at: next + 1, contracted: view.norm(next), part: part) else { return nil }
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

    /// What follows `fin de`, `début du`, `milieu des`.
    private func partInner(_ view: TokenView, at index: Int, contracted: String, part: PeriodPart) -> Detection? {
        if contracted == "des" { return decade(view, at: index, start: index) }
        if contracted == "du", let century = century(view, at: index, start: index) { return century }
        var cursor = index
        var demonstrative = false
        if contracted != "du" {
            let article = view.norm(cursor)
            if ["l'", "la", "le"].contains(article) {
                cursor += 1
            } else if ["ce", "cet", "cette"].contains(article) {
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
            if unit == .day && view.norm(cursor) == "journée" {
                let dayPart: DayPart = part == .end ? .evening : part == .begin ? .morning : .daytime
                return Detection(start: index, end: cursor + 1, meaning: .dayPart(dayPart, day: nil))
            }
            guard !unit.isTimeOfDay, unit != .day else { return nil }
            var end = cursor + 1
            var offset = 0
            var narrative = false
            if !demonstrative, case .modifier(let modifier)? = view.word(end) {
                switch modifier {
                case .past: offset = -1
                case .future: offset = 1
                case .following: offset = 1; narrative = true
                case .preceding: offset = -1; narrative = true
                case .same: narrative = true
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

    /// `actuellement`, or in the TimeML style `maintenant`, `désormais`: a
    /// reference to the present, the past or the future.
    func reference(_ view: TokenView, at index: Int, token: String, timeml: Bool) -> Detection? {
        guard marksReferences || !timeml else { return nil }
        return Detection(start: index, end: index + 1, meaning: .reference(token))
    }

    /// `pour l'instant`, `de nos jours`, `en ce moment`: at the phrase's first word.
    func referencePhrase(_ view: TokenView, at start: Int) -> Detection? {
        guard let phrases = vocabulary.references[view.norm(start)] else { return nil }
        for phrase in phrases where marksReferences || !phrase.timeml {
            var cursor = start
            while cursor - start < phrase.words.count, view.isWord(cursor, phrase.words[cursor - start]) { cursor += 1 }
            if cursor - start == phrase.words.count {
                return Detection(start: start, end: cursor, meaning: .reference(phrase.token))
            }
        }
        return nil
    }
}
