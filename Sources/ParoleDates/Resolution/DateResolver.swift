import ParoleCore

/// Turns meanings into TIMEX3 values against a ``DateContext``.
struct DateResolver: Sendable {
    /// The value of `meaning` read with `tense`; `timeDay` is the day a time of
    /// day with no day of its own belongs to.
    func resolve(_ meaning: Meaning, tense: Tense, context: DateContext, timeDay: CalendarDay?) -> Resolution {
        switch meaning {
        case .calendar(let fields):
            return calendar(fields, tense: tense, context: context)
        case .weekday(let weekday, let modifier):
            return self.weekday(weekday, lean: Lean(modifier, tense: tense), context: context)
        case .deictic(let days):
            guard let day = context.documentDay else { return unknownDay(context) }
            return .day(day.adding(days: days), anchor: .document)
        case .narrative(let days):
            if let day = context.storyDay { return .day(day.adding(days: days), anchor: .narrative) }
            guard let day = context.documentDay else { return unknownDay(context) }
            return .day(day.adding(days: days), anchor: .document)
        case .period(let unit, let offset, let narrative):
            return period(unit, offset: offset, narrative: narrative, tense: tense, context: context)
        case .decade(let decade):
            let first = CalendarDay(year: decade * 10, month: 1, day: 1)
            let last = CalendarDay(year: decade * 10 + 9, month: 12, day: 31)
            return Resolution(
                value: Timex.decade(decade), days: first.flatMap { f in last.map { f...$0 } }, anchor: .none, day: nil)
        case .century(let century):
            return .token(Timex.century(century))
        case .season(let season, let year, let modifier):
            if year == nil, modifier == .generic || modifier == .bare && tense == .unknown {
                return .token("XXXX-" + season.rawValue)
            }
            return self.season(
                season, year: year, lean: Lean(modifier, tense: tense), ahead: tense == .past, context: context)
        case .yearPart(let unit, let index, let year):
            return yearPart(unit, index: index, year: year, tense: tense, context: context)
        case .part(_, let inner):
            return resolve(inner, tense: tense, context: context, timeDay: timeDay)
        case .clock(let hour, let minute, let day):
            let base = day.map { resolve($0, tense: tense, context: context, timeDay: timeDay) }
            return onDay(base, fallback: timeDay, context: context, suffix: Timex.clock(hour, minute))
        case .dayPart(let part, let day):
            let base = day.map { resolve($0, tense: tense, context: context, timeDay: timeDay) }
            return onDay(base, fallback: timeDay, context: context, suffix: "T" + part.rawValue)
        case .duration(let amount, let unit):
            return .token(Timex.duration(amount, unit))
        case .offset(let amount, let unit, let sign, let narrative):
            return offset(amount, unit, sign: sign, narrative: narrative, context: context)
        case .set(let recurrence):
            switch recurrence {
            // `tous les week-ends`: every weekend, TIMEX3 `XXXX-WXX-WE` (no duration unit is `WE`).
            case .every(1, .weekend): return .token("XXXX-WXX-WE")
            case .every(let count, let unit): return .token(Timex.duration(.exact(Double(count)), unit))
            case .weekday(let weekday): return .token("XXXX-WXX-\(weekday)")
            // `chaque matin`: every day's morning, TIMEX3 `XXXX-XX-XXTMO`.
            case .dayPart(let part): return .token("XXXX-XX-XXT" + part.rawValue)
            case .season(let season): return .token("XXXX-" + season.rawValue)
            }
        case .reference(let token):
            return .token(token)
        case .holiday(let holiday, let year, let modifier):
            return self.holiday(holiday, year: year, lean: Lean(modifier, tense: tense), context: context)
        case .weekdayOf(let ordinal, let weekday, let period):
            let base = resolve(period, tense: tense, context: context, timeDay: timeDay)
            guard let days = base.days else { return .token("XXXX-XX-XX") }
            let day: CalendarDay
            if ordinal < 0 {
                day = days.upperBound.adding(days: -((days.upperBound.weekday - weekday + 7) % 7))
            } else {
                day = days.lowerBound.adding(days: (weekday - days.lowerBound.weekday + 7) % 7 + 7 * (ordinal - 1))
            }
            guard days.contains(day) else { return .token("XXXX-XX-XX") }
            return .day(day, anchor: base.anchor)
        }
    }

