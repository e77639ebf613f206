import ParoleCore

/// What the quote rules know about a document before they look for quotes: its
/// quotation-mark pairs, its sentences merged over quotations ("frames"), and its
/// speech verb groups outside quotation marks.
struct QuoteScan {
    /// What the scan stores for each token, in four bytes: the index of its frame and
    /// whether it is quoted or starts a cue.
    struct TokenWord: Sendable {
        private var rawValue: UInt32

        private static let quotedBit: UInt32 = 1 << 31
        private static let cueStartBit: UInt32 = 1 << 30
        /// Frames are numbered below this.
        static let frameLimit = 1 << 30

        init(frame: Int) { rawValue = UInt32(frame) }

        /// The index of the token's frame.
        var frame: Int {
            get { Int(rawValue & (Self.cueStartBit - 1)) }
            set { rawValue = rawValue & ~(Self.cueStartBit - 1) | UInt32(newValue) }
        }
        /// Whether the token lies inside quotation marks (the marks included).
        var isQuoted: Bool {
            get { rawValue & Self.quotedBit != 0 }
            set { rawValue = newValue ? rawValue | Self.quotedBit : rawValue & ~Self.quotedBit }
        }
        /// Whether a cue starts at the token.
        var startsCue: Bool {
            get { rawValue & Self.cueStartBit != 0 }
            set { rawValue = newValue ? rawValue | Self.cueStartBit : rawValue & ~Self.cueStartBit }
        }
    }

    /// The document.
    let text: QuoteText
    /// The quotation-mark pairs, by opening mark.
    let pairs: [MarkPair]
    /// The indices in ``pairs`` of the outermost pairs, the pairs not inside another,
    /// in text order: their tokens (marks included) do not overlap.
    private let outerPairs: [Int]
    /// Whether each pair is one of the outermost.
    private let isOuter: [Bool]
    /// The token ranges of the frames: a sentence, or sentences joined by a quotation
    /// that runs over them.
    let frames: [Range<Int>]
    /// The speech verb groups outside quotation marks, in text order: their verbs and
    /// their ends come in increasing order (a cue is sought after the one before).
    let cues: [SpeechCue]
    /// Whether the cues also start in increasing order (always, unless a participle's
    /// `en` reaches back over a cue made only of clitics); else the index of the cue
    /// that starts at each starting token.
    private let cueStartingAt: [Int: Int]?
    /// The frame and flags of each token.
    private let words: [TokenWord]
    /// For each frame, the last token before its first that starts a line (0 when none does).
    private let lineStarts: [Int32]

