import ParoleCore

/// Rules for dates written with the calendar: `le jeudi 14 mars 2024`, `7/02/2024`,
/// `mars 2023`, `2027`, `les années 60`, `le XIXe siècle`, `l'été 2023`, `Noël`.
extension DateGrammar {
    /// `7/02/2024`, `07.02.2024`, `2024-02-07`: one number token.
    func numericDate(_ view: TokenView, at index: Int) -> Detection? {
        guard view.isNumber(index) else { return nil }
        let text = view.norm(index)
        guard text.utf8.count >= 6, text.utf8.count <= 10 else { return nil }
        var parts: [Int] = []
        var digits: [Int] = []
        var current = 0
        var count = 0
        var separator: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                current = current * 10 + Int(byte - 0x30)
                count += 1
            } else if byte == 0x2F || byte == 0x2D || byte == 0x2E {
                guard count > 0, separator == 0 || separator == byte else { return nil }
                separator = byte
                parts.append(current)
                digits.append(count)
                current = 0
                count = 0
            } else {
                return nil
            }
        }
        guard count > 0 else { return nil }
        parts.append(current)
        digits.append(count)
        guard parts.count == 3 else { return nil }
        var fields = CalendarFields()
        if digits[0] == 4, digits[1] <= 2, digits[2] <= 2 {
            fields.year = parts[0]
            fields.month = parts[1]
            fields.day = parts[2]
        } else if digits[0] <= 2, digits[1] <= 2, digits[2] == 4 || digits[2] == 2 {
            fields.day = parts[0]
            fields.month = parts[1]
            fields.year = digits[2] == 4 ? parts[2] : DateGrammar.century(ofTwoDigits: parts[2])
        } else {
            return nil
        }
        guard let year = fields.year, let month = fields.month, let day = fields.day,
            CalendarDay(year: year, month: month, day: day) != nil
        else { return nil }
        return Detection(start: index, end: index + 1, meaning: .calendar(fields))
    }

    /// Two years in one token, `1982-1990` or `2002/2003`: two expressions, each
    /// covering its part of the token. A year and the last two digits of the next one
    /// (`le budget 2019-20`, `la saison 2018/19`) name one season, school or fiscal year
    /// that starts in the first: one expression of the whole token, valued that year.
    func yearPair(_ view: TokenView, at index: Int) -> [Detection]? {
        guard view.isNumber(index) else { return nil }
        let span = view.tokens.span(at: index)
        if span.length == 5, view.isClass(index - 1, .seasonNoun) { return seasonOfTwoDigits(view, at: index) }
        guard span.length == 9 || span.length == 7 else { return nil }
        guard let years = Self.digitPair(view, span, separatorAt: span.start + 4), (1000...2199).contains(years[0])
        else { return nil }
        if span.length == 7 {
            // `la loi n° 2021-22`, `l'article 2019-20`: after a code's noun, a number.
            guard years[1] == (years[0] + 1) % 100, !view.isClass(index - 1, .quantityCue) else { return nil }
            let start = view.isClass(index - 1, .seasonNoun) ? index - 1 : index
            return [Detection(start: start, end: index + 1, meaning: .calendar(CalendarFields(year: years[0])))]
        }
        guard years[0] < years[1], years[1] - years[0] <= 100 else { return nil }
        return [
            Detection(
                start: index, end: index + 1, meaning: .calendar(CalendarFields(year: years[0])),
                span: Span(start: span.start, end: span.start + 4)),
            Detection(
                start: index, end: index + 1, meaning: .calendar(CalendarFields(year: years[1])),
                span: Span(start: span.start + 5, end: span.end)),
        ]
    }

    /// `la saison 23/24`, `saison 23-24`: after a season noun, the two last digits of a year
    /// and of the next one name the season that starts in the first (the noun is part of
    /// the expression).
    private func seasonOfTwoDigits(_ view: TokenView, at index: Int) -> [Detection]? {
        let span = view.tokens.span(at: index)
        guard let years = Self.digitPair(view, span, separatorAt: span.start + 2), years[1] == (years[0] + 1) % 100
        else { return nil }
        let year = DateGrammar.century(ofTwoDigits: years[0])
        return [Detection(start: index - 1, end: index + 1, meaning: .calendar(CalendarFields(year: year)))]
    }

    /// The two numbers of `span` written in digits on either side of a hyphen, a slash or
    /// an en dash at `separator` (`2019-20`, `23/24`), or `nil` when it is not so written.
    private static func digitPair(_ view: TokenView, _ span: Span, separatorAt separator: Int) -> [Int]? {
        let mark = view.utf16[separator]
        guard mark == 0x2D || mark == 0x2F || mark == 0x2013 else { return nil }
        var numbers: [Int] = []
        for part in [span.start..<separator, separator + 1..<span.end] {
            var value = 0
            for offset in part {
                let unit = view.utf16[offset]
                guard unit >= 0x30, unit <= 0x39 else { return nil }
                value = value * 10 + Int(unit - 0x30)
            }
            numbers.append(value)
        }
        return numbers
    }

    /// Two months joined by a hyphen in one token (`mars-avril`, `juillet-août`): two
    /// months, each with its own part of the token's text.
    func monthPair(_ view: TokenView, at index: Int) -> [Detection]? {
        let token = view.tokens[index]
        guard token.kind == .word, token.span.length >= 7, token.span.length <= 20,
            view.utf16[token.span.start..<token.span.end].contains(0x2D)
        else { return nil }
        let norm = token.norm
        guard let hyphen = norm.firstIndex(of: "-"), norm.utf16.count == token.span.length else { return nil }
        let first = String(norm[..<hyphen])
        let second = String(norm[norm.index(after: hyphen)...])
        guard case .month(let one, abbreviated: false)? = vocabulary.word(first),
            case .month(let two, abbreviated: false)? = vocabulary.word(second)
        else { return nil }
        let split = token.span.start + first.utf16.count
        return [
            Detection(
                start: index, end: index + 1, meaning: .calendar(CalendarFields(month: one)),
                span: Span(start: token.span.start, end: split)),
            Detection(
                start: index, end: index + 1, meaning: .calendar(CalendarFields(month: two)),
                span: Span(start: split + 1, end: token.span.end)),
        ]
    }

    /// The day of the month at `index` when a month name follows: `14`, `1er`, `premier`.
    func dayOfMonth(_ view: TokenView, at index: Int) -> Int? {
        let day: Int?
        if let value = view.integer(index), view.digitCount(index) <= 2 {
            day = value
        } else if view.ordinal(at: index) == 1 {
            day = 1
        } else {
            day = nil
        }
        // A day the month never has (`le 30 février`, `le 31 avril`) is no day of it.
        guard let day, (1...31).contains(day), let (month, _) = month(view, at: index + 1, afterDay: true),
            day <= CalendarDay.daysInMonth(year: 2000, month: month)
        else { return nil }
        return day
    }

    /// The month named at token `index` and whether it is abbreviated: a month name, or, right
    /// after a day of the month (`afterDay`), an abbreviation that is also a number word
    /// followed by its period or a year (`12 sept. 2024`, `12 sept 2024`).
    func month(_ view: TokenView, at index: Int, afterDay: Bool) -> (Int, Bool)? {
        if case .month(let month, let abbreviated)? = view.word(index) { return (month, abbreviated) }
        guard afterDay, let month = vocabulary.numberMonths[view.norm(index)],
            view.isWord(index + 1, ".") || yearAfterMonth(view, at: index + 1) != nil
        else { return nil }
        return (month, true)
    }

    /// `[weekday] [day] month [year] [dernier|prochain]`, or `weekday day month`.
    func calendarDate(_ view: TokenView, at index: Int) -> Detection? {
        var cursor = index
        var fields = CalendarFields()
        if case .weekday(let weekday, plural: false)? = view.word(cursor) {
            fields.weekday = weekday
            cursor += 1
        }
        if let day = dayOfMonth(view, at: cursor) {
            fields.day = day
            cursor += 1
        }
        guard let (month, abbreviated) = month(view, at: cursor, afterDay: fields.day != nil) else {
            // `lundi 6`, `le samedi 25`: a weekday and a day, in a month the calendar finds.
            guard let weekday = fields.weekday, fields.day == nil, let day = view.integer(cursor),
                view.digitCount(cursor) <= 2, (1...31).contains(day), !isTimeUnitAhead(view, at: cursor + 1),
                !view.isWord(cursor + 1, ":"), !view.isNumber(cursor + 1),
                view.word(cursor + 1) == nil || view.isPunctuation(cursor + 1)
            else { return nil }
            return Detection(
                start: index, end: cursor + 1, meaning: .calendar(CalendarFields(day: day, weekday: weekday)))
        }
        if fields.weekday != nil && fields.day == nil { return nil }
        fields.month = month
        cursor += 1
        // The abbreviation's period belongs to the date when a year or a modifier follows
        // (`12 sept. 2024`, `le 3 janv. prochain`).
        if abbreviated, view.isWord(cursor, "."),
            yearAfterMonth(view, at: cursor + 1) != nil || pastOrFuture(view, at: cursor + 1) != nil
        {
            cursor += 1
        }
        if let year = yearAfterMonth(view, at: cursor) {
            fields.year = year
            cursor += 1
        } else if let (year, end) = gluedYear(view, at: cursor) {
            // `21 décembre 2025-18 janvier 2026`: the year ends inside the next token.
            fields.year = year
            let span = Span(start: view.tokens.span(at: index).start, end: end)
            return Detection(start: index, end: cursor, meaning: .calendar(fields), span: span)
        } else if let modifier = pastOrFuture(view, at: cursor) {
            fields.modifier = modifier
            cursor += 1
        }
        if abbreviated && fields.day == nil && fields.year == nil && fields.modifier == nil { return nil }
        if fields.day == nil && fields.year == nil && fields.modifier == nil {
            guard bareMonthIsDate(view, at: cursor - 1) else { return nil }
        }
        if fields.year == nil, fields.day != nil, isPlaceName(view, before: index) { return nil }
        return Detection(start: index, end: cursor, meaning: .calendar(fields))
    }

    /// The modifier at token `index` when it is `dernier` or `prochain` (the past or the future).
    private func pastOrFuture(_ view: TokenView, at index: Int) -> Modifier? {
        guard case .modifier(let modifier)? = view.word(index), modifier == .past || modifier == .future else {
            return nil
        }
        return modifier
    }

    /// Whether a month name with no day and no year is a month (`en mars`), not
    /// a name (`Mars`, `la rue du 4 Septembre`).
    private func bareMonthIsDate(_ view: TokenView, at index: Int) -> Bool {
        if isPlaceName(view, before: index) { return false }  // la place de Mai
        guard view.isCapitalized(index), !view.isAllCapitals(index) else { return true }
        // `Mars` the planet or the god: capitalised, never a month.
        if view.isClass(index, .homonymMonth) { return false }
        // Inside a sentence a capitalised month needs a cue (`en Août`), else it is a name.
        return index == view.bounds.lowerBound || view.isClass(index - 1, .dateCue)
    }

    /// Whether the tokens before `index` name a street or a place (`rue du`).
    private func isPlaceName(_ view: TokenView, before index: Int) -> Bool {
        guard view.isClass(index - 1, [.of, .ofThe]) || view.isWord(index - 1, "-") else { return false }
        return view.isClass(index - 2, .placeNoun)
    }

    /// A year after a month name: `2024`, or two digits (`octobre 98`).
    func yearAfterMonth(_ view: TokenView, at index: Int) -> Int? {
        guard let value = view.integer(index) else { return nil }
        let digits = view.digitCount(index)
        if digits == 4, (1000...2199).contains(value) { return value }
        if digits == 2, !isTimeUnitAhead(view, at: index + 1) { return DateGrammar.century(ofTwoDigits: value) }
        return nil
    }

    private func isTimeUnitAhead(_ view: TokenView, at index: Int) -> Bool {
        if case .unit? = view.word(index) { return true }
        return view.isWord(index, ":")
    }

    /// A year alone: `2027`, `en 97`.
    func year(_ view: TokenView, at index: Int) -> Detection? {
        guard let value = view.integer(index) else { return nil }
        let digits = view.digitCount(index)
        if digits == 2 {
            guard view.isClass(index - 1, .shortYearCue), value >= 30 || value < 10,
                !view.isNumber(index + 1), !isTimeUnitAhead(view, at: index + 1),
                !view.isWord(index + 1, "%"), !view.isWord(index + 1, ",") || !view.isNumber(index + 2)
            else { return nil }
            return Detection(
                start: index, end: index + 1,
                meaning: .calendar(CalendarFields(year: DateGrammar.century(ofTwoDigits: value))))
        }
        guard digits == 4, (1000...2199).contains(value), isYearContext(view, at: index, value: value) else {
            return nil
        }
        return Detection(start: index, end: index + 1, meaning: .calendar(CalendarFields(year: value)))
    }

    /// Whether the four-digit number at `index` reads as a year rather than a count or a code.
    private func isYearContext(_ view: TokenView, at index: Int, value: Int) -> Bool {
        let previous = view.norm(index - 1)
        let next = view.norm(index + 1)
        if view.isNumber(index - 1) || view.isNumber(index + 1) { return false }
        if next == "," && view.isNumber(index + 2) { return false }
        if view.isClass(index - 1, .quantityCue) || view.isClass(index + 1, .countedNoun) { return false }
        // `plus de 1100 cas`, `près de 2000 personnes`: a comparative before `de` makes an amount.
        if view.isClass(index - 1, .of), view.isClass(index - 2, .comparative) { return false }
        if view.isWord(index + 1, "h")
            || (view.isWord(index + 1, ":") && view.touches(index + 1) && view.touches(index + 2))
            || previous == "-" && view.touches(index)
        {
            return false
        }
        // A plural noun right after is what is counted (`1500 manifestants`).
        if view.has(index + 1), view.tokens.kind(at: index + 1) == .word, !view.isCapitalized(index + 1),
            next.hasSuffix("s") || next.hasSuffix("x"), next.utf8.count > 3, !view.isClass(index + 1, .yearFollower)
        {
            return false
        }
        if view.isClass(index - 1, .dateCue) { return true }
        // A name before a year makes it part of the name: `l'Euro 2024`, `Paris 2024`, `Vision 2030`.
        if view.isCapitalized(index - 1), !view.isAllCapitals(index - 1), index - 1 != view.bounds.lowerBound {
            return false
        }
        // An acronym before a year names an edition: `la CAN 2025`, `le CHAN 2025`, `la COP 2030`;
        // a run of capitals (a headline in capitals) is no acronym.
        if view.isAllCapitals(index - 1), !view.isAllCapitals(index - 2), !view.isAllCapitals(index + 1) {
            return false
        }
        return (1900...2099).contains(value)
    }

    /// The bare days before a date, in a range or a list: `du 3 au 7 juin`,
    /// `les 6 et 13 avril`, `les 12, 13 et 14 juillet`, `du lundi 3 au vendredi 7 juin`
    /// give the first days with the last one's month, in text order.
    func rangeStarts(_ view: TokenView, before detection: Detection, floor: Int) -> [Detection] {
        guard case .calendar(let fields) = detection.meaning, var day = fields.day, fields.month != nil,
            view.isClass(detection.start - 1, .rangeLink)
        else { return [] }
        var starts: [Detection] = []
        var first = detection.start - 2
        while first >= floor, let value = bareDay(view, at: first), value < day {
            var start = first
            var borrowed = fields
            borrowed.day = value
            borrowed.weekday = nil
            if case .weekday(let weekday, plural: false)? = view.word(first - 1), first - 1 >= floor {
                start = first - 1
                borrowed.weekday = weekday
            }
            let listed = view.isWord(start - 1, ",")
            if !listed, view.isClass(start - 1, [.the, .thePlural]), start - 1 >= floor { start -= 1 }
            starts.append(Detection(start: start, end: first + 1, meaning: .calendar(borrowed), opensRange: true))
            guard listed else { break }
            day = value
            first = start - 2
        }
        return starts.reversed()
    }

    /// A day of the month written alone before a range link: `8`, `1er` (`les 1er et 2 juillet`).
    func bareDay(_ view: TokenView, at index: Int) -> Int? {
        if let value = view.integer(index), view.digitCount(index) <= 2, (1...31).contains(value) { return value }
        return view.ordinal(at: index) == 1 ? 1 : nil
    }
}