    /// A value for a day that cannot be pinned: the publication month, or `XXXX-XX-XX`.
    private func unknownDay(_ context: DateContext) -> Resolution {
        if let (year, month) = context.documentMonth { return .month(year, month, anchor: .document) }
        return .token("XXXX-XX-XX")
    }

    // MARK: Calendar dates

    private func calendar(_ fields: CalendarFields, tense: Tense, context: DateContext) -> Resolution {
        switch (fields.year, fields.month, fields.day) {
        case (let year?, let month?, let day?):
            guard let date = CalendarDay(year: year, month: month, day: day) else { return .token("XXXX-XX-XX") }
            return .day(date, anchor: .none)
        case (let year?, let month?, nil):
            return .month(year, month, anchor: .none)
        case (let year?, nil, _):
            return .year(year, anchor: .none)
        case (nil, let month?, let day?):
            if let weekday = fields.weekday, let date = dayFixedByWeekday(month, day, weekday, context: context) {
                return .day(date, anchor: .calendar)
            }
            let lean = Lean(fields.modifier, tense: tense)
            guard let year = pickYear(month: month, day: day, lean: lean, ahead: tense == .past, context: context),
                let date = CalendarDay(year: year, month: month, day: day)
                    ?? leapDay(month, day, near: year, lean: lean)
            else { return .token("XXXX-" + Timex.pad(month) + "-" + Timex.pad(day)) }
            return .day(date, anchor: .document)
        case (nil, nil, let day?):
            if let weekday = fields.weekday, let date = dayInNearbyMonth(day, weekday, context: context) {
                return .day(date, anchor: .calendar)
            }
            return .token("XXXX-XX-" + Timex.pad(day))
        case (nil, let month?, nil):
            let lean = Lean(fields.modifier, tense: tense)
            guard let year = pickYear(month: month, day: nil, lean: lean, ahead: tense == .past, context: context)
            else {
                return .token("XXXX-" + Timex.pad(month))
            }
            return .month(year, month, anchor: .document)
        default:
            return .token("XXXX-XX-XX")
        }
    }

    /// `le 29 février` when the year picked has none: that day in the nearest leap year
    /// before it, or after it when `lean` looks ahead (`2024-02-29` read in March 2026).
    func leapDay(_ month: Int, _ day: Int, near year: Int, lean: Lean) -> CalendarDay? {
        guard month == 2, day == 29 else { return nil }
        let step = lean == .future || lean == .futureStrict ? 1 : -1
        for distance in 1...8 {
            if let date = CalendarDay(year: year + step * distance, month: month, day: day) { return date }
        }
        return nil
    }

    /// The year in which `day` `month` falls on `weekday`, nearest the reference
    /// (or, with no reference, the latest up to the current year).
    func dayFixedByWeekday(
        _ month: Int, _ day: Int, _ weekday: Int, context: DateContext,
        currentYear: Int? = nil
    ) -> CalendarDay? {
        let center: Int
        if let (year, _) = context.referenceMonth {
            center = year
            var best: CalendarDay?
            for year in (center - 1)...(center + 1) {
                guard let date = CalendarDay(year: year, month: month, day: day), date.weekday == weekday else {
                    continue
                }
                if let best, abs(year - center) >= abs(best.year - center) { continue }
                best = date
            }
            return best
        }
        guard let currentYear else { return nil }
        for year in stride(from: currentYear, through: currentYear - 27, by: -1) {
            if let date = CalendarDay(year: year, month: month, day: day), date.weekday == weekday { return date }
        }
        return nil
    }

