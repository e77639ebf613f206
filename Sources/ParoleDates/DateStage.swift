import Foundation
import ParoleCore

/// The `dates` stage: finds temporal expressions in French text and resolves
/// them to TIMEX3 values against the document's date.
///
/// ```swift
/// var document = Document(id: "a1", text: "Le ministre a parlé mardi.",
///                         date: try ReferenceDate(parsing: "2024-10-09"))
/// try Pipeline(stages: [TokenizeStage(), SentenceStage(), DateStage()]).run(&document)
/// document.dates[0].value  // "2024-10-08"
/// ```
///
/// Detection reads tokens (see ``DateGrammar``); resolution uses the document
/// date and its granularity, the tense of the clause, the story's current date
/// for `le lendemain`, and the calendar (`vendredi 26 janvier` fixes the year).
public struct DateStage: Stage {
    /// `dates`.
    public static let defaultName = "dates"

    /// The stage's name.
    public var name: String { Self.defaultName }
    /// `tokens` and `sentences`: rules read tokens, the tense is read within a sentence.
    public var requiredLayers: [LayerName] { [TokenLayer.name, SentenceLayer.name] }
    /// `dates`.
    public var producedLayers: [LayerName] { [DateLayer.name] }

    /// The year a weekday with a day and a month is looked for up to, in a
    /// document with no date (`vendredi 26 janvier` → the latest such Friday).
    public let currentYear: Int

    private let grammar: DateGrammar
    private let tenseReader: TenseReader
    private let resolver = DateResolver()

    /// Creates the stage, loading month and weekday names from ICU, number words
    /// from ICU's spell-out rules and the `dates-*` lexicons.
    ///
    /// - Parameters:
    ///   - marksReferences: also mark `maintenant`, `désormais`, `actuellement`
    ///     as `PRESENT_REF` (TimeML style, as in the French TimeBank).
    ///   - currentYear: the year for documents with no date; by default this year.
    public init(marksReferences: Bool = false, currentYear: Int? = nil) throws {
        let vocabulary = try DateVocabulary()
        self.grammar = DateGrammar(vocabulary: vocabulary, marksReferences: marksReferences)
        self.tenseReader = TenseReader(vocabulary: vocabulary)
        self.currentYear = currentYear ?? Calendar(identifier: .gregorian).component(.year, from: Date())
    }

    /// Adds the `dates` layer to `document`.
    public func process(_ document: inout Document) throws {
        document.dates = expressions(in: document)
    }

    /// The temporal expressions of `document`, resolved, in text order.
    public func expressions(in document: Document) -> [TemporalExpression] {
        let detections = grammar.detect(in: document)
        guard !detections.isEmpty else { return [] }
        let sentences = sentenceRanges(of: document, for: detections)
        var context = initialContext(document, detections)
        var results: [(detection: Detection, sentence: Range<Int>, resolution: Resolution)] = []
        results.reserveCapacity(detections.count)
        for (index, var detection) in detections.enumerated() {
            let view = TokenView(tokens: document.tokens, utf16: document.utf16, vocabulary: grammar.vocabulary,
                                 bounds: sentences[index])
            if let previous = results.last, previous.sentence == sentences[index],
                DateStage.onlyLinks(view, from: previous.detection.end, to: detection.start),
                let year = DateStage.yearOnly(previous.detection.meaning, previous.resolution)
            {
                detection.meaning = DateStage.withYear(detection.meaning, year)
            }
            let tense = needsTense(detection.meaning)
                ? tenseReader.tense(of: detection.start..<detection.end, in: view) : .unknown
            var timeDay: CalendarDay?
            if needsDay(detection.meaning) {
                timeDay = results.last(where: { $0.sentence == sentences[index] && $0.resolution.day != nil
                    && $0.detection.meaning.kind == .date })?.resolution.day
                    ?? dayLater(in: detections, sentences, after: index, context: context, view: view)
                    ?? context.storyDay
            }
            var resolution = resolver.resolve(detection.meaning, tense: tense, context: context, timeDay: timeDay)
            if case .narrative(1) = detection.meaning, view.isWord(detection.start - 1, "au"),
                ["de", "du", "des", "d'"].contains(view.norm(detection.end)),
                let same = results.last(where: { $0.sentence == sentences[index] && $0.resolution.day != nil }),
                let day = same.resolution.day
            {
                // `lundi soir, au lendemain des élections`: the day after the event is the day just named.
                resolution = .day(day, anchor: .narrative)
            }
            let opensSentence = detection.start <= sentences[index].lowerBound + 1
            update(&context, with: detection.meaning, resolution, opensSentence: opensSentence)
            results.append((detection, sentences[index], resolution))
        }
        // The first day of a range falls in the year of the last: `du 3 au 7 juin`.
        for index in results.indices.dropLast().reversed() where results[index].detection.opensRange {
            guard let first = results[index].resolution.day, let last = results[index + 1].resolution.day,
                first.year != last.year, let moved = CalendarDay(year: last.year, month: first.month, day: first.day)
            else { continue }
            results[index].resolution = .day(moved, anchor: results[index + 1].resolution.anchor)
        }
        return results.map { item in
            let tokens = document.tokens
            let span = item.detection.span
                ?? Span(start: tokens[item.detection.start].span.start, end: tokens[item.detection.end - 1].span.end)
            let interval = item.resolution.days.map { $0.lowerBound.description...$0.upperBound.description }
            return TemporalExpression(span: span, kind: DateStage.kind(item.detection.meaning),
                                      value: item.resolution.value, interval: interval, anchor: item.resolution.anchor)
        }
    }

