import ParoleCore
import ParoleText

/// The tokens of a document with their traits and the sentence ranges: the input of
/// every rule of the stage.
///
/// Each distinct norm of the token list is a form: its key is folded and its lexicon
/// facts looked up once (see ``FormFacts``); each token keeps eight bytes of
/// traits that refer to its form (``TokenTraitsTable``).
///
/// A class, built once per document: the rules' helpers each hold it, and copying a
/// reference costs one retain where copying its fields cost one per table.
final class EntityContext {
    /// The document's tokens.
    let tokens: TokenList
    /// The traits of each token.
    let traits: TokenTraitsTable
    /// The key of each form: ``Normalizer/foldingKey(_:)`` of the norm for words and
    /// numbers (`État` → `etat`), the norm itself for other tokens.
    let keys: [String]
    /// The token range of each sentence.
    let sentenceRanges: [Range<Int>]
    /// The document text in UTF-16 code units.
    let utf16: [UInt16]

    /// Lowercase particles that join a prefix to a name in one token (`al-Sissi`).
    static let joinedParticles = FrenchWordLists.particles.list(.joined)

    init(document: Document, lexicons: EntityLexicons) {
        let tokens = document.tokens
        let utf16 = document.utf16
        self.tokens = tokens
        self.utf16 = utf16
        var ranges = document.sentences.map(\.tokens)
        if ranges.isEmpty && !tokens.isEmpty { ranges = [0..<tokens.count] }
        sentenceRanges = ranges

        // A form is a distinct norm of the token list, read as a word or number (folded)
        // or as another token: its index is the order in which it first occurs.
        var formOfNorm = [Int32](repeating: -1, count: tokens.norms.count * 2)
        var keys: [String] = []
        var traits = TokenTraitsTable()
        traits.reserveCapacity(tokens: tokens.count)
        // Tokens are read field by field, from the compact token list.
        do {
            utf16.withUnsafeBufferPointer { text in
                for index in tokens.indices {
                    let kind = tokens.kind(at: index)
                    let span = tokens.span(at: index)
                    let folds = kind == .word || kind == .number
                    let normIndex = tokens.normIndex(at: index)
                    let slot = normIndex * 2 + (folds ? 0 : 1)
                    var form = formOfNorm[slot]
                    if form < 0 {
                        form = Int32(keys.count)
                        formOfNorm[slot] = form
                        let norm = tokens.norms[normIndex]
                        let key = folds ? Self.foldingKey(ofNorm: norm) : norm
                        keys.append(key)
                        traits.appendForm(lexicons.facts(key: key, norm: norm))
                    }
                    let formFacts = traits.facts[Int(form)]
                    let units = UnsafeBufferPointer(rebasing: text[span.start..<span.end])
                    let isWord = kind == .word
                    traits.appendToken(
                        form: form, flags: isWord ? Self.wordFlags(units, formFacts) : [],
                        honorific: isWord ? lexicons.honorific(units) : nil)
                }
            }
        }
        Self.markSentenceStarts(&traits, tokens: tokens, ranges: ranges, utf16: utf16)
        self.traits = traits
        self.keys = keys
    }

    /// ``Normalizer/foldingKey(_:)`` of `norm` without its leading and trailing spaces,
    /// without ICU for Latin text.
    static func foldingKey(ofNorm norm: String) -> String {
        let edgeSpace: Bool
        if let first = norm.utf8.first, let last = norm.utf8.last, first < 0x80, last < 0x80 {
            edgeSpace = UInt16(first).isSpaceUnit || UInt16(last).isSpaceUnit
        } else {
            let scalars = norm.unicodeScalars
            edgeSpace =
                scalars.first.map { $0.value < 0x1_0000 && UInt16($0.value).isSpaceUnit } == true
                || scalars.last.map { $0.value < 0x1_0000 && UInt16($0.value).isSpaceUnit } == true
        }
        if !edgeSpace, let key = LatinFoldingKey.key(norm) { return key }
        return Normalizer.foldingKey(norm.trimmingSpaces())
    }