    /// The day `day` falling on `weekday` in the month of the reference or a month
    /// next to it, nearest the reference (`samedi 25` read in May 2024 is 25 May).
    func dayInNearbyMonth(_ day: Int, _ weekday: Int, context: DateContext) -> CalendarDay? {
        guard
            let reference = context.storyDay ?? context.documentDay
                ?? context.documentMonth.flatMap({ CalendarDay(year: $0.year, month: $0.month, day: 15) })
        else { return nil }
        var best: CalendarDay?
        for shift in -2...2 {
            let (year, month) = CalendarDay.shift(year: reference.year, month: reference.month, by: shift)
            guard let date = CalendarDay(year: year, month: month, day: day), date.weekday == weekday else { continue }
            if let found = best, abs(found.dayNumber - reference.dayNumber) <= abs(date.dayNumber - reference.dayNumber)
            {
                continue
            }
            best = date
        }
        return best
    }

    /// The year of `day` `month` (or of `month`) that `lean` picks around the reference; with
    /// `ahead` (a past clause), a date just ahead of the reference is the coming one (see
    /// ``choose(_:_:imminent:)``): up to two weeks ahead for a day, the next month for a month.
    func pickYear(month: Int, day: Int?, lean: Lean, ahead: Bool = false, context: DateContext) -> Int? {
        guard let (referenceYear, referenceMonth) = context.referenceMonth else { return nil }
        var offsets: [Int: Int] = [:]
        for year in (referenceYear - 1)...(referenceYear + 1) {
            let offset: Int
            if let day, let reference = context.documentDay {
                let clamped = min(day, CalendarDay.daysInMonth(year: year, month: month))
                guard let date = CalendarDay(year: year, month: month, day: clamped) else { continue }
                offset = date.dayNumber - reference.dayNumber
            } else {
                offset = (year * 12 + month) - (referenceYear * 12 + referenceMonth)
                if offset == 0 && (lean == .pastStrict || lean == .futureStrict) && day != nil {
                    offsets[0] = year  // the same month: `le 6 mai dernier` in May
                    continue
                }
            }
            offsets[offset] = year
        }
        var chosenLean = lean
        if day != nil, context.documentDay == nil {
            if lean == .pastStrict { chosenLean = .past }
            if lean == .futureStrict { chosenLean = .future }
        }
        let imminent = !ahead ? 0 : day != nil && context.documentDay != nil ? Self.imminentDays : 1
        guard let chosen = Self.choose(chosenLean, Array(offsets.keys), imminent: imminent) else { return nil }
        return offsets[chosen]
    }

    /// How many days ahead of the publication day a day with no year is still the coming one
    /// in a past clause (`le scrutin du 20 mars ne faisait guère de doute` on 10 March).
    static let imminentDays = 14

    /// The offset `lean` picks, except that a date just ahead of the reference (up to
    /// `imminent` units: `en octobre` written on 12 September) is the coming one rather than
    /// the one nearly a year back, which news would write with its year.
    static func choose(_ lean: Lean, _ offsets: [Int], imminent: Int) -> Int? {
        let picked = lean.choose(offsets)
        if lean == .past, let back = picked, back < 0, let ahead = offsets.filter({ $0 > 0 && $0 <= imminent }).min() {
            return ahead
        }
        return picked
    }

    // MARK: Weekdays

    private func weekday(_ weekday: Int, lean: Lean, context: DateContext) -> Resolution {
        // `Dimanche, la fête … Dimanche soir, un bal`: with no tense, the weekday of the day
        // the story is at, within a week of publication, is that day.
        if lean == .nearest, let story = context.storyDay, story.weekday == weekday,
            let reference = context.documentDay, abs(story.dayNumber - reference.dayNumber) <= 7
        {
            return .day(story, anchor: .narrative)
        }
        if let reference = context.documentDay {
            return .day(day(weekday, lean: lean, from: reference), anchor: .document)
        }
        // `vendredi dernier` counts from the day of writing, which a month header does not give.
        if let anchor = context.monthAnchor, lean != .pastStrict, lean != .futureStrict {
            return .day(day(weekday, lean: lean, from: anchor), anchor: .narrative)
        }
        if let (year, month) = context.documentMonth { return .month(year, month, anchor: .document) }
        return .token("XXXX-WXX-\(weekday)")
    }

