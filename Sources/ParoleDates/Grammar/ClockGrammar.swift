/// Rules for times of day: `13 h 30`, `18h`, `à 9 heures`, `12:30`, `midi`, `huit heures du soir`.
extension DateGrammar {
    /// A time of day at `index`: a number (or number words) and `h`/`heures`, or `midi`.
    func clockTime(_ view: TokenView, at index: Int) -> Detection? {
        if case .clock(let hour)? = view.word(index) { return namedTime(hour: hour, view, at: index) }
        var hour: Int
        var cursor: Int
        var inWords = false
        if let value = view.integer(index), view.digitCount(index) <= 2 {
            hour = value
            cursor = index + 1
        } else if let (value, after) = view.numberWords(at: index) {
            hour = value
            cursor = after
            inWords = true
        } else {
            return nil
        }
        guard (0...24).contains(hour),
            let (minute, afterMinutes) = minutes(view, hour: hour, start: index, marker: cursor, inWords: inWords)
        else { return nil }
        return completedTime(view, start: index, hour: hour, minute: minute, at: afterMinutes)
    }

    /// `midi`, `minuit` at `index` (of hour `hour`), with `et demi`, `moins le quart`.
    private func namedTime(hour: Int, _ view: TokenView, at index: Int) -> Detection? {
        if view.isCapitalized(index) && index != view.bounds.lowerBound && hour == 12
            && !view.isClass(index - 1, .clockPreposition)
        {
            return nil  // le Midi: the south of France
        }
        var end = index + 1
        var minute = 0
        if let (extra, after) = halfOrQuarter(view, at: end) {
            minute = extra
            end = after
        }
        if minute < 0 {
            return Detection(start: index, end: end, meaning: .clock(hour: (hour + 23) % 24, minute: 45, day: nil))
        }
        return Detection(start: index, end: end, meaning: .clock(hour: hour, minute: minute, day: nil))
    }

    /// The minutes of a time whose hour (from `start`) is followed by `marker` (`h`,
    /// `heures`, `:`), and the index after them; `nil` when what follows is no time of day.
    private func minutes(
        _ view: TokenView, hour: Int, start index: Int, marker: Int, inWords: Bool
    ) -> (minute: Int, end: Int)? {
        var cursor = marker
        var minute = 0
        switch view.norm(cursor) {
        case "h":
            guard !inWords else { return nil }
            cursor += 1
            if let value = view.integer(cursor), view.digitCount(cursor) == 2, value < 60 {
                minute = value
                cursor += 1
            } else if view.isClass(cursor, .minuteSymbol) {
                return nil
            }
            if hour == 24 && minute == 0 { return nil }  // 24 h: a duration
        case _ where view.isClass(cursor, .hourWord):
            cursor += 1
            if let value = view.integer(cursor), view.digitCount(cursor) == 2, value < 60 {
                minute = value
                cursor += 1
            } else if let (extra, after) = halfOrQuarter(view, at: cursor) {
                minute = extra
                cursor = after
            } else if let (value, after) = view.numberWords(at: cursor), value < 60,
                !isUnitAhead(view, at: after)
            {
                minute = value
                cursor = after
            }
            guard isTimeOfDay(view, hour: hour, minute: minute, start: index, after: cursor, inWords: inWords)
            else { return nil }
        case ":":
            guard !inWords, view.touches(cursor), view.touches(cursor + 1), view.digitCount(cursor + 1) == 2,
                let value = view.integer(cursor + 1), value < 60, hour < 24
            else { return nil }
            minute = value
            cursor += 2
        default:
            return nil
        }
        return (minute, cursor)
    }

    /// Whether `N heures` (from `start`, with what follows at `after`) is a time of day
    /// rather than an amount of hours.
    private func isTimeOfDay(
        _ view: TokenView, hour: Int, minute: Int, start index: Int, after cursor: Int, inWords: Bool
    ) -> Bool {
        // `trois heures de débat`, `dix heures de route`: an amount of hours, not a time
        // of day (`cinq heures du matin`, `deux heures de l'après-midi` are times).
        if view.isClass(cursor, .of), dayPeriod(view, at: cursor) == nil, !view.isClass(cursor + 1, .the) {
            return false
        }
        let cued =
            (view.isClass(index - 1, .clockCue) || view.endsPhrase(at: index - 1, .clockCue))
            && !(view.isClass(index - 1, .of) && view.isClass(index - 2, [.comparative, .lengthWord]))
            || isDayWord(view, at: index - 1)
        return hour < 24 && (cued || !inWords && minute > 0 || dayPeriod(view, at: cursor) != nil)
            && !(view.isClass(cursor, .comparative) && view.isClass(cursor + 1, .lateOrEarly))
    }

