import ParoleCore

/// What the quote rules know about a document before they look for quotes: its
/// quotation-mark pairs, its sentences merged over quotations ("frames"), and its
/// speech verb groups outside quotation marks.
struct QuoteScan {
    /// The document.
    let text: QuoteText
    /// The quotation-mark pairs, by opening mark.
    let pairs: [MarkPair]
    /// For each token, the outermost pair whose marks enclose it (marks included), or -1.
    let outerPair: [Int]
    /// The index in ``pairs`` of the pair each opening mark opens.
    private let pairOpenedBy: [Int: Int]
    /// For each token, the index of its frame: a sentence, or sentences joined by a
    /// quotation that runs over them.
    let frameOfToken: [Int]
    /// The token ranges of the frames.
    let frames: [Range<Int>]
    /// The speech verb groups outside quotation marks, in text order.
    let cues: [SpeechCue]
    /// For each token, the index in ``cues`` of the cue that starts there, or -1.
    let cueStarting: [Int]

    init(text: QuoteText) {
        self.text = text
        let pairs = QuotationMarkPairing.pairs(in: text)
        self.pairs = pairs

        var outerPair = [Int](repeating: -1, count: text.count)
        for (index, pair) in pairs.enumerated() where outerPair[pair.open] < 0 {
            for token in pair.open...pair.close where outerPair[token] < 0 { outerPair[token] = index }
        }
        self.outerPair = outerPair
        pairOpenedBy = Dictionary(pairs.enumerated().map { ($0.element.open, $0.offset) }, uniquingKeysWith: { first, _ in first })

        // Sentences joined by a quotation that runs over them, or by an incise that the
        // splitter cut from its quotation (`» a-t-il dit.` after `Fin. »`).
        let sentences = text.sentences
        var joinsNext = [Bool](repeating: false, count: sentences.count)
        for pair in pairs {
            let first = text.sentence(of: pair.open)
            let last = text.sentence(of: pair.close)
            for sentence in first..<last { joinsNext[sentence] = true }
        }
        for sentence in sentences.indices.dropLast() {
            let next = sentences[sentence + 1].lowerBound
            let lastToken = sentences[sentence].upperBound - 1
            if text.isQuotationMark(lastToken) && !text.startsLine(next)
                && (text.isComma(next) || text.isWord(next) && !text.isCapitalized(next))
            {
                joinsNext[sentence] = true
            }
        }
        var frames: [Range<Int>] = []
        var frameOfToken = [Int](repeating: 0, count: text.count)
        for (index, sentence) in sentences.enumerated() {
            if index > 0 && joinsNext[index - 1], let last = frames.last {
                frames[frames.count - 1] = last.lowerBound..<sentence.upperBound
            } else {
                frames.append(sentence)
            }
            for token in sentence { frameOfToken[token] = frames.count - 1 }
        }
        self.frames = frames
        self.frameOfToken = frameOfToken

        cues = SpeechCueFinder(text: text).cues(masked: outerPair.map { $0 >= 0 })
        var cueStarting = [Int](repeating: -1, count: text.count)
        for (index, cue) in cues.enumerated() { cueStarting[cue.tokens.lowerBound] = index }
        self.cueStarting = cueStarting
    }

    /// The frame containing token `index`.
    func frame(of index: Int) -> Range<Int> { frames[frameOfToken[index]] }

    /// The cue that starts at token `index`, if any.
    func cue(startingAt index: Int) -> SpeechCue? {
        guard index >= 0, index < text.count else { return nil }
        let cue = cueStarting[index]
        return cue >= 0 ? cues[cue] : nil
    }

    /// Whether token `index` lies inside quotation marks (the marks included).
    func isQuoted(_ index: Int) -> Bool { outerPair[index] >= 0 }

    /// The index in ``pairs`` of the pair whose opening mark is token `index`, if any.
    func pairIndex(openingAt index: Int) -> Int? { pairOpenedBy[index] }

    /// The pair whose opening mark is token `index`, if any.
    func pair(openingAt index: Int) -> MarkPair? { pairOpenedBy[index].map { pairs[$0] } }

    /// Whether token `index` is a finite verb group's first token: an auxiliary or
    /// modal in a finite form, a speech verb, or a reflexive or negative clitic before a verb.
    func startsVerbGroup(_ index: Int) -> Bool {
        if let cue = cue(startingAt: index) { return cue.form != .presentParticiple }
        let info = text.info(index)
        if info.isAny([.auxiliary, .modal]) && info.plural != nil { return true }
        if info.isAny([.reflexive, .negation]) && info.classes.contains(.clitic) && index + 1 < text.count {
            // `de ne plus revoir`, `pour s'entretenir`: an infinitive, not a finite verb.
            if index > 0 && text.isAny(index - 1, .preposition) && !text.isAny(index - 1, .determiner) { return false }
            return text.isWord(index + 1)
        }
        return false
    }
}