    /// The day with `weekday` that `lean` picks around `reference`.
    func day(_ weekday: Int, lean: Lean, from reference: CalendarDay) -> CalendarDay {
        let back = (reference.weekday - weekday + 7) % 7
        let forward = (weekday - reference.weekday + 7) % 7
        let offsets = [-back, -back - 7, forward, forward + 7]
        return reference.adding(days: lean.choose(offsets) ?? -back)
    }

    // MARK: Periods

    private func period(
        _ unit: TimeUnit, offset: Int, narrative: Bool, tense: Tense,
        context: DateContext
    ) -> Resolution {
        let base = narrative ? (context.storyDay ?? context.documentDay) : context.documentDay
        let anchor: TemporalExpression.Anchor = narrative && context.storyDay != nil ? .narrative : .document
        switch unit {
        case .day:
            guard let base else { return unknownDay(context) }
            return .day(base.adding(days: offset), anchor: anchor)
        case .week, .weekend:
            guard let base else { return unknownDay(context) }
            var shift = 7 * offset
            if unit == .weekend, offset == 0, tense == .past, base.weekday < 6 {
                shift = -7  // `ce week-end` told in the past: the one just gone
            }
            var result = Resolution.week(of: base.adding(days: shift), anchor: anchor)
            if unit == .weekend, let days = result.days {
                result.value += "-WE"
                result.days = days.upperBound.adding(days: -1)...days.upperBound
            }
            return result
        default:
            break
        }
        let month: (year: Int, month: Int)?
        if let base { month = (base.year, base.month) } else { month = narrative ? nil : context.documentMonth }
        guard let (year, monthNumber) = month else { return .token("XXXX-XX") }
        switch unit {
        case .month:
            let (y, m) = CalendarDay.shift(year: year, month: monthNumber, by: offset)
            return .month(y, m, anchor: anchor)
        case .quarter, .halfYear:
            // Count quarters (or halves) from year 0, move, and split back into year and part.
            let perYear = unit == .quarter ? 4 : 2
            let index = year * perYear + (monthNumber - 1) / (12 / perYear) + offset
            let movedYear = index >= 0 ? index / perYear : (index - perYear + 1) / perYear
            return .yearPart(unit, index - movedYear * perYear + 1, of: movedYear, anchor: anchor)
        case .year:
            return .year(year + offset, anchor: anchor)
        case .decade:
            return .token(Timex.decade(year / 10 + offset), anchor: anchor)
        case .century:
            return .token(Timex.century(year / 100 + offset), anchor: anchor)
        default:
            return .token("XXXX-XX-XX")
        }
    }

    private func season(
        _ season: Season, year: Int?, lean: Lean, ahead: Bool, context: DateContext
    ) -> Resolution {
        if let year { return seasonValue(season, year: year, anchor: .none) }
        guard let (referenceYear, referenceMonth) = context.referenceMonth else {
            return .token("XXXX-" + season.rawValue)
        }
        // The month a season starts in; winter is named by the year of its December.
        let start: Int
        switch season {
        case .spring: start = 3
        case .summer: start = 6
        case .fall: start = 9
        case .winter: start = 12
        }
        let current = referenceYear * 12 + referenceMonth - 1
        var offsets: [Int: Int] = [:]
        for year in (referenceYear - 2)...(referenceYear + 1) {
            let first = year * 12 + start - 1
            let offset =
                current >= first && current <= first + 2 ? 0 : (first > current ? first - current : first + 2 - current)
            offsets[offset] = year
        }
        let chosen = Self.choose(lean, Array(offsets.keys), imminent: ahead ? 1 : 0)
        guard let chosen, let year = offsets[chosen] else {
            return .token("XXXX-" + season.rawValue)
        }
        return seasonValue(season, year: year, anchor: .document)
    }