    /// The token range of the sentence of each detection.
    private func sentenceRanges(of document: Document, for detections: [Detection]) -> [Range<Int>] {
        let all = document.sentences
        guard !all.isEmpty else { return Array(repeating: 0..<document.tokens.count, count: detections.count) }
        var ranges: [Range<Int>] = []
        var cursor = 0
        for detection in detections {
            while cursor + 1 < all.count, all[cursor].tokens.upperBound <= detection.start { cursor += 1 }
            ranges.append(all[cursor].tokens.clamped(to: 0..<document.tokens.count))
        }
        return ranges
    }

    /// The context at the start of `document`: its date, or one the calendar
    /// fixes from its first weekday with a day and a month.
    private func initialContext(_ document: Document, _ detections: [Detection]) -> DateContext {
        var context = DateContext()
        if let date = document.date {
            context.documentMonth = (date.year, date.month)
            if let day = date.day { context.documentDay = CalendarDay(year: date.year, month: date.month, day: day) }
            return context
        }
        for detection in detections {
            guard case .calendar(let fields) = detection.meaning, let month = fields.month, let day = fields.day else {
                continue
            }
            if let year = fields.year, let date = CalendarDay(year: year, month: month, day: day) {
                context.documentDay = date
            } else if let weekday = fields.weekday {
                context.documentDay = resolver.dayFixedByWeekday(month, day, weekday, context: context,
                                                                 currentYear: currentYear)
            }
            if let day = context.documentDay {
                context.documentMonth = (day.year, day.month)
                break
            }
        }
        return context
    }

    /// Moves the story's current date after an expression is resolved.
    ///
    /// The story moves to a date written with its day (`le 24 mars`), to `hier`
    /// or `le lendemain`, to a date that opens its sentence (`Mardi, lors de
    /// l'audience, …`) and to the first date of the document; a weekday in
    /// passing (`une grève lancée mercredi`) leaves it where it is.
    private func update(_ context: inout DateContext, with meaning: Meaning, _ resolution: Resolution,
                        opensSentence: Bool) {
        guard let day = resolution.day else { return }
        let moves: Bool
        switch meaning {
        case .duration, .set, .reference: return
        case .calendar(let fields): moves = fields.day != nil
        case .deictic, .narrative, .weekdayOf, .holiday: moves = true
        case .clock(_, _, let inner?), .dayPart(_, let inner?):
            if case .weekday = inner { moves = opensSentence } else { moves = true }
        case .clock, .dayPart: moves = false
        default: moves = opensSentence
        }
        if moves || context.storyDay == nil { context.storyDay = day }
        if context.ledeDay == nil { context.ledeDay = day }
        if case .calendar(let fields) = meaning, fields.day != nil, let month = context.documentMonth,
            day.year == month.year, day.month == month.month
        {
            context.monthAnchor = day
        }
    }

    /// The day of the next date in the same sentence, for a time written before
    /// its day (`4 h mardi`).
    private func dayLater(in detections: [Detection], _ sentences: [Range<Int>], after index: Int,
                          context: DateContext, view: TokenView) -> CalendarDay? {
        var next = index + 1
        while next < detections.count, sentences[next] == sentences[index] {
            let meaning = detections[next].meaning
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
    private static func onlyLinks(_ view: TokenView, from start: Int, to end: Int) -> Bool {
        guard start <= end, end - start <= 6 else { return false }
        for index in start..<end where !view.isPunctuation(index) {
            guard ["en", "et", "puis", "ou", "dès", "à", "au", "le", "la", "l'", "de", "d'", "du", "mais", "surtout"]
                .contains(view.norm(index))
            else { return false }
        }
        return true
    }

    /// The year an expression names when it names a year and nothing finer:
    /// `en 97`, `mars 2023`, `l'an prochain`.
    private static func yearOnly(_ meaning: Meaning, _ resolution: Resolution) -> Int? {
        switch meaning {
        case .calendar(let fields) where fields.day == nil: return fields.year
        case .period(.year, _, _): return Int(resolution.value)
        default: return nil
        }
    }

    /// A month, a day and month or a season with no year takes the year just
    /// named in the same sentence: `deux ruptures en 97 (en janvier, …)`,
    /// `l'an prochain, le premier dimanche du printemps`.
    private static func withYear(_ meaning: Meaning, _ year: Int) -> Meaning {
        switch meaning {
        case .calendar(var fields) where fields.year == nil && fields.month != nil && fields.weekday == nil
            && fields.modifier == nil:
            fields.year = year
            return .calendar(fields)
        case .season(let season, nil, nil):
            return .season(season, year: year, modifier: nil)
        case .part(let part, let inner):
            return .part(part, withYear(inner, year))
        case .weekdayOf(let ordinal, let weekday, let period):
            return .weekdayOf(ordinal: ordinal, weekday: weekday, period: withYear(period, year))
        default:
            return meaning
        }
    }

    /// Whether resolving `meaning` depends on the tense.
    private func needsTense(_ meaning: Meaning) -> Bool {
        switch meaning {
        case .calendar(let fields): return fields.year == nil
        case .weekday, .season, .yearPart, .holiday, .weekdayOf: return true
        case .period(.weekend, _, _): return true
        case .part(_, let inner): return needsTense(inner)
        case .clock(_, _, let day?), .dayPart(_, let day?): return needsTense(day)
        default: return false
        }
    }

    /// Whether `meaning` is a time of day with no day of its own.
    private func needsDay(_ meaning: Meaning) -> Bool {
        switch meaning {
        case .clock(_, _, nil), .dayPart(_, nil): return true
        default: return false
        }
    }

    private static func kind(_ meaning: Meaning) -> TemporalExpression.Kind {
        switch meaning.kind {
        case .date: return .date
        case .time: return .time
        case .duration: return .duration
        case .set: return .set
        }
    }
}
