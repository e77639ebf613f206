import ParoleCore

/// An expression with its sentence and its resolution, as the stage reads on.
struct Resolved {
    /// The expression as detected (with any year it took from the context).
    var detection: Detection
    /// The token range of its sentence.
    var sentence: Range<Int>
    /// Its value.
    var resolution: Resolution
}

/// Following the story while a document is read: the date it starts from, the
/// day it is at, and the year that months written without one belong to.
extension DateStage {
    /// `detection`'s meaning, with the year of the expression just before it in
    /// the sentence when it elaborates it (`en 97 (en janvier, …)`).
    func yearFromContext(_ detection: Detection, after previous: Resolved, in view: TokenView) -> Meaning {
        guard DateStage.onlyLinks(view, from: previous.detection.end, to: detection.start),
            let year = DateStage.yearOnly(previous.detection.meaning, previous.resolution)
        else { return detection.meaning }
        return DateStage.withYear(detection.meaning, year)
    }

    /// The day of a time with no day of its own that its sentence names: a date of
    /// the sentence before it, else after it (else the time takes the story's day).
    func dayOfSentence(
        at index: Int, _ detections: [Detection], _ sentences: [Range<Int>], _ results: [Resolved],
        context: DateContext, view: TokenView
    ) -> CalendarDay? {
        return DateStage.lastDay(in: sentences[index], of: results, datesOnly: true)
            ?? dayLater(in: detections, sentences, after: index, context: context, view: view)
    }

    /// Whether `detection`, a time of day with no day of its own in a sentence that names
    /// none, is a time of any day: a schedule or a rule (`isGenericTime`), or a time
    /// linked to such a time by a few words (`followsGenericTime`).
    func isTimeOfAnyDay(_ detection: Detection, after previous: Resolved?, sentence: Range<Int>, in view: TokenView)
        -> Bool
    {
        guard case .clock(_, _, nil) = detection.meaning else { return false }
        return isGenericTime(detection.start..<detection.end, in: view)
            || followsGenericTime(detection, previous, sentence: sentence, in: view)
    }

    /// Whether a time whose sentence names no day is a time of any day, as in a schedule
    /// or a rule: it follows an infinitive of its own clause (`pour débuter les séances à
    /// 15 h`, `impossible d'être là à 17 h`, `pouvez-vous ouvrir jusqu'à 19 h`) that no verb
    /// puts in the past or the future (`a choisi de fermer à 18 h`, `vont fermer à 19 h`,
    /// `devait commencer vers 13 h` name that day) and that is no compound past (`être
    /// arrivé à 23 h`).
    private func isGenericTime(_ range: Range<Int>, in view: TokenView) -> Bool {
        guard let verb = infinitive(before: range.lowerBound, in: view) else { return false }
        if view.isClass(verb, .auxiliaryInfinitive), view.has(verb + 1), tenseReader.isParticiple(view.norm(verb + 1)) {
            return false
        }
        var before = verb - 1
        while before > view.bounds.lowerBound, view.isClass(before, .infinitiveSkip) { before -= 1 }
        if view.isClass(before, .purpose) { return true }
        if view.has(before), view.tokens.kind(at: before) == .word {
            let governing = tenseReader.vocabulary.tense[view.norm(before)] ?? []
            if governing.contains(.go) || governing.contains(.must) || governing.contains(.prospective) {
                return false
            }
        }
        return tenseReader.tense(of: verb..<verb + 1, in: view) == .unknown
    }

