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
///
/// Values stay within what TIMEX3 can write: years 0001 to 9999 on four digits.
/// An expression whose value would fall outside (`demain` on 9999-12-31, `l'an
/// dernier` in year 1) is left unresolved (`XXXX-XX-XX`, `XXXX`) rather than
/// clamped to the calendar's end; a duration's amount is written in plain decimals
/// up to 10^15 units and as unknown beyond (`PXD`).
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
    /// document with no date (`vendredi 26 janvier` → the latest such Friday up to
    /// that year); `nil` when none is given, and then such a date in an undated
    /// document keeps an unknown year (`XXXX-01-26`).
    public let currentYear: Int?

    let grammar: DateGrammar
    let tenseReader: TenseReader
    let resolver = DateResolver()

    /// Creates the stage, loading month and weekday names from ICU, number words
    /// from ICU's spell-out rules and the `dates-*` lexicons.
    ///
    /// - Parameters:
    ///   - marksReferences: also mark the references only the TimeML style annotates
    ///     (`timeml` rows of `dates-words` and `dates-references`, such as `dans le
    ///     passé`); `maintenant`, `désormais`, `actuellement` are always `PRESENT_REF`.
    ///   - currentYear: the year for documents with no date. The library reads no
    ///     clock: by default there is none, and a weekday with a day and a month in an
    ///     undated document keeps an unknown year. The `parole` command passes the
    ///     current year (or `--stage-option dates.year=YYYY`).
    public init(marksReferences: Bool = false, currentYear: Int? = nil) throws {
        let vocabulary = try DateVocabulary()
        self.grammar = DateGrammar(vocabulary: vocabulary, marksReferences: marksReferences)
        self.tenseReader = TenseReader(vocabulary: vocabulary)
        self.currentYear = currentYear
    }

    /// The options of the registered stage: `year` (the year for undated documents,
    /// 1 to 9999; by default the year of the environment's `now`, else none) and
    /// `references` (`annotation`, the default, or `timeml` to also mark the references
    /// only the TimeML style annotates, as `marksReferences` does).
    public static let options = [
        StageOption("year", .integer(1...9999), summary: "the year for documents with no date"),
        StageOption(
            "references", .choice(["annotation", "timeml"]), summary: "timeml also marks TimeML-only references"),
    ]

    /// Creates the stage from registry options (see ``options``).
    public init(options: StageOptions) throws {
        try self.init(
            marksReferences: try options.choice("references", among: ["annotation", "timeml"]) == "timeml",
            currentYear: try options.integer("year", in: 1...9999) ?? options.environment.currentYear)
    }

    /// Adds the `dates` layer to `document`.
    public func process(_ document: inout Document) throws {
        document.dates = expressions(in: document)
    }

    /// The temporal expressions of `document`, resolved, in text order.
    public func expressions(in document: Document) -> [TemporalExpression] {
        let classes = TokenClasses(tokens: document.tokens, vocabulary: grammar.vocabulary)
        let detections = grammar.detect(in: document, classes: classes)
        guard !detections.isEmpty else { return [] }
        let sentences = sentenceRanges(of: document, for: detections)
        var context = initialContext(document, detections)
        var results: [Resolved] = []
        results.reserveCapacity(detections.count)
        let quotes = QuotedDeictics(tokens: document.tokens)
        let recurring = DateStage.recurringSentences(detections, sentences)
        for (index, var detection) in detections.enumerated() {
            let view = TokenView(
                tokens: document.tokens, utf16: document.utf16, vocabulary: grammar.vocabulary,
                bounds: sentences[index], classes: classes)
            if let previous = results.last, previous.sentence == sentences[index] {
                detection.meaning = yearFromContext(detection, after: previous, in: view)
            }
            let tense =
                needsTense(detection.meaning)
                ? tenseReader.tense(of: detection.start..<detection.end, in: view) : .unknown
            let sentenceDay =
                needsDay(detection.meaning)
                ? dayOfSentence(at: index, detections, sentences, results, context: context, view: view) : nil
            let timeDay =
                needsDay(detection.meaning)
                ? dayPastMidnight(detection, after: results.last, sentence: sentences[index], in: view) ?? sentenceDay
                    ?? dayOfNamedPart(detection, after: results.last, sentence: sentences[index])
                    ?? storyDay(for: detection, in: view, quotes: quotes, context: context) : nil
            var resolution = resolver.resolve(detection.meaning, tense: tense, context: context, timeDay: timeDay)
            let anyDay =
                sentenceDay == nil
                && isTimeOfAnyDay(detection, after: results.last, sentence: sentences[index], in: view)
            if anyDay || DateStage.isRecurringTime(detections[index], in: sentences[index], recurring: recurring) {
                resolution = DateStage.anyDay(resolution)
            }
            if let event = dayAroundEvent(
                detection, in: view, results: results, sentence: sentences[index], context: context)
            {
                resolution = event
            }
            if isQuotedPresent(detection, in: view, quotes: quotes) { resolution = .token("PRESENT_REF") }
            let opensSentence = detection.start <= sentences[index].lowerBound + 1
            update(&context, with: detection.meaning, resolution, opensSentence: opensSentence)
            results.append(Resolved(detection: detection, sentence: sentences[index], resolution: resolution))
        }
        quotes.apply(to: &results)
        alignRanges(&results)
        shareListYears(&results, classes: classes, tokens: document.tokens)
        orderWeekdayRanges(&results, classes: classes, publication: context.documentDay)
        return results.map { item in
            let tokens = document.tokens
            let span =
                item.detection.span
                ?? Span(start: tokens[item.detection.start].span.start, end: tokens[item.detection.end - 1].span.end)
            let interval = item.resolution.days.map { $0.lowerBound.description...$0.upperBound.description }
            return TemporalExpression(
                span: span, kind: item.detection.meaning.kind,
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

    /// Whether `aujourd'hui` is the speaker's present rather than a day: inside a quotation,
    /// in a clause whose verbs tell no past and no future (`« La torture continue aujourd'hui
    /// en Syrie »`), and not set off by a comma (`Mais aujourd'hui, je dois décider` names the
    /// day of a decision).
    private func isQuotedPresent(_ detection: Detection, in view: TokenView, quotes: QuotedDeictics) -> Bool {
        guard case .deictic(0) = detection.meaning, detection.end - detection.start == 1,
            !view.isPunctuation(detection.end) || view.tokens[detection.end].kind == .quote
                || view.isWord(detection.end, "."),
            quotes.isQuoted(detection.start, in: view.bounds)
        else { return false }
        return tenseReader.tense(of: detection.start..<detection.end, in: view, presentStops: false) == .unknown
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
}
