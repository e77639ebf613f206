import ParoleCore

/// Days counted from today inside a quotation (`« Hier, nous avons tout perdu », a
/// déclaré vendredi le maire`) count from the day the words were said, when the
/// reporter's part of the sentence gives that day: `hier` is Thursday, not the day
/// before publication.
struct QuotedDeictics {
    /// For each token, the index of the last opening `«` or `“` before it (-1 if none).
    private let lastOpening: [Int32]
    /// For each token, the index of the last closing `»` or `”` before it (-1 if none).
    private let lastClosing: [Int32]

    /// Indexes the quotation marks of `tokens` once, so that ``isQuoted(_:in:)`` is O(1).
    init(tokens: TokenList) {
        var lastOpening = [Int32](repeating: -1, count: tokens.count + 1)
        var lastClosing = [Int32](repeating: -1, count: tokens.count + 1)
        var opening: Int32 = -1
        var closing: Int32 = -1
        for (index, token) in tokens.enumerated() {
            lastOpening[index] = opening
            lastClosing[index] = closing
            if token.kind == .quote {
                switch token.norm {
                case "«", "“": opening = Int32(index)
                case "»", "”": closing = Int32(index)
                default: break
                }
            }
        }
        lastOpening[tokens.count] = opening
        lastClosing[tokens.count] = closing
        self.lastOpening = lastOpening
        self.lastClosing = lastClosing
    }

    /// `results` with their quoted `hier`, `aujourd'hui`, `demain` moved to the day of
    /// the speech.
    func apply(to results: inout [Resolved]) {
        guard results.count >= 2 else { return }
        var index = 0
        while index < results.count {
            let sentence = results[index].sentence
            var end = index
            while end < results.count, results[end].sentence == sentence { end += 1 }
            if end - index >= 2 { applyInSentence(&results, index..<end) }
            index = end
        }
    }

    private func applyInSentence(_ results: inout [Resolved], _ range: Range<Int>) {
        let quoted = range.map { isQuoted(results[$0].detection.start, in: results[$0].sentence) }
        // The day of the speech: a dated expression of the reporter's part.
        guard
            let said = range.first(where: { position in
                guard !quoted[position - range.lowerBound], results[position].resolution.day != nil else {
                    return false
                }
                switch results[position].detection.meaning {
                case .weekday, .calendar: return true
                default: return false
                }
            }), let day = results[said].resolution.day
        else { return }
        for position in range where quoted[position - range.lowerBound] {
            guard case .deictic(let days) = results[position].detection.meaning,
                results[position].resolution.day != nil
            else { continue }
            results[position].resolution = .day(day.adding(days: days), anchor: .narrative)
        }
    }

    /// Whether token `index` stands inside an opening `«` or `“` of its sentence that is
    /// not closed before it.
    func isQuoted(_ index: Int, in sentence: Range<Int>) -> Bool {
        let at = min(max(index, 0), lastOpening.count - 1)
        let opening = Int(lastOpening[at])
        return opening >= sentence.lowerBound && opening > Int(lastClosing[at])
    }
}