    /// `YYYY-SU` with the days of the astronomical season (winter named by the year of its December).
    private func seasonValue(_ season: Season, year: Int, anchor: TemporalExpression.Anchor) -> Resolution {
        let bounds: (Int, Int, Int, Int, Int)  // end year shift, start month/day, end month/day
        switch season {
        case .spring: bounds = (0, 3, 20, 6, 20)
        case .summer: bounds = (0, 6, 21, 9, 22)
        case .fall: bounds = (0, 9, 23, 12, 20)
        case .winter: bounds = (1, 12, 21, 3, 19)
        }
        let first = CalendarDay(year: year, month: bounds.1, day: bounds.2)
        let last = CalendarDay(year: year + bounds.0, month: bounds.3, day: bounds.4)
        return Resolution(
            value: Timex.year(year) + "-" + season.rawValue,
            days: first.flatMap { f in last.map { f...$0 } }, anchor: anchor, day: nil)
    }

    private func yearPart(_ unit: TimeUnit, index: Int, year: Int?, tense: Tense, context: DateContext) -> Resolution {
        let code = unit == .quarter ? "Q" : "H"
        if let year { return .yearPart(unit, index, of: year, anchor: .none) }
        guard let (referenceYear, referenceMonth) = context.referenceMonth else {
            return .token("XXXX-\(code)\(index)")
        }
        let length = unit == .quarter ? 3 : 6
        let current = (referenceMonth - 1) / length + 1
        var year = referenceYear
        if tense == .past && index > current { year -= 1 }
        if tense == .future && index < current { year += 1 }
        return .yearPart(unit, index, of: year, anchor: .document)
    }

    // MARK: Times, offsets, holidays

    /// A time of day or part of the day on its day: `2024-05-11T20:45`, `1999-05-23TEV`.
    private func onDay(_ base: Resolution?, fallback: CalendarDay?, context: DateContext, suffix: String) -> Resolution
    {
        if let base {
            if let day = base.day {
                return Resolution(value: day.description + suffix, days: day...day, anchor: base.anchor, day: day)
            }
            // A day that cannot be pinned: `2024-03-XXTEV` in a month, `XXXX-WXX-2TEV` for a weekday.
            let day = base.value.utf8.count == 7 ? base.value + "-XX" : base.value
            return Resolution(value: day + suffix, days: base.days, anchor: base.anchor, day: nil)
        }
        if let fallback {
            return Resolution(
                value: fallback.description + suffix, days: fallback...fallback, anchor: .narrative, day: fallback)
        }
        if let day = context.documentDay {
            return Resolution(value: day.description + suffix, days: day...day, anchor: .document, day: day)
        }
        if let (year, month) = context.documentMonth {
            return Resolution(value: Timex.month(year, month) + "-XX" + suffix, days: nil, anchor: .document, day: nil)
        }
        return .token("XXXX-XX-XX" + suffix)
    }

