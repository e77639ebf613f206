import ParoleCore

/// A document as the quote rules read it: tokens with their norms and word classes,
/// line breaks, sentences, and the entity under each token, all indexed by token.
struct QuoteText {
    /// The lexicons the classes come from.
    let lexicons: QuoteLexicons
    /// The document's tokens.
    let tokens: [Token]
    /// The norm of each token.
    let norms: [String]
    /// The document text in UTF-16 units.
    let units: [UInt16]
    /// The word classes of each token.
    let info: [WordInfo]
    /// Whether each token begins with an uppercase letter.
    let isCapitalized: [Bool]
    /// Whether a line break stands between each token and the one before (true for the first).
    let breakBefore: [Bool]
    /// The index of each token's sentence.
    let sentenceOfToken: [Int]
    /// The token ranges of the sentences.
    let sentences: [Range<Int>]
    /// The index in ``entities`` of the entity covering each token, or -1.
    let entityOfToken: [Int]
    /// The document's entities.
    let entities: [Entity]
    /// The document's entity clusters.
    let clusters: [EntityCluster]
    /// Whether each token lies inside a temporal expression of the `dates` layer.
    let inDate: [Bool]

    init(document: Document, lexicons: QuoteLexicons) {
        self.lexicons = lexicons
        let tokens = document.tokens
        let units = document.utf16
        self.tokens = tokens
        self.units = units
        norms = tokens.map(\.norm)
        info = norms.map { lexicons.info($0) }
        isCapitalized = tokens.map { !$0.span.isEmpty && $0.span.start < units.count && units[$0.span.start].isUppercaseUnit }

        var breaks = [Bool](repeating: false, count: tokens.count)
        var previousEnd = 0
        for (index, token) in tokens.enumerated() {
            if index == 0 {
                breaks[index] = true
            } else {
                var offset = previousEnd
                while offset < token.span.start && offset < units.count {
                    if UnitClass.test(units[offset], .lineBreak) {
                        breaks[index] = true
                        break
                    }
                    offset += 1
                }
            }
            previousEnd = token.span.end
        }
        breakBefore = breaks

        var sentenceRanges = document.sentences.map(\.tokens).filter { !$0.isEmpty && $0.upperBound <= tokens.count }
        if sentenceRanges.isEmpty && !tokens.isEmpty { sentenceRanges = [0..<tokens.count] }
        var sentenceOfToken = [Int](repeating: -1, count: tokens.count)
        for (index, range) in sentenceRanges.enumerated() {
            for token in range { sentenceOfToken[token] = index }
        }
        // Tokens outside every sentence (none in practice) join the sentence before.
        var last = 0
        for token in sentenceOfToken.indices {
            if sentenceOfToken[token] < 0 { sentenceOfToken[token] = last } else { last = sentenceOfToken[token] }
        }
        self.sentenceOfToken = sentenceOfToken
        sentences = sentenceRanges

        entities = document.entities
        clusters = document.entityClusters
        entityOfToken = Self.coverage(of: entities.map(\.span), over: tokens)
        if let dates = document[DateLayer.self] {
            inDate = Self.coverage(of: dates.map(\.span), over: tokens).map { $0 >= 0 }
        } else {
            inDate = [Bool](repeating: false, count: tokens.count)
        }
    }

    /// For each token, the index of the span (sorted, not overlapping) that covers it, or -1.
    private static func coverage(of spans: [Span], over tokens: [Token]) -> [Int] {
        var result = [Int](repeating: -1, count: tokens.count)
        var spanIndex = 0
        let sorted = spans.enumerated().sorted { $0.element.start < $1.element.start }
        for (index, token) in tokens.enumerated() {
            while spanIndex < sorted.count && sorted[spanIndex].element.end <= token.span.start { spanIndex += 1 }
            if spanIndex < sorted.count, sorted[spanIndex].element.contains(token.span.start) {
                result[index] = sorted[spanIndex].offset
            }
        }
        return result
    }

    /// The number of tokens.
    var count: Int { tokens.count }

    // MARK: Token tests

    /// Whether token `index` is a word (letters) token.
    @inline(__always)
    func isWord(_ index: Int) -> Bool { tokens[index].kind == .word }