    /// The case flags of a word written `units`, and whether it is elided or a joined
    /// particle name.
    private static func wordFlags(_ units: UnsafeBufferPointer<UInt16>, _ facts: FormFacts) -> TokenTraits.Flags {
        var flags: TokenTraits.Flags = .word
        let first: UInt16 = units.first ?? 0x20
        if facts.flags.contains(.elided) { flags.insert(.elision) }
        if first.isLowercaseUnit {
            // Not all in capitals: neither an acronym nor a Roman numeral.
            return flags.union(particleFlag(units, facts))
        }
        var letters = 0
        var upper = 0
        var roman = true
        for unit in units {
            if unit.isLetterUnit {
                letters += 1
                if unit.isUppercaseUnit { upper += 1 }
            }
            switch unit {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: break  // I V X L C D M
            default: roman = false
            }
        }
        if first.isUppercaseUnit { flags.insert(.capitalized) }
        if letters >= 2 && upper == letters { flags.insert(.acronym) }
        if roman && upper == letters && letters == units.count { flags.insert(.romanNumeral) }
        if !roman, isRomanOrdinal(units) { flags.insert(.romanOrdinal) }
        if !first.isUppercaseUnit { flags.formUnion(particleFlag(units, facts)) }
        return flags
    }

    /// Whether `units` write a Roman numeral in capitals with an ordinal ending (`XIXe`,
    /// `IIIe`, `Ier`, `Ire`, `IVème`): two numeral letters or more, or `I`, `V`, `X` alone (`Le`,
    /// `Me` are words), then `e`, `er`, `re`, `ème` or `eme`.
    private static func isRomanOrdinal(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        var numerals = 0
        scan: while numerals < units.count {
            switch units[numerals] {
            case 0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D: numerals += 1  // I V X L C D M
            default: break scan
            }
        }
        guard numerals >= 2 || numerals == 1 && (units[0] == 0x49 || units[0] == 0x56 || units[0] == 0x58) else {
            return false
        }
        return ordinalEndings.contains { units[numerals...].elementsEqual($0) }
    }

    /// The endings of an ordinal after a Roman numeral: `e`, `er`, `re`, `ème`, `eme`.
    private static let ordinalEndings: [[UInt16]] = [
        [0x65], [0x65, 0x72], [0x72, 0x65], [0xE8, 0x6D, 0x65], [0x65, 0x6D, 0x65],
    ]

    /// `.particleName` when the word written `units`, not capitalised, begins with a
    /// joined particle followed by a capital (`al-Sissi`).
    private static func particleFlag(_ units: UnsafeBufferPointer<UInt16>, _ facts: FormFacts) -> TokenTraits.Flags {
        let particle = Int(facts.joinedParticleLength)
        return particle > 0 && particle < units.count && units[particle].isUppercaseUnit ? .particleName : []
    }

    /// Marks the first word of each sentence, and the first after an opening quotation
    /// mark, a colon, a dash or a parenthesis.
    private static func markSentenceStarts(
        _ traits: inout TokenTraitsTable, tokens: TokenList, ranges: [Range<Int>], utf16: [UInt16]
    ) {
        for range in ranges {
            var expectStart = true
            for index in range where index < tokens.count {
                let span = tokens.span(at: index)
                switch tokens.kind(at: index) {
                case .word, .number:
                    if expectStart { traits.insert(.sentenceInitial, at: index) }
                    expectStart = false
                case .quote:
                    expectStart = true
                case .punct:
                    let unit: UInt16 = span.isEmpty ? 0x20 : utf16[span.start]
                    // ':' '—' '–' '-' '(' '/' '•' begin a new phrase, and so do '!' '?' '…'
                    // that the sentence splitter left inside a sentence.
                    if unit == 0x21 || unit == 0x3F || unit == 0x2E || unit == 0x2026 || unit == 0x3A || unit == 0x2014
                        || unit == 0x2013 || unit == 0x2D || unit == 0x28 || unit == 0x2F
                        || unit == 0x2022
                    {
                        expectStart = true
                    }
                default:
                    break
                }
            }
        }
    }

    /// The key of token `index`'s form (`etat`).
    func key(_ index: Int) -> String { keys[Int(traits.entries[index].form)] }

    /// The key of a token range: its tokens' keys joined by spaces (`saint etienne`), a
    /// name's form whatever its case.
    func key(_ range: Range<Int>) -> String {
        var key = ""
        for index in range {
            if !key.isEmpty { key += " " }
            key += self.key(index)
        }
        return key
    }

    /// The norm of token `index` (``Token/norm``).
    func norm(_ index: Int) -> String { tokens.norm(at: index) }

