import ParoleCore

/// What the entity rules need to know about one token, computed once per document.
struct TokenTraits: Sendable {
    /// ``Normalizer/foldingKey(_:)`` of the token's norm: `État` → `etat`.
    var key: String
    /// The token as written, with `’` as `'`.
    var text: String
    /// The lowercase form (``Token/norm``).
    var norm: String
    /// A word token.
    var isWord: Bool
    /// Its first letter is uppercase (`Blinken`, `ONU`, `L'`).
    var isCapitalized: Bool
    /// Two or more letters, all uppercase (`ONU`, `CFDT`, `G7` is not: one letter).
    var isAcronym: Bool
    /// A Roman numeral in capitals: `XIV`, `III`.
    var isRomanNumeral: Bool
    /// A lowercase particle joined to a capitalised name: `al-Sissi`, `el-Sisi`, `ben-Gourion`.
    var isParticleName: Bool
    /// An elided word with its apostrophe: `l'`, `d'`, `L'`, `qu'`.
    var isElision: Bool
    /// The first word of a sentence, or the first after an opening quotation mark or colon.
    var isSentenceInitial: Bool
    /// The index of the token's sentence.
    var sentence: Int
}

/// The tokens of a document with their traits and the sentence ranges: the input of
/// every rule of the stage.
struct EntityContext {
    /// The document's tokens.
    let tokens: [Token]
    /// The traits of each token.
    let traits: [TokenTraits]
    /// The token range of each sentence.
    let sentenceRanges: [Range<Int>]
    /// The document text in UTF-16 code units.
    let utf16: [UInt16]

    /// The letters of Roman numerals.
    static let romanDigits: Set<UInt16> = Set("IVXLCDM".utf16)

    /// Lowercase particles that join a prefix to a name in one token (`al-Sissi`).
    static let joinedParticles: [String] = ["al-", "el-", "ad-", "ash-", "as-", "ben-", "bin-", "abu-", "abou-", "ibn-"]

    init(document: Document) {
        tokens = document.tokens
        utf16 = document.utf16
        var ranges = document.sentences.map(\.tokens)
        if ranges.isEmpty && !tokens.isEmpty { ranges = [0..<tokens.count] }
        sentenceRanges = ranges

        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (index, range) in ranges.enumerated() {
            for token in range where token < tokens.count { sentenceOf[token] = index }
        }
        var initial = [Bool](repeating: false, count: tokens.count)
        for range in ranges {
            var expectStart = true
            for index in range where index < tokens.count {
                let token = tokens[index]
                switch token.kind {
                case .word, .number:
                    if expectStart { initial[index] = true }
                    expectStart = false
                case .quote:
                    expectStart = true
                case .punct:
                    let unit: UInt16 = token.span.isEmpty ? 0x20 : utf16[token.span.start]
                    // ':' '—' '–' '-' '(' '/' '•' begin a new phrase, and so do '!' '?' '…'
                    // that the sentence splitter left inside a sentence.
                    if unit == 0x21 || unit == 0x3F || unit == 0x2E || unit == 0x2026 || unit == 0x3A || unit == 0x2014 || unit == 0x2013 || unit == 0x2D || unit == 0x28 || unit == 0x2F
                        || unit == 0x2022
                    {
                        expectStart = true
                    }
                default:
                    break
                }
            }
        }

        var traits: [TokenTraits] = []
        traits.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            let span = token.span
            let isWord = token.kind == .word
            var text = String(decoding: document.utf16[span.start..<span.end], as: UTF16.self)
            if text.utf16.contains(0x2019) { text = text.replacingApostrophes() }
            let first: UInt16 = span.isEmpty ? 0x20 : document.utf16[span.start]
            var letters = 0
            var upper = 0
            var lowerFound = false
            for unit in document.utf16[span.start..<span.end] where unit.isLetterUnit {
                letters += 1
                if unit.isUppercaseUnit { upper += 1 } else { lowerFound = true }
            }
            let isElision = isWord && (token.norm.hasSuffix("'")) && token.norm.count <= 8
            var particle = false
            if isWord && !first.isUppercaseUnit {
                for prefix in Self.joinedParticles where token.norm.hasPrefix(prefix) {
                    let offset = span.start + prefix.utf16.count
                    if offset < span.end && document.utf16[offset].isUppercaseUnit { particle = true }
                    break
                }
            }
            traits.append(
                TokenTraits(
                    key: isWord || token.kind == .number ? Normalizer.foldingKey(token.norm.trimmingSpaces()) : token.norm,
                    text: text,
                    norm: token.norm,
                    isWord: isWord,
                    isCapitalized: isWord && first.isUppercaseUnit,
                    isAcronym: isWord && letters >= 2 && upper == letters && !lowerFound,
                    isRomanNumeral: isWord && upper == letters && letters == span.length
                        && document.utf16[span.start..<span.end].allSatisfy { Self.romanDigits.contains($0) },
                    isParticleName: particle,
                    isElision: isElision,
                    isSentenceInitial: initial[index],
                    sentence: sentenceOf[index]))
        }
        self.traits = traits
    }

    /// The span from the start of token `first` to the end of token `last`.
    func span(_ range: Range<Int>) -> Span {
        var start = tokens[range.lowerBound].span.start
        var end = tokens[range.upperBound - 1].span.end
        while end > start, utf16[end - 1].isSpaceUnit { end -= 1 }
        while start < end, utf16[start].isSpaceUnit { start += 1 }
        return Span(start: start, end: end)
    }

    /// The text of a token range, as written.
    func text(_ range: Range<Int>) -> String {
        let span = span(range)
        return String(decoding: utf16[span.start..<span.end], as: UTF16.self)
    }

    /// Whether a line break separates token `index` from the token before it (a
    /// heading or a signature ends there).
    func isLineBreak(before index: Int) -> Bool {
        guard index > 0 && index < tokens.count else { return false }
        for offset in tokens[index - 1].span.end..<tokens[index].span.start where utf16[offset] == 0x0A || utf16[offset] == 0x0D {
            return true
        }
        return false
    }

    /// Whether token `index` is the punctuation mark `mark` (one UTF-16 unit).
    func isPunct(_ index: Int, _ mark: UInt16) -> Bool {
        guard index >= 0 && index < tokens.count else { return false }
        let token = tokens[index]
        return token.kind != .word && token.span.length == 1 && utf16[token.span.start] == mark
    }
}

extension String {
    /// The string with typographic apostrophes `’` written `'`.
    func replacingApostrophes() -> String {
        String(decoding: utf16.map { $0 == 0x2019 ? 0x27 : $0 }, as: UTF16.self)
    }

    /// The string without leading or trailing spaces (a no-break space kept in a token).
    func trimmingSpaces() -> String {
        guard let first = utf16.first, let last = utf16.last, first.isSpaceUnit || last.isSpaceUnit else { return self }
        var units = Array(utf16)
        while let unit = units.last, unit.isSpaceUnit { units.removeLast() }
        while let unit = units.first, unit.isSpaceUnit { units.removeFirst() }
        return String(decoding: units, as: UTF16.self)
    }
}
