import ParoleCore

/// Where and when each quote was said: the indirect quote that holds a partial
/// fragment (``Quote/parent``), and the date of the statement (``Quote/date``).
enum QuoteSettings {
    /// How far from the cue (UTF-16 units) a date of its sentence is sought.
    private static let window = 240

    /// Sets `parent` and `date` on `quotes` (in text order, a quote before the quotes
    /// inside it), reading the sentences and the `dates` layer of `document`.
    static func annotate(_ quotes: inout [Quote], in document: Document) {
        let sentences = document.sentences.map(\.span)
        let dates = outside(
            quotes,
            (document[DateLayer.self] ?? []).filter {
                $0.kind == .date && isCalendarValue($0.value)
            })
        let documentDate = document.date?.description
        var holder: Int?
        for index in quotes.indices {
            let span = quotes[index].span
            if let current = holder, !quotes[current].span.contains(span) { holder = nil }
            if quotes[index].kind == .partial, let holder { quotes[index].parent = holder }
            if quotes[index].kind == .indirect { holder = index }
            quotes[index].date = documentDate
            guard let cue = quotes[index].cue, let sentence = sentence(containing: cue.span.start, in: sentences)
            else { continue }
            if let date = nearestDate(to: cue.span, of: span, in: sentence, dates: dates) {
                quotes[index].date = date
            }
        }
    }

    /// Whether a TIMEX3 value names a day, month or year of the calendar (`2024-02-06`).
    private static func isCalendarValue(_ value: String) -> Bool {
        let utf8 = Array(value.utf8.prefix(4))
        return utf8.count == 4 && utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The sentence that holds offset `offset`, by binary search.
    private static func sentence(containing offset: Int, in sentences: [Span]) -> Span? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].start <= offset ? sentences[low] : nil
    }

    /// The dates (in text order) that overlap no quote (in text order by start).
    private static func outside(_ quotes: [Quote], _ dates: [TemporalExpression]) -> [TemporalExpression] {
        var reach = 0
        var next = 0
        return dates.filter { date in
            // The furthest end of the quotes that start before the date ends.
            while next < quotes.count && quotes[next].span.start < date.span.end {
                reach = max(reach, quotes[next].span.end)
                next += 1
            }
            return reach <= date.span.start
        }
    }

    /// The value of the date of `sentence` nearest to the cue, on the cue's side of
    /// the quote (`a affirmé « … », après la décision du 28 juin`: not when it was said).
    private static func nearestDate(
        to cue: Span, of quote: Span, in sentence: Span, dates: [TemporalExpression]
    ) -> String? {
        // Within a window around the cue, so that a long sentence costs no more.
        let from = max(sentence.start, cue.start - window)
        let upTo = min(sentence.end, cue.end + window)
        var low = 0
        var high = dates.count
        while low < high {
            let middle = (low + high) / 2
            if dates[middle].span.start < from { low = middle + 1 } else { high = middle }
        }
        var best: (distance: Int, value: String)?
        var index = low
        while index < dates.count && dates[index].span.end <= upTo {
            let span = dates[index].span
            index += 1
            let beyond =
                cue.end <= quote.start ? span.start >= quote.end : cue.start >= quote.end && span.end <= quote.start
            if beyond { continue }
            let distance = span.start >= cue.end ? span.start - cue.end : max(0, cue.start - span.end)
            if best.map({ distance < $0.distance }) ?? true { best = (distance, dates[index - 1].value) }
        }
        return best?.value
    }
}