    private func offset(_ amount: Amount, _ unit: TimeUnit, sign: Int, narrative: Bool, context: DateContext)
        -> Resolution
    {
        // `En 2019, il fonde sa société. Deux semaines plus tard, …`: with no day told before
        // it, a later or earlier amount has nothing to count from (not the document's date).
        if narrative, context.storyDay == nil { return .token(Timex.duration(amount, unit)) }
        let base = narrative ? context.storyDay : context.documentDay
        let anchor: TemporalExpression.Anchor = narrative ? .narrative : .document
        if case .exact(let count) = amount, count != count.rounded(), let base,
            let shifted = fractionalOffset(count * Double(sign), unit, from: base, anchor: anchor)
        {
            return shifted
        }
        guard case .exact(let count) = amount, count == count.rounded() else {
            // `il y a quelques jours`: a time before now that no amount places (`PAST_REF`, as
            // TimeML writes "a few days ago"); `dans quelques jours` stays an amount of time.
            if case .unknown = amount, sign < 0, !narrative { return .token("PAST_REF") }
            return .token(Timex.duration(amount, unit))
        }
        let steps = Int(count) * sign
        guard let base else {
            if let (year, month) = context.documentMonth {
                switch unit {
                case .year: return .year(year + steps, anchor: .document)
                case .month:
                    let (y, m) = CalendarDay.shift(year: year, month: month, by: steps)
                    return .month(y, m, anchor: .document)
                default: return .month(year, month, anchor: .document)
                }
            }
            return .token(sign < 0 ? "PAST_REF" : "FUTURE_REF")
        }
        switch unit {
        case .second, .minute, .hour: return .day(base, anchor: anchor)
        case .day: return .day(base.adding(days: steps), anchor: anchor)
        case .week:
            // `il y a une semaine` is a day (often the same weekday); several weeks
            // back or ahead name a week: `il y a deux semaines` → `2025-W22`.
            let day = base.adding(days: 7 * steps)
            return abs(steps) == 1 ? .day(day, anchor: anchor) : .week(of: day, anchor: anchor)
        case .weekend: return .week(of: base.adding(days: 7 * steps), anchor: anchor)
        case .month:
            let shifted = base.adding(months: steps)
            return .month(shifted.year, shifted.month, anchor: anchor)
        case .quarter:
            let shifted = base.adding(months: 3 * steps)
            return .month(shifted.year, shifted.month, anchor: anchor)
        case .halfYear:
            let shifted = base.adding(months: 6 * steps)
            return .month(shifted.year, shifted.month, anchor: anchor)
        case .year: return .year(base.year + steps, anchor: anchor)
        case .decade: return .year(base.year + 10 * steps, anchor: anchor)
        case .century: return .year(base.year + 100 * steps, anchor: anchor)
        case .millennium: return .year(base.year + 1000 * steps, anchor: anchor)
        }
    }

    /// `il y a un mois et demi`, `dans un an et demi`: a count with a half, counted in the
    /// next smaller unit (18 months, 45 days) and named by the month it falls in. Other
    /// units (`deux jours et demi`) keep their amount.
    private func fractionalOffset(
        _ count: Double, _ unit: TimeUnit, from base: CalendarDay, anchor: TemporalExpression.Anchor
    ) -> Resolution? {
        let shifted: CalendarDay
        switch unit {
        case .year: shifted = base.adding(months: Int((count * 12).rounded()))
        case .month: shifted = base.adding(days: Int((count * 30).rounded()))
        default: return nil
        }
        return .month(shifted.year, shifted.month, anchor: anchor)
    }

    private func holiday(_ holiday: Holiday, year: Int?, lean: Lean, context: DateContext) -> Resolution {
        if let year, let day = holiday.day(in: year) { return .day(day, anchor: .none) }
        guard let (referenceYear, referenceMonth) = context.referenceMonth else {
            if case .fixed(let month, let day) = holiday.rule {
                return .token("XXXX-" + Timex.pad(month) + "-" + Timex.pad(day))
            }
            return .token("XXXX-XX-XX")
        }
        let reference = context.documentDay ?? CalendarDay(year: referenceYear, month: referenceMonth, day: 15)
        guard let reference else { return .token("XXXX-XX-XX") }
        var offsets: [Int: CalendarDay] = [:]
        for year in (referenceYear - 1)...(referenceYear + 1) {
            if let day = holiday.day(in: year) { offsets[day.dayNumber - reference.dayNumber] = day }
        }
        guard let chosen = lean.choose(Array(offsets.keys)), let day = offsets[chosen] else {
            return .token("XXXX-XX-XX")
        }
        return .day(day, anchor: .document)
    }
}
