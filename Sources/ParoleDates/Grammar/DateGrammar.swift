import ParoleCore

/// A temporal expression found in the tokens: its token range and what it says.
struct Detection: Sendable, Equatable {
    /// The index of the first token.
    var start: Int
    /// The index after the last token.
    var end: Int
    /// What the expression says.
    var meaning: Meaning
    /// The text covered, when it is part of a token (`1982` in `1982-1990`).
    var span: Span? = nil
    /// Whether this is the first day of a range whose month and year are the
    /// next expression's (`3` in `du 3 au 7 juin`).
    var opensRange = false
}

/// Finds temporal expressions in a document's tokens.
///
/// Detection is head-driven: the scan looks only at number tokens and at words
/// the vocabulary marks as heads (month and weekday names, units of time,
/// `hier`, …), which a bit table rejects cheaply. Around a head the grammar
/// tries a few start positions to its left (for determiners, quantities,
/// `il y a`, `fin`) and keeps the leftmost parse that covers the head. Rules
/// read token norms and kinds with integer offsets; there are no regular expressions.
struct DateGrammar: Sendable {
    /// The vocabulary the rules read.
    let vocabulary: DateVocabulary
    /// Whether words such as `maintenant` and `désormais` (`PRESENT_REF`) are marked.
    let marksReferences: Bool

    /// How far left of a head an expression may start (`il y a deux semaines`).
    static let lookBehind = 6

    /// The expressions of `document`, in text order, not overlapping; `classes` are its
    /// tokens' word classes.
    func detect(in document: Document, classes: TokenClasses) -> [Detection] {
        let tokens = document.tokens
        var found: [Detection] = []
        let sentences =
            document.sentences.isEmpty
            ? [Sentence(span: Span(start: 0, end: document.utf16.count), tokens: 0..<tokens.count)]
            : document.sentences
        for sentence in sentences {
            let view = TokenView(
                tokens: tokens, utf16: document.utf16, vocabulary: vocabulary,
                bounds: sentence.tokens.clamped(to: 0..<tokens.count), classes: classes)
            detect(in: view, into: &found)
        }
        return found
    }

    private func detect(in view: TokenView, into found: inout [Detection]) {
        let first = found.count
        defer {
            shareYears(view, in: &found, from: first)
            joinSpacedCompounds(view, in: &found, from: first)
        }
        var floor = view.bounds.lowerBound
        var index = floor
        while index < view.bounds.upperBound {
            guard isHead(view, index) else {
                index += 1
                continue
            }
            if let pair = yearPair(view, at: index) ?? monthPair(view, at: index) {
                found.append(contentsOf: pair)
                floor = index + 1
                index += 1
                continue
            }
            guard let detection = match(view, around: index, floor: floor) else {
                index += 1
                continue
            }
            // `du jour au lendemain`, `ne date pas d'hier`: a set phrase, no time named.
            if let idiomEnd = idiom(view, overlapping: detection) {
                floor = max(idiomEnd, detection.end)
                index = floor
                continue
            }
            let starts = rangeStarts(view, before: detection, floor: floor)
            if let first = starts.first, isOnePeriod(view, starts: starts, last: detection) {
                // `du 3 au 7 juin`, `les 8 et 9 juin`: one span of days sharing a month is one
                // expression, valued by its first day (a month-valued gold accepts it).
                found.append(Detection(start: first.start, end: detection.end, meaning: first.meaning))
                floor = detection.end
                index = detection.end
                continue
            }
            found.append(contentsOf: starts)
            if starts.isEmpty, let first = durationRangeStart(view, before: detection, floor: floor) {
                found.append(first)
            }
            found.append(detection)
            floor = detection.end
            index = detection.end
        }
    }

    /// Takes the second word of a spaced compound into the expressions that end on its first
    /// word (`lundi dans l'après` + `midi`).
    private func joinSpacedCompounds(_ view: TokenView, in found: inout [Detection], from first: Int) {
        for index in first..<found.count where found[index].span == nil {
            let last = found[index].end - 1
            if view.has(last + 1), view.classes.joinsNext(at: last) { found[index].end += 1 }
        }
    }