    /// The time from `start` to `cursor`, completed by a part of the day (`du soir`), a
    /// local-time mention and the day after it (`15 h hier`, `vers 15 h 30, hier.`).
    private func completedTime(_ view: TokenView, start index: Int, hour: Int, minute: Int, at cursor: Int)
        -> Detection
    {
        var hour = hour
        var minute = minute
        var cursor = cursor
        if let (shift, after) = dayPeriod(view, at: cursor) {
            if shift > 0 && hour < 12 { hour += shift }
            cursor = after
        }
        if minute < 0 {
            hour = (hour + 23) % 24
            minute += 60
        }
        cursor = localTimeEnd(view, at: cursor)
        // `entre 0 h 30 et 4 h mardi`, `15 h hier`: the day right after the time is its own.
        if let day = dayAfterTime(view, at: cursor) {
            return Detection(start: index, end: day.end, meaning: .clock(hour: hour, minute: minute, day: day.meaning))
        }
        // `vers 15 h 30, hier.`: a day set off by a comma and closing the clause completes the time.
        if view.isWord(cursor, ","), let day = dayAfterTime(view, at: cursor + 1), case .deictic = day.meaning,
            !view.has(day.end) || view.isPunctuation(day.end)
        {
            return Detection(start: index, end: day.end, meaning: .clock(hour: hour, minute: minute, day: day.meaning))
        }
        return Detection(start: index, end: cursor, meaning: .clock(hour: hour, minute: minute, day: nil))
    }

    /// The end of `locale(s)`, `heure(s) locale(s)`, `heure de Paris` after a time at
    /// `index` (`12 h 30 locales`), or `index`.
    private func localTimeEnd(_ view: TokenView, at index: Int) -> Int {
        if view.isClass(index, .local) { return index + 1 }
        guard view.isClass(index, .hourWord) else { return index }
        if view.isClass(index + 1, .local) { return index + 2 }
        if view.isClass(index + 1, .of), view.isClass(index + 2, .timeZoneCity) { return index + 3 }
        return index
    }

    /// A weekday or a day counted from today right after a time (`mardi`, `hier`), with
    /// no part of the day of its own.
    private func dayAfterTime(_ view: TokenView, at index: Int) -> Detection? {
        let day: Detection?
        switch view.word(index) {
        case .weekday(_, plural: false)?: day = weekdayPhrase(view, at: index)
        case .deicticDay?: day = deicticPhrase(view, at: index)
        default: return nil
        }
        guard let day else { return nil }
        switch day.meaning {
        case .weekday, .deictic: return day
        default: return nil
        }
    }

    /// `et demie` (30), `et quart` (15), `moins le quart` (-15) after an hour.
    private func halfOrQuarter(_ view: TokenView, at index: Int) -> (Int, Int)? {
        if view.isClass(index, .and) {
            if view.isClass(index + 1, .half) { return (30, index + 2) }
            if view.isClass(index + 1, .quarter) { return (15, index + 2) }
            return nil
        }
        if view.isClass(index, .minus), view.isClass(index + 1, .the), view.isClass(index + 2, .quarter) {
            return (-15, index + 3)
        }
        return nil
    }

    /// `du matin` (0), `du soir` and `de l'après-midi` (+12) after a time.
    private func dayPeriod(_ view: TokenView, at index: Int) -> (Int, Int)? {
        // The hour's half of the day: the morning keeps it, the afternoon and evening add 12.
        if view.isClass(index, .ofThe), case .dayPart(let part)? = view.word(index + 1) {
            return (part == .morning || part == .night ? 0 : 12, index + 2)
        }
        if view.isClass(index, .of), view.isClass(index + 1, .the), case .dayPart(let part)? = view.word(index + 2),
            part == .afternoon
        {
            return (12, index + 3)
        }
        return nil
    }

    /// Whether a day or a part of the day stands at `index` (`jeudi 6 heures`, `demain 8 heures`).
    private func isDayWord(_ view: TokenView, at index: Int) -> Bool {
        switch view.word(index) {
        case .weekday?, .deicticDay?, .dayPart?, .month?: return true
        default: return false
        }
    }

    func isUnitAhead(_ view: TokenView, at index: Int) -> Bool {
        if case .unit? = view.word(index) { return true }
        return false
    }
}