    /// Whether each of the document's forms, by its index, is one of `words` (each form
    /// tested once, few of them hashed: see ``WordSieve``).
    func forms(in words: WordSieve) -> [Bool] {
        keys.map { words.contains($0) }
    }

    /// The span from the start of token `first` to the end of token `last`.
    func span(_ range: Range<Int>) -> Span {
        var start = tokens.span(at: range.lowerBound).start
        var end = tokens.span(at: range.upperBound - 1).end
        while end > start, utf16[end - 1].isSpaceUnit { end -= 1 }
        while start < end, utf16[start].isSpaceUnit { start += 1 }
        return Span(start: start, end: end)
    }

    /// The text of a token range, as written.
    func text(_ range: Range<Int>) -> String {
        let span = span(range)
        return String(utf16Units: utf16[span.start..<span.end])
    }

    /// Whether the text of a token range holds an ASCII digit (`T7`, `A320`).
    func hasDigit(_ range: Range<Int>) -> Bool {
        let span = span(range)
        return utf16[span.start..<span.end].contains { (0x30...0x39).contains($0) }
    }

    /// The tokens whose text holds an ASCII digit, in order (for rules that only look at
    /// numbers). Each distinct norm is read once: a token's text has a digit only where its
    /// norm has one (the NFKC case fold keeps ASCII digits), and only those tokens' text is
    /// read (a norm's digit may come from another one, `²`).
    func digitTokens() -> [Int] {
        let normHasDigit = tokens.norms.map { $0.utf8.contains { $0 &- 0x30 <= 9 } }
        return (0..<tokens.count).filter { normHasDigit[tokens.normIndex(at: $0)] && hasDigit($0..<($0 + 1)) }
    }

    /// Whether a line break separates token `index` from the token before it (a
    /// heading or a signature ends there).
    func isLineBreak(before index: Int) -> Bool {
        guard index > 0 && index < tokens.count else { return false }
        for offset in tokens.span(at: index - 1).end..<tokens.span(at: index).start
        where utf16[offset] == 0x0A || utf16[offset] == 0x0D {
            return true
        }
        return false
    }

    /// Whether token `index` is a capital `I` standing alone between two capitalised words
    /// of one line: a headline's stand-in for a bar (`Bénin I Awa Dossou : « … »`), which
    /// ends the name before it and belongs to no name. (A numeral ends the name it numbers,
    /// `Louis XIV`, and the first is written `Ier`.)
    func isHeadlineBar(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, traits[index].isRomanNumeral, key(index) == "i",
            !isLineBreak(before: index + 1), traits[index + 1].isWord, traits[index + 1].isCapitalized
        else { return false }
        return traits[index - 1].isCapitalized && !isLineBreak(before: index)
    }

    /// Whether the word at `index` has a capital after a lowercase letter inside it,
    /// other than after the prefixes of surnames (`McCain`, `MacLeod`, `DeSantis`,
    /// `DiCaprio`, `LeBlanc`, `VanDyke`): `MétéoSuisse`, `YouTube`.
    func hasInnerCapital(_ index: Int) -> Bool {
        let span = tokens.span(at: index)
        let units = utf16[span.start..<span.end]
        guard units.count >= 4 else { return false }
        var lowercaseRun = 0
        var position = 0
        for unit in units {
            defer { position += 1 }
            if unit.isUppercaseUnit {
                if lowercaseRun > 0, position > 0 {
                    let prefix = String(utf16Units: units.prefix(position)).lowercased()
                    if !["mc", "mac", "de", "di", "le", "la", "van", "von", "da", "du"].contains(prefix) {
                        return true
                    }
                }
                lowercaseRun = 0
            } else if unit.isLowercaseUnit {
                lowercaseRun += 1
            } else {
                lowercaseRun = 0
            }
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
    /// The string without leading or trailing spaces (a no-break space kept in a token).
    func trimmingSpaces() -> String {
        guard let first = utf16.first, let last = utf16.last, first.isSpaceUnit || last.isSpaceUnit else { return self }
        var units = Array(utf16)
        while let unit = units.last, unit.isSpaceUnit { units.removeLast() }
        while let unit = units.first, unit.isSpaceUnit { units.removeFirst() }
        return String(decoding: units, as: UTF16.self)
    }
}