    init(text: QuoteText) {
        self.text = text
        let pairs = QuotationMarkPairing.pairs(in: text)
        self.pairs = pairs

        // A pair whose opening mark no earlier outermost pair encloses is outermost (pairs
        // are ordered by opening mark).
        var outerPairs: [Int] = []
        var isOuter = [Bool](repeating: false, count: pairs.count)
        for (index, pair) in pairs.enumerated() where outerPairs.last.map({ pair.open > pairs[$0].close }) ?? true {
            outerPairs.append(index)
            isOuter[index] = true
        }
        self.outerPairs = outerPairs
        self.isOuter = isOuter

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
        var words = [TokenWord](repeating: TokenWord(frame: 0), count: text.count)
        for (index, sentence) in sentences.enumerated() {
            if index > 0 && joinsNext[index - 1], let last = frames.last,
                sentence.upperBound - last.lowerBound <= Self.longestFrame
            {
                frames[frames.count - 1] = last.lowerBound..<sentence.upperBound
                for token in sentence { words[token].frame = frames.count - 1 }
                continue
            }
            // A sentence longer than a frame may be (a list or a dump with no sentence end)
            // is cut into frames, which keeps every search within a frame linear overall.
            var start = sentence.lowerBound
            repeat {
                let end = min(sentence.upperBound, start + Self.longestFrame)
                frames.append(start..<end)
                precondition(frames.count <= TokenWord.frameLimit, "too many sentences")
                for token in start..<end { words[token].frame = frames.count - 1 }
                start = end
            } while start < sentence.upperBound
        }
        self.frames = frames
        lineStarts = Self.lineStarts(before: frames, in: text)

        for pair in outerPairs {
            for token in pairs[pair].open...pairs[pair].close { words[token].isQuoted = true }
        }
        cues = words.withUnsafeBufferPointer { words in
            SpeechCueFinder(text: text).cues { words[$0].isQuoted }
        }
        for cue in cues { words[cue.tokens.lowerBound].startsCue = true }
        self.words = words
        let ordered = zip(cues, cues.dropFirst()).allSatisfy { $0.tokens.lowerBound < $1.tokens.lowerBound }
        cueStartingAt =
            ordered
            ? nil
            : Dictionary(cues.enumerated().map { ($1.tokens.lowerBound, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The most tokens a frame holds: far more than the longest sentence of news or
    /// fiction, few enough that the rules' searches within frames stay cheap on text
    /// that never ends a sentence.
    static let longestFrame = 400

    /// The index of token `index`'s frame.
    @inline(__always)
    func frameIndex(of index: Int) -> Int { words[index].frame }

    /// For each of `frames`, the last token before its first that starts a line (0 when
    /// none does): found in one pass when the frames are in text order (always, unless
    /// the sentences are not).
    private static func lineStarts(before frames: [Range<Int>], in text: QuoteText) -> [Int32] {
        var lineStarts: [Int32] = []
        lineStarts.reserveCapacity(frames.count)
        let ordered = zip(frames, frames.dropFirst()).allSatisfy { $0.lowerBound <= $1.lowerBound }
        var lineStart = 0
        var token = 0
        for frame in frames {
            if !ordered {
                var before = frame.lowerBound - 1
                while before > 0 && !text.startsLine(before) { before -= 1 }
                lineStarts.append(Int32(max(before, 0)))
                continue
            }
            while token < frame.lowerBound {
                if text.startsLine(token) { lineStart = token }
                token += 1
            }
            lineStarts.append(Int32(lineStart))
        }
        return lineStarts
    }

    /// The last token before frame `frame`'s first that starts a line (0 when none does).
    func lineStart(beforeFrame frame: Int) -> Int { Int(lineStarts[frame]) }

    /// The frame containing token `index`.
    func frame(of index: Int) -> Range<Int> { frames[words[index].frame] }

    /// The cue that starts at token `index`, if any.
    func cue(startingAt index: Int) -> SpeechCue? {
        guard index >= 0, index < text.count, words[index].startsCue else { return nil }
        if let cueStartingAt { return cueStartingAt[index].map { cues[$0] } }
        var low = 0
        var high = cues.count
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].tokens.lowerBound < index { low = middle + 1 } else { high = middle }
        }
        return cues[low]
    }

    /// The cues whose verb lies in `range`, in text order.
    func cues(withVerbIn range: Range<Int>) -> ArraySlice<SpeechCue> {
        var low = 0
        var high = cues.count
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].verb < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < cues.count && cues[end].verb < range.upperBound { end += 1 }
        return cues[low..<end]
    }

    /// The last cue that ends at token `end` at the latest and starts in `frame`.
    func lastCue(endingBy end: Int, startingIn frame: Range<Int>) -> SpeechCue? {
        // The cues that end in time come first.
        var low = 0
        var high = cues.count
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].tokens.upperBound <= end { low = middle + 1 } else { high = middle }
        }
        while low > 0 {
            low -= 1
            let start = cues[low].tokens.lowerBound
            if frame.contains(start) { return cues[low] }
            // When starts increase too, the cues before start before the frame as well.
            if cueStartingAt == nil && start < frame.lowerBound { return nil }
        }
        return nil
    }

    /// Whether token `index` lies inside quotation marks (the marks included).
    @inline(__always)
    func isQuoted(_ index: Int) -> Bool { words[index].isQuoted }

    /// Whether pair `index` is not inside another pair.
    func isOutermost(_ index: Int) -> Bool { isOuter[index] }

    /// The index in ``pairs`` of the outermost pair whose marks enclose token `index`
    /// (marks included), if any.
    func outerPair(enclosing index: Int) -> Int? {
        guard words[index].isQuoted else { return nil }
        var low = 0
        var high = outerPairs.count
        while low < high {
            let middle = (low + high) / 2
            if pairs[outerPairs[middle]].open <= index { low = middle + 1 } else { high = middle }
        }
        return outerPairs[low - 1]
    }

    /// The index in ``pairs`` of the pair whose opening mark is token `index`, if any.
    func pairIndex(openingAt index: Int) -> Int? {
        var low = 0
        var high = pairs.count
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle].open < index { low = middle + 1 } else { high = middle }
        }
        return low < pairs.count && pairs[low].open == index ? low : nil
    }

    /// The pair whose opening mark is token `index`, if any.
    func pair(openingAt index: Int) -> MarkPair? { pairIndex(openingAt: index).map { pairs[$0] } }

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
