import ParoleCore

/// A day glued by a hyphen to what stands before it, in one token, with its month in the
/// next token: `2025-18` in `du 21 décembre 2025-18 janvier 2026` (a range written with a
/// hyphen and no spaces), `DIA-18` in `DIA-18 septembre 2022` (a dateline's letters).
extension DateGrammar {
    /// The part of token `index` before its last hyphen and the day after it (1 to 31, one or
    /// two digits), with the UTF-16 offset where the day starts, when a month follows.
    private func gluedDay(_ view: TokenView, at index: Int) -> (head: ArraySlice<UInt16>, day: Int, start: Int)? {
        guard view.has(index), view.has(index + 1), case .month? = view.word(index + 1) else { return nil }
        let span = view.tokens.span(at: index)
        guard span.length >= 3, span.length <= 12 else { return nil }
        let units = view.utf16[span.start..<span.end]
        guard let hyphen = units.lastIndex(of: 0x2D), hyphen > span.start, span.end - hyphen - 1 <= 2,
            hyphen + 1 < span.end
        else { return nil }
        var day = 0
        for unit in units[(hyphen + 1)...] {
            guard unit >= 0x30, unit <= 0x39 else { return nil }
            day = day * 10 + Int(unit - 0x30)
        }
        guard (1...31).contains(day) else { return nil }
        return (units[..<hyphen], day, hyphen + 1)
    }

    /// The year glued before the day of the next date (`2025` of `2025-18 janvier`), at
    /// token `index` right after a month.
    func gluedYear(_ view: TokenView, at index: Int) -> (year: Int, end: Int)? {
        guard let (head, _, _) = gluedDay(view, at: index), head.count == 4 else { return nil }
        var year = 0
        for unit in head {
            guard unit >= 0x30, unit <= 0x39 else { return nil }
            year = year * 10 + Int(unit - 0x30)
        }
        guard (1900...2199).contains(year) else { return nil }
        return (year, head.startIndex + 4)
    }

    /// The date that starts inside token `index` (`18 janvier 2026` of `2025-18 janvier
    /// 2026`, `18 septembre 2022` of `DIA-18 septembre 2022`), when what the day is glued
    /// to is a year or capital letters.
    func gluedDate(_ view: TokenView, at index: Int) -> Detection? {
        guard let (head, day, start) = gluedDay(view, at: index) else { return nil }
        let isYear = head.count == 4 && head.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        let isLetters = head.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        // A year glued to a day only closes the date before it (`21 décembre 2025-18`, not
        // `la saison 2024-25 mai`); a dateline's letters come before a full date (`APS-12
        // octobre 2026`, not `la route D-18 mars` or `le COVID-19 juin dernier`).
        let closesDate: Bool
        if case .month? = view.word(index - 1) { closesDate = true } else { closesDate = false }
        guard (isYear && closesDate) || isLetters, let date = calendarDate(view, at: index + 1),
            case .calendar(var fields) = date.meaning, fields.day == nil, let month = fields.month,
            isYear || fields.year != nil,
            day <= CalendarDay.daysInMonth(year: fields.year ?? 2000, month: month)
        else { return nil }
        fields.day = day
        let end = view.tokens.span(at: date.end - 1).end
        return Detection(start: index, end: date.end, meaning: .calendar(fields), span: Span(start: start, end: end))
    }
}
