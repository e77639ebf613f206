import ParoleCore

/// Dialogue turns: a line that opens with a dash (`— Bonjour, dit-il.`, `– Non.`,
/// `-- Voyez !`) is direct speech up to the end of the line, less its incises. Only
/// documents that write dialogue this way get turns: at least one dash line must
/// hold an incise (`dit-il`, `répondit le postillon`), so that dashed lists in news
/// are not read as speech.
extension QuoteFinder {
    /// Adds the dialogue turns of the document.
    mutating func findDialogueTurns() {
        let lines = dashLines()
        guard !lines.isEmpty, lines.contains(where: { hasIncise($0) }) else { return }
        for line in lines { addTurn(line) }
    }

    /// The token ranges after the dash of every line that opens with one, to the line's end.
    private func dashLines() -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var index = 0
        while index < text.count {
            guard text.breakBefore[index], text.isDash(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < text.count && !text.breakBefore[end] { end += 1 }
            if end > index + 1 { lines.append((index + 1)..<end) }
            index = end
        }
        return lines
    }

    /// Whether a dash line holds an incise after a comma or an end mark.
    private func hasIncise(_ line: Range<Int>) -> Bool {
        line.contains { index in
            index > line.lowerBound && (text.isComma(index - 1) || text.isTerminal(index - 1))
                && inciseVerb(at: index) != nil
        }
    }

    /// Adds the speech of one dash line, split around its incises: `C'est l'affaire
    /// d'une heure, [répondit le postillon ;] nous allons ...`. Quotations already
    /// found inside the line stay as they are.
    private mutating func addTurn(_ line: Range<Int>) {
        if candidates.contains(where: { $0.kind == .direct && line.contains($0.tokens.lowerBound) }) { return }
        var start = line.lowerBound
        var speaker = SpeakerRef.context
        var cue: Quote.Cue?
        var pieces: [Range<Int>] = []
        var index = line.lowerBound + 1
        while index < line.upperBound {
            let previous = index - 1
            if text.isComma(previous) || text.isTerminal(previous), let incise = inciseVerb(at: index) {
                pieces.append(start..<index)
                if speaker == .context { (speaker, cue) = (incise.speaker, incise.cue) }
                var resume = incise.end
                while resume < line.upperBound && (text.isComma(resume) || text.isTerminal(resume) || text.isPunctuation(resume, ";")) {
                    resume += 1
                }
                // Words between the subject and the next punctuation belong to the incise.
                while resume < line.upperBound && !(text.isComma(resume - 1) || text.isTerminal(resume - 1) || text.isPunctuation(resume - 1, ";")) {
                    resume += 1
                }
                start = resume
                index = resume + 1
                continue
            }
            index += 1
        }
        if start < line.upperBound { pieces.append(start..<line.upperBound) }
        var first: Int?
        for piece in pieces {
            let reference = first.map { SpeakerRef.sameAs($0) } ?? speaker
            if let added = add(QuoteCandidate(tokens: piece, kind: .direct, speaker: reference, cue: cue)), first == nil {
                first = added
            }
        }
    }
}