    /// Whether token `index` is a quotation mark.
    @inline(__always)
    func isQuotationMark(_ index: Int) -> Bool { tokens[index].kind == .quote }

    /// Whether token `index` is punctuation whose norm is `mark`.
    @inline(__always)
    func isPunctuation(_ index: Int, _ mark: String) -> Bool {
        tokens[index].kind == .punct && norms[index] == mark
    }

    /// Whether token `index` is a comma.
    @inline(__always)
    func isComma(_ index: Int) -> Bool { isPunctuation(index, ",") }

    /// Whether token `index` ends a sentence: `.`, `!`, `?`, `…`, `...`.
    func isTerminal(_ index: Int) -> Bool {
        guard tokens[index].kind == .punct else { return false }
        switch norms[index] {
        case ".", "!", "?", "…", "...", "?!", "!?", "!!", "??": return true
        default: return norms[index].hasPrefix("..") || norms[index].hasPrefix("?") || norms[index].hasPrefix("!")
        }
    }

    /// Whether token `index` is a dialogue dash: `—`, `–` or `--`.
    func isDash(_ index: Int) -> Bool {
        guard tokens[index].kind == .punct else { return false }
        return norms[index] == "—" || norms[index] == "–" || norms[index] == "--" || norms[index] == "―"
    }

    /// Whether token `index` belongs to any of `classes`.
    @inline(__always)
    func isAny(_ index: Int, _ classes: WordClass) -> Bool { info[index].isAny(classes) }

    /// Whether token `index` is a honorific (`M.`, `Mme`), which must be capitalised.
    func isHonorific(_ index: Int) -> Bool { info[index].classes.contains(.honorific) && isCapitalized[index] }

    /// The entity covering token `index`.
    func entity(at index: Int) -> Entity? {
        let entity = entityOfToken[index]
        return entity >= 0 ? entities[entity] : nil
    }

    /// Whether an entity starts at token `index`.
    func entityStarts(at index: Int) -> Bool {
        let entity = entityOfToken[index]
        return entity >= 0 && (index == 0 || entityOfToken[index - 1] != entity)
    }

    /// The token range of the entity covering token `index`.
    func entityTokens(at index: Int) -> Range<Int>? {
        let entity = entityOfToken[index]
        guard entity >= 0 else { return nil }
        var start = index
        var end = index + 1
        while start > 0 && entityOfToken[start - 1] == entity { start -= 1 }
        while end < count && entityOfToken[end] == entity { end += 1 }
        return start..<end
    }

    /// Whether token `index` is an adverb in -ment (`vivement`, `mélancoliquement`),
    /// not a noun after a determiner (`le gouvernement`).
    func looksLikeAdverb(_ index: Int) -> Bool {
        guard isWord(index), !isCapitalized[index], norms[index].count >= 7, norms[index].hasSuffix("ment") else { return false }
        return !isAny(index, .speakerHead) && !(index > 0 && isAny(index - 1, [.determiner, .preposition]))
    }

    /// Whether token `index` looks like a past participle of the first group
    /// (`impliqué`, `chargée`, `basés`).
    func looksLikeParticiple(_ index: Int) -> Bool {
        guard isWord(index), !isCapitalized[index] else { return false }
        let norm = norms[index]
        return norm.hasSuffix("é") || norm.hasSuffix("ée") || norm.hasSuffix("és") || norm.hasSuffix("ées")
    }

    /// Whether token `index` looks like any past participle, before an agent `par`
    /// (`établi par`, `conduite par`, `publié par`).
    func looksLikeAgentParticiple(_ index: Int) -> Bool {
        guard isWord(index), !isCapitalized[index] else { return false }
        if looksLikeParticiple(index) { return true }
        let norm = norms[index]
        return ["i", "ie", "is", "ies", "it", "ite", "its", "ites", "u", "ue", "us", "ues"].contains { norm.hasSuffix($0) }
    }

    // MARK: Spans and text

    /// The UTF-16 span of a token range (which must not be empty).
    func span(_ range: Range<Int>) -> Span {
        Span(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
    }

    /// The text of a token range.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let span = span(range)
        return String(utf16Units: units[span.start..<span.end])
    }
}
