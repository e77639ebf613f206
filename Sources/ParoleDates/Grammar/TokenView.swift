import ParoleCore
import ParoleText

/// Read access to one sentence's tokens for the date grammar: norms, kinds,
/// temporal roles and numbers by index, with every out-of-range index answering
/// "nothing" so that rules never need bounds checks.
struct TokenView {
    /// The document's tokens.
    let tokens: TokenList
    /// The document's text in UTF-16.
    let utf16: [UInt16]
    /// The vocabulary.
    let vocabulary: DateVocabulary
    /// The indices of the sentence being read.
    let bounds: Range<Int>
    /// The word classes of the document's tokens, looked up on first use.
    let classes: TokenClasses

    /// Whether `index` is inside the sentence.
    @inline(__always)
    func has(_ index: Int) -> Bool { bounds.contains(index) }

    /// The norm of token `index`, or "" outside the sentence.
    @inline(__always)
    func norm(_ index: Int) -> String { has(index) ? tokens.norm(at: index) : "" }

    /// Whether token `index` has norm `word`.
    @inline(__always)
    func isWord(_ index: Int, _ word: String) -> Bool { has(index) && tokens.norm(at: index) == word }

    /// Whether token `index` belongs to one of the word classes `wordClass`
    /// (`dates-function-words`, `dates-context-words`).
    @inline(__always)
    func isClass(_ index: Int, _ wordClass: WordClass) -> Bool {
        has(index) && !classes.classes(at: index).isDisjoint(with: wordClass)
    }

    /// Whether a phrase of class `name` (several tokens, such as `à partir de`) ends at token `index`.
    func endsPhrase(at index: Int, _ name: WordClassName) -> Bool {
        guard let phrases = vocabulary.classPhrases[name] else { return false }
        return phrases.contains { isPhrase($0, at: index - ($0.count - 1)) }
    }

    /// Whether the tokens from `index` on are the words of `phrase` (token norms).
    func isPhrase(_ phrase: [String], at index: Int) -> Bool {
        phrase.indices.allSatisfy { isWord(index + $0, phrase[$0]) }
    }

    /// Whether token `index` is `même` (`le soir même`, `ce même jour`): the story's own day.
    func isSame(_ index: Int) -> Bool {
        if case .modifier(.same)? = word(index) { return true }
        return false
    }

    /// The temporal role of token `index`.
    func word(_ index: Int) -> DateWord? {
        guard has(index), tokens.kind(at: index) == .word else { return nil }
        return classes.role(at: index)
    }

    /// Whether token `index` is a number token.
    @inline(__always)
    func isNumber(_ index: Int) -> Bool { has(index) && tokens.kind(at: index) == .number }

    /// Whether token `index` is punctuation.
    func isPunctuation(_ index: Int) -> Bool {
        has(index) && (tokens.kind(at: index) == .punct || tokens.kind(at: index) == .quote)
    }

    /// The value of a number token made of one to four ASCII digits.
    func integer(_ index: Int) -> Int? {
        guard isNumber(index) else { return nil }
        var value = 0
        var count = 0
        for byte in tokens.norm(at: index).utf8 {
            guard byte >= 0x30, byte <= 0x39, count < 4 else { return nil }
            value = value * 10 + Int(byte - 0x30)
            count += 1
        }
        return count > 0 ? value : nil
    }

    /// The number of digits of a number token (0 when it holds anything else).
    func digitCount(_ index: Int) -> Int {
        guard isNumber(index) else { return 0 }
        var count = 0
        for byte in tokens.norm(at: index).utf8 {
            guard byte >= 0x30, byte <= 0x39 else { return 0 }
            count += 1
        }
        return count
    }

    /// The value of a number token with an optional decimal comma (`30,4`), no group separators.
    func decimal(_ index: Int) -> Double? {
        guard isNumber(index) else { return nil }
        let text = tokens.norm(at: index)
        guard text.utf8.count <= 12 else { return nil }
        var whole = 0.0
        var fraction = 0.0
        var scale = 1.0
        var seenComma = false
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39:
                digits += 1
                if seenComma {
                    scale /= 10
                    fraction += Double(byte - 0x30) * scale
                } else {
                    whole = whole * 10 + Double(byte - 0x30)
                }
            case 0x2C where !seenComma && digits > 0, 0x2E where !seenComma && digits > 0:
                seenComma = true
            case 0x20 where !seenComma && digits > 0:
                continue
            default:
                return nil
            }
        }
        return digits > 0 ? whole + fraction : nil
    }

    /// Whether token `index` begins with an uppercase letter.
    func isCapitalized(_ index: Int) -> Bool {
        guard has(index) else { return false }
        let start = tokens.span(at: index).start
        return start < utf16.count && UnitClass.test(utf16[start], .uppercase)
    }

    /// Whether token `index` is written all in capitals (a headline: `DIMANCHE`).
    func isAllCapitals(_ index: Int) -> Bool {
        guard has(index) else { return false }
        let span = tokens.span(at: index)
        var letters = 0
        for offset in span.start..<span.end {
            let unit = utf16[offset]
            if UnitClass.test(unit, .lowercase) { return false }
            if UnitClass.test(unit, .letter) { letters += 1 }
        }
        return letters > 1
    }

    /// Whether tokens `index - 1` and `index` touch (no space between them).
    func touches(_ index: Int) -> Bool {
        guard has(index), has(index - 1) else { return false }
        return tokens.span(at: index - 1).end == tokens.span(at: index).start
    }

    /// The cardinal number written in words from `index` (`vingt et un`, `deux mille`),
    /// with the index after it.
    func numberWords(at index: Int) -> (value: Int, end: Int)? {
        var words: [String] = []
        var cursor = index
        while has(cursor), tokens.kind(at: cursor) == .word, words.count < 8,
            vocabulary.numbers.isPiece(tokens.norm(at: cursor))
        {
            words.append(tokens.norm(at: cursor))
            cursor += 1
        }
        while !words.isEmpty {
            if words.last != "et", let value = vocabulary.numbers.cardinal(words) {
                return (value, index + words.count)
            }
            words.removeLast()
        }
        return nil
    }

    /// The ordinal at `index`: `deuxième`, `premier`, `2e`, `1er`, `XIXe`.
    func ordinal(at index: Int) -> Int? {
        guard has(index) else { return nil }
        let text = tokens.norm(at: index)
        if tokens.kind(at: index) == .word, let value = vocabulary.numbers.ordinal(text) { return value }
        for suffix in vocabulary.endings[.ordinal] ?? [] where text.hasSuffix(suffix) {
            let stem = text.dropLast(suffix.count)
            if let value = Int(stem), (1...100).contains(value) { return value }
            if let value = TokenView.roman(stem) { return value }
        }
        return nil
    }

    /// The value of a Roman numeral in lowercase (`xix` → 19), up to 39.
    static func roman(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 6 else { return nil }
        var total = 0
        var previous = 0
        for character in text.reversed() {
            let value: Int
            switch character {
            case "i": value = 1
            case "v": value = 5
            case "x": value = 10
            default: return nil
            }
            if value < previous {
                total -= value
            } else {
                total += value
                previous = value
            }
        }
        return total > 0 ? total : nil
    }
}