    /// The infinitive among the few words before `start`, in its clause.
    private func infinitive(before start: Int, in view: TokenView) -> Int? {
        var index = start - 1
        while index >= view.bounds.lowerBound, start - index <= 4 {
            if view.isPunctuation(index) { return nil }
            if let times = tenseReader.vocabulary.wordForms.verbTimes(of: view.norm(index)),
                times.contains(.infinitive), !isNounAfterDeterminer(index, in: view)
            {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// Whether the word at `index`, an infinitive's form, is a noun there: the lexicon
    /// reads it as a noun too and a determiner that is no preposition stands before it
    /// (`le dîner à 20 h`, `le coucher du soleil à 21 h`; not `d'être là à 17 h`).
    private func isNounAfterDeterminer(_ index: Int, in view: TokenView) -> Bool {
        guard view.has(index - 1), view.tokens.kind(at: index - 1) == .word else { return false }
        let lexicon = tenseReader.vocabulary.wordForms
        let before = lexicon.classes(of: view.norm(index - 1))
        return before.contains(.determiner) && !before.contains(.adposition)
            && lexicon.classes(of: view.norm(index)).contains(.noun)
    }

    /// Whether the time just before `detection` in its sentence is of any day and only a
    /// few words without punctuation link them (`à 15 h plutôt qu'à 17 h`).
    private func followsGenericTime(
        _ detection: Detection, _ previous: Resolved?, sentence: Range<Int>, in view: TokenView
    )
        -> Bool
    {
        guard let previous, previous.sentence == sentence, previous.resolution.value.hasPrefix("XXXX-XX-XXT"),
            detection.start - previous.detection.end <= 3
        else { return false }
        return !(previous.detection.end..<detection.start).contains { view.isPunctuation($0) }
    }

    /// `resolution`'s time of day on no particular day: `XXXX-XX-XXT17:00`.
    static func anyDay(_ resolution: Resolution) -> Resolution {
        guard let time = resolution.value.firstIndex(of: "T") else { return resolution }
        return .token("XXXX-XX-XX" + resolution.value[time...])
    }

    /// In `lundi soir, au lendemain des élections` (or `mardi, à la veille du sommet`), the
    /// day after (or before) the event is the day the sentence has just named. With no day
    /// named before it in the sentence, `au lendemain d'une attaque`, `à la veille du match`
    /// place the story's own event against another one: the day the story is at, not a day
    /// after or before it.
    func dayAroundEvent(
        _ detection: Detection, in view: TokenView, results: [Resolved],
        sentence: Range<Int>, context: DateContext
    ) -> Resolution? {
        guard case .narrative(let days) = detection.meaning, abs(days) == 1,
            view.isClass(detection.start - 1, .to)
                || view.isClass(detection.start - 1, .capitalTo) && view.isCapitalized(detection.start - 1),
            view.isClass(detection.end, .anyOf)
        else { return nil }
        if let day = DateStage.lastDay(in: sentence, of: results, datesOnly: false) {
            return .day(day, anchor: .narrative)
        }
        return resolver.resolve(.narrative(0), tense: .unknown, context: context, timeDay: nil)
    }

    /// The day of the last expression of `results` in `sentence` that has one (a date, when
    /// `datesOnly`). `results` are in text order, so those of the sentence being read stand
    /// together at the end: the search stops where the sentence starts, and a document is
    /// read in linear time.
    static func lastDay(in sentence: Range<Int>, of results: [Resolved], datesOnly: Bool) -> CalendarDay? {
        for result in results.reversed() {
            guard result.sentence == sentence else { return nil }
            if let day = result.resolution.day, !datesOnly || result.detection.meaning.kind == .date { return day }
        }
        return nil
    }

    /// The first day of a range falls in the year of the last: `du 3 au 7 juin`.
    func alignRanges(_ results: inout [Resolved]) {
        for index in results.indices.dropLast().reversed() where results[index].detection.opensRange {
            guard let first = results[index].resolution.day, let last = results[index + 1].resolution.day,
                first.year != last.year, let moved = CalendarDay(year: last.year, month: first.month, day: first.day)
            else { continue }
            results[index].resolution = .day(moved, anchor: results[index + 1].resolution.anchor)
        }
    }

    /// The context at the start of `document`: its date, or one the calendar
    /// fixes from its first weekday with a day and a month.
    func initialContext(_ document: Document, _ detections: [Detection]) -> DateContext {
        var context = DateContext()
        if let date = document.date {
            context.documentMonth = (date.year, date.month)
            if let day = date.day {
                context.documentDay = CalendarDay(year: date.year, month: date.month, day: day)
            } else {
                context.monthAnchor = namedDay(in: detections, year: date.year, month: date.month)
            }
            return context
        }
        for detection in detections {
            guard case .calendar(let fields) = detection.meaning, let month = fields.month, let day = fields.day else {
                continue
            }
            if let year = fields.year, let date = CalendarDay(year: year, month: month, day: day) {
                context.documentDay = date
            } else if let weekday = fields.weekday {
                context.documentDay = resolver.dayFixedByWeekday(
                    month, day, weekday, context: context,
                    currentYear: currentYear)
            }
            if let day = context.documentDay {
                context.documentMonth = (day.year, day.month)
                break
            }
        }
        return context
    }

    /// Under a month header, the first day the document names in full in that month, with its
    /// weekday (`la séance du vendredi 21 juin 2024`): the day the story is about, which
    /// weekdays written before it (`jeudi soir`) are read against.
    private func namedDay(in detections: [Detection], year: Int, month: Int) -> CalendarDay? {
        for detection in detections {
            guard case .calendar(let fields) = detection.meaning, fields.weekday != nil, fields.month == month,
                fields.year == year, let day = fields.day, let date = CalendarDay(year: year, month: month, day: day)
            else { continue }
            return date
        }
        return nil
    }

    /// Moves the story's current date after an expression is resolved.
    ///
    /// The story moves to a date written with its day (`le 24 mars`), to `hier`
    /// or `le lendemain`, to a date that opens its sentence (`Mardi, lors de
    /// l'audience, …`) and to the first date of the document; a weekday in
    /// passing (`une grève lancée mercredi`) leaves it where it is.
    func update(_ context: inout DateContext, with meaning: Meaning, _ resolution: Resolution, opensSentence: Bool) {
        guard let day = resolution.day else { return }
        let moves: Bool
        switch meaning {
        case .duration, .set, .reference: return
        case .calendar(let fields): moves = fields.day != nil
        case .deictic, .weekdayOf, .holiday: moves = true
        case .narrative(let days): moves = days >= 0 || opensSentence  // `prévenus la veille` looks back
        case .clock(_, _, let inner?), .dayPart(_, let inner?):
            if case .weekday = inner { moves = opensSentence } else { moves = true }
        case .clock, .dayPart: moves = false
        // `vendredi dernier` is an explicit date the story goes on from (`le lendemain`).
        case .weekday(_, let modifier): moves = modifier != nil || opensSentence
        default: moves = opensSentence
        }
        if moves || context.storyDay == nil { context.storyDay = day }
        if case .calendar(let fields) = meaning, fields.day != nil, let month = context.documentMonth,
            day.year == month.year, day.month == month.month
        {
            context.monthAnchor = day
        }
    }

    /// The story's day for a time of day that has no day of its own, unless the verb of its
    /// clause looks ahead from a story day already gone (`Les faits remontent au 2 mars. Le
    /// verdict sera rendu à 16 h`, `la décision devrait être prononcée dans l'après-midi`):
    /// the publication day then. (A past verb on a story day still to come is left alone:
    /// read that way it lowered the real-6 figures.) Words quoted in the sentence look ahead
    /// from the day they were said (`Le 5 mars, … « Nous reviendrons à 15 h », a-t-il lancé`):
    /// the story's day stays.
    func storyDay(
        for detection: Detection, in view: TokenView, quotes: QuotedDeictics, context: DateContext
    ) -> CalendarDay? {
        guard let story = context.storyDay, let publication = context.documentDay, story != publication,
            !quotes.isQuoted(detection.start, in: view.bounds)
        else {
            return context.storyDay
        }
        let tense = tenseReader.tense(of: detection.start..<detection.end, in: view)
        if tense == .future && story < publication { return publication }
        return story
    }

    /// The day of the next date in the same sentence, for a time written before
    /// its day (`4 h mardi`).
    func dayLater(
        in detections: [Detection], _ sentences: [Range<Int>], after index: Int,
        context: DateContext, view: TokenView
    ) -> CalendarDay? {
        var next = index + 1
        while next < detections.count, sentences[next] == sentences[index] {
            var meaning = detections[next].meaning
            // `entre 0 h 30 et 4 h mardi`: the later time's day.
            if case .clock(_, _, let day?) = meaning { meaning = day }
            switch meaning {
            case .calendar, .weekday, .deictic, .narrative:
                let tense = tenseReader.tense(of: detections[next].start..<detections[next].end, in: view)
                return resolver.resolve(meaning, tense: tense, context: context, timeDay: nil).day
            default:
                next += 1
            }
        }
        return nil
    }

    /// Whether only punctuation and small linking words stand between two
    /// expressions, so that the second elaborates the first (`en 97 (en janvier, puis en octobre)`).
    static func onlyLinks(_ view: TokenView, from start: Int, to end: Int) -> Bool {
        guard start <= end, end - start <= 6 else { return false }
        for index in start..<end where !view.isPunctuation(index) {
            guard view.isClass(index, .elaborationLink) else { return false }
        }
        return true
    }

    /// The year an expression names when it names a year and nothing finer:
    /// `en 97`, `mars 2023`, `l'an prochain`.
    static func yearOnly(_ meaning: Meaning, _ resolution: Resolution) -> Int? {
        switch meaning {
        case .calendar(let fields) where fields.day == nil: return fields.year
        case .period(.year, _, _): return Int(resolution.value)
        default: return nil
        }
    }

    /// A month, a day and month or a season with no year takes the year just
    /// named in the same sentence: `deux ruptures en 97 (en janvier, …)`,
    /// `l'an prochain, le premier dimanche du printemps`.
    static func withYear(_ meaning: Meaning, _ year: Int) -> Meaning {
        switch meaning {
        case .calendar(var fields)
        where fields.year == nil && fields.month != nil && fields.weekday == nil
            && fields.modifier == nil:
            fields.year = year
            return .calendar(fields)
        case .season(let season, nil, let modifier) where modifier == nil || modifier == .bare:
            return .season(season, year: year, modifier: nil)
        case .part(let part, let inner):
            return .part(part, withYear(inner, year))
        case .weekdayOf(let ordinal, let weekday, let period):
            return .weekdayOf(ordinal: ordinal, weekday: weekday, period: withYear(period, year))
        default:
            return meaning
        }
    }
}
