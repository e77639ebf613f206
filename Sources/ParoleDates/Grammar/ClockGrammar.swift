/// Rules for times of day: `13 h 30`, `18h`, `à 9 heures`, `12:30`, `midi`, `huit heures du soir`.
extension DateGrammar {
    /// Words before `N heures` that make it a time of day rather than a duration.
    static let clockCues: Set<String> = [
        "à", "vers", "dès", "jusqu'à", "avant", "après", "de", "entre", "et", "aux", "pour", "sur",
        "partir", "ou", "depuis", "d'ici", "jusqu'", "matin", "soir", "midi", "-",
    ]

    /// A time of day at `index`: a number (or number words) and `h`/`heures`, or `midi`.
    func clockTime(_ view: TokenView, at index: Int) -> Detection? {
        if case .clock(let hour)? = view.word(index) {
            if view.isCapitalized(index) && index != view.bounds.lowerBound && view.norm(index) == "midi"
                && !view.isWord(index - 1, "à") && !view.isWord(index - 1, "vers")
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
        guard (0...24).contains(hour) else { return nil }
        let marker = view.norm(cursor)
        var minute = 0
        switch marker {
        case "h":
            guard !inWords else { return nil }
            cursor += 1
            if let value = view.integer(cursor), view.digitCount(cursor) == 2, value < 60 {
                minute = value
                cursor += 1
            } else if view.isWord(cursor, "min") || view.isWord(cursor, "mn") {
                return nil
            }
            if hour == 24 && minute == 0 { return nil }  // 24 h: a duration
        case "heures", "heure":
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
            // `trois heures de débat`, `dix heures de route`: an amount of hours, not a time
            // of day (`cinq heures du matin`, `deux heures de l'après-midi` are times).
            if view.isWord(cursor, "de") || view.isWord(cursor, "d'"), dayPeriod(view, at: cursor) == nil,
                !view.isWord(cursor + 1, "l'")
            {
                return nil
            }
            let cued =
                DateGrammar.clockCues.contains(view.norm(index - 1))
                && !(view.isWord(index - 1, "de")
                    && ["près", "plus", "moins", "pendant", "durée"].contains(view.norm(index - 2)))
                || isDayWord(view, at: index - 1)
            guard hour < 24, cued || !inWords && minute > 0 || dayPeriod(view, at: cursor) != nil,
                !(view.isWord(cursor, "plus") && (view.isWord(cursor + 1, "tard") || view.isWord(cursor + 1, "tôt")))
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
        return Detection(start: index, end: cursor, meaning: .clock(hour: hour, minute: minute, day: nil))
    }

    /// The end of `locale(s)`, `heure(s) locale(s)`, `heure de Paris` after a time at
    /// `index` (`12 h 30 locales`), or `index`.
    private func localTimeEnd(_ view: TokenView, at index: Int) -> Int {
        if view.isWord(index, "locale") || view.isWord(index, "locales") { return index + 1 }
        guard view.isWord(index, "heure") || view.isWord(index, "heures") else { return index }
        if view.isWord(index + 1, "locale") || view.isWord(index + 1, "locales") { return index + 2 }
        if view.isWord(index + 1, "de"), view.isWord(index + 2, "paris") { return index + 3 }
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
        if view.isWord(index, "et") {
            switch view.norm(index + 1) {
            case "demie", "demi": return (30, index + 2)
            case "quart": return (15, index + 2)
            default: return nil
            }
        }
        if view.isWord(index, "moins"), view.isWord(index + 1, "le"), view.isWord(index + 2, "quart") {
            return (-15, index + 3)
        }
        return nil
    }

    /// `du matin` (0), `du soir` and `de l'après-midi` (+12) after a time.
    private func dayPeriod(_ view: TokenView, at index: Int) -> (Int, Int)? {
        if view.isWord(index, "du") {
            if view.isWord(index + 1, "matin") { return (0, index + 2) }
            if view.isWord(index + 1, "soir") { return (12, index + 2) }
        }
        if view.isWord(index, "de"), view.isWord(index + 1, "l'"), view.isWord(index + 2, "après-midi") {
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