    /// The end of a set phrase of `dates-idioms` that overlaps `detection`, or nil.
    /// Phrases starting up to four tokens before the detection are tried (bounded work).
    private func idiom(_ view: TokenView, overlapping detection: Detection) -> Int? {
        for start in max(view.bounds.lowerBound, detection.start - 4)..<detection.end {
            guard let phrases = vocabulary.idioms[view.norm(start)] else { continue }
            for phrase in phrases {
                let end = start + phrase.count
                guard end > detection.start, view.isPhrase(phrase, at: start) else { continue }
                return end
            }
        }
        return nil
    }

    /// Whether bare days before a date make one period with it: a range (`du 3 au 7 juin`)
    /// or consecutive days (`les 8 et 9 juin`, `les 12, 13 et 14 juillet`). Days apart
    /// (`les 6 et 13 avril`: two rounds of a vote) stay separate dates.
    private func isOnePeriod(_ view: TokenView, starts: [Detection], last: Detection) -> Bool {
        if view.isClass(last.start - 1, .to) || view.isWord(last.start - 1, "-") { return true }
        var days: [Int] = []
        for detection in starts + [last] {
            guard case .calendar(let fields) = detection.meaning, let day = fields.day else { return false }
            days.append(day)
        }
        return zip(days, days.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }

    /// In `du 26 juillet au 11 août 2024`, the first date takes the year of the second.
    private func shareYears(_ view: TokenView, in found: inout [Detection], from first: Int) {
        guard found.count - first >= 2 else { return }
        for index in stride(from: found.count - 2, through: first, by: -1) {
            guard case .calendar(var fields) = found[index].meaning, fields.year == nil, fields.month != nil,
                case .calendar(let next) = found[index + 1].meaning, let year = next.year, next.month != nil,
                found[index + 1].start == found[index].end + 1,
                view.isClass(found[index].end, .rangeLink)
            else { continue }
            fields.year = year
            found[index].meaning = .calendar(fields)
        }
    }

    /// The first bytes of French month names (`j`, `f`, `m`, `a`, `s`, `o`, `n`, `d`).
    static let monthInitials: Set<UInt8> = [0x6A, 0x66, 0x6D, 0x61, 0x73, 0x6F, 0x6E, 0x64]

    /// Whether token `index` can anchor an expression.
    @inline(__always)
    private func isHead(_ view: TokenView, _ index: Int) -> Bool {
        let token = view.tokens[index]
        switch token.kind {
        case .number: return true
        case .word:
            if vocabulary.filter.mayContain(token.norm) {
                if let word = view.classes.role(at: index), word.isHead { return true }
                if vocabulary.phraseHeads.contains(token.norm) { return true }
            }
            // `mars-avril`: two months joined in one token (a month's initial, then a hyphen).
            if token.span.length >= 7, token.span.length <= 20, Self.monthInitials.contains(token.norm.utf8.first ?? 0),
                view.utf16[token.span.start..<token.span.end].contains(0x2D), monthPair(view, at: index) != nil
            {
                return true
            }
            // `mi-juillet`, `demi-siècle`: a prefix on a month or a unit.
            // The hyphen is looked for in UTF-8 (a Character search would break graphemes).
            let utf8 = token.norm.utf8
            guard utf8.first == 0x6D || utf8.first == 0x64, let hyphen = utf8.firstIndex(of: 0x2D) else {
                return false
            }
            return vocabulary.isClass(String(token.norm[...hyphen]), [.middlePrefix, .half])
        default: return false
        }
    }

    /// The leftmost parse that covers the head at `index` and starts at or after
    /// `floor`. No expression runs across punctuation, so starts stop there.
    private func match(_ view: TokenView, around index: Int, floor: Int) -> Detection? {
        var first = index
        while first > floor, index - first < DateGrammar.lookBehind {
            let kind = view.tokens.kind(at: first - 1)
            guard kind == .word || kind == .number else { break }
            first -= 1
        }
        for start in first...index {
            if let detection = parse(view, at: start), detection.end > index {
                return detection
            }
        }
        return nil
    }

    /// The longest expression that starts at token `start`.
    func parse(_ view: TokenView, at start: Int) -> Detection? {
        var best: Detection?
        func consider(_ candidate: Detection?) {
            guard let candidate, candidate.end > (best?.end ?? start) else { return }
            best = candidate
        }
        consider(referencePhrase(view, at: start))
        consider(offset(view, at: start))
        consider(wholeUnit(view, at: start))
        consider(recurrence(view, at: start))
        consider(setPhrase(view, at: start))
        consider(term(view, at: start))
        consider(partOfPeriod(view, at: start))
        consider(determined(view, at: start))
        consider(core(view, at: start))
        consider(partOfDayAfterEn(view, at: start))
        consider(gluedDate(view, at: start))
        if let found = best { consider(withDayPart(view, after: found)) }
        return best
    }

    /// A dated day and the part of the day after it (`vendredi 14 octobre au soir`, `le 3 mai
    /// dans la soirée`): the part of that day.
    private func withDayPart(_ view: TokenView, after date: Detection) -> Detection? {
        guard date.span == nil, case .calendar(let fields) = date.meaning, fields.day != nil,
            let (part, after) = dayPartAfter(view, at: date.end)
        else { return nil }
        return Detection(start: date.start, end: after, meaning: .dayPart(part, day: date.meaning))
    }

    /// An expression that starts with its head or a quantity (no determiner).
    func core(_ view: TokenView, at index: Int) -> Detection? {
        if view.isNumber(index) {
            return numeric(view, at: index)
        }
        if case .dayPart(let part)? = view.word(index),
            let dated = datedDayPart(view, at: index, part: part, start: index)
        {
            return dated
        }
        switch view.word(index) {
        case .weekday(_, plural: false)? where !isWeekdayName(view, at: index):
            return weekdayPhrase(view, at: index)
        case .weekday(_, plural: false)?:
            return nil
        case .month?:
            return calendarDate(view, at: index)
        case .deicticDay?:
            return deicticPhrase(view, at: index)
        case .narrativeDay(let days)?:
            return narrativePhrase(view, at: index, days: days, start: index)
        case .clock?:
            return clockTime(view, at: index)
        case .reference(let token, let style)?:
            return reference(view, at: index, token: token, style: style)
        case .every(let unit)?:
            return Detection(start: index, end: index + 1, meaning: .set(.every(1, unit)))
        case .season?:
            return season(view, at: index, start: index)
        case .unit(.year, plural: true)? where view.isClass(index, .yearsNoun):
            return decade(view, at: index, start: index) ?? duration(view, at: index)
        case .unit(.month, _)? where view.isClass(index + 1, .of):
            return monthOf(view, at: index, start: index) ?? duration(view, at: index)
        default:
            break
        }
        if let holiday = holiday(view, at: index, start: index) { return holiday }
        if let part = middleOfMonth(view, at: index) { return part }
        return clockTime(view, at: index) ?? duration(view, at: index) ?? yearPart(view, at: index, start: index)
            ?? century(view, at: index, start: index)
    }

    /// Whether a weekday at `index` is part of a name: capitalised within a clause, before a
    /// capitalised word that names no time (`le champ de Dimanche Palm`; not `le Vendredi
    /// saint`, `Mardi 12 Mars`).
    private func isWeekdayName(_ view: TokenView, at index: Int) -> Bool {
        guard view.isCapitalized(index), view.has(index - 1), view.tokens.kind(at: index - 1) == .word,
            view.has(index + 1), view.tokens.kind(at: index + 1) == .word, view.isCapitalized(index + 1),
            view.word(index + 1) == nil
        else { return false }
        return holiday(view, at: index, start: index) == nil
    }

    /// An expression that starts with a number token: a numeric date, a day and
    /// month, a year, a time, a duration.
    private func numeric(_ view: TokenView, at index: Int) -> Detection? {
        if let date = numericDate(view, at: index) { return date }
        if let date = calendarDate(view, at: index) { return date }
        if let time = clockTime(view, at: index) { return time }
        if let duration = duration(view, at: index) { return duration }
        if let part = yearPart(view, at: index, start: index) { return part }
        if let century = century(view, at: index, start: index) { return century }
        if let holiday = holiday(view, at: index, start: index) { return holiday }
        return year(view, at: index)
    }
}
