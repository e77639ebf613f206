import ParoleCore
import ParoleText

/// A document as the quote rules read it: tokens with their forms, word classes and
/// spelling, line breaks, sentences, and the entity under each token, all indexed by
/// token.
///
/// Each distinct norm is a form whose lexicon entry is looked up once
/// (``LexiconEntry``), whose punctuation marks are read at once, and whose other
/// spelling shapes the first time a rule asks (``FormShape``). A token keeps six
/// bytes: the index of its form, its kind and its flags (``TokenFlags``). The
/// derived tests are in `TokenTests.swift`.
///
/// A class, so that the rules share one copy; it changes only to remember the shapes
/// it has read, and belongs to one document's analysis.
final class QuoteText {
    /// The lexicons the entries come from.
    let lexicons: QuoteLexicons
    /// The document's tokens.
    let tokens: TokenList
    /// The document text in UTF-16 units.
    let units: [UInt16]
    /// The index of each token's form.
    private let formOfToken: [Int32]
    /// The kind and flags of each token.
    private let traits: [TokenFlags]
    /// What the lexicons say about each form.
    private let entries: [LexiconEntry]
    /// The punctuation shapes of each form (see ``FormShape/punctuation``).
    private let marks: [FormShape]
    /// The shape of each form, once a rule has asked for one that is no mark.
    @exclusivity(unchecked) private var shapes: [FormShape?]
    /// The norm of each form.
    private let formNorms: [String]
    /// Whether each form is a noun of persons by its genders (1) or not (0), once a rule
    /// has asked (-1 before); see ``isPersonNounByGender(_:)``.
    @exclusivity(unchecked) private var personNouns: [Int8]
    /// The token ranges of the sentences.
    let sentences: [Range<Int>]
    /// The index of each token's sentence when the sentences are not in text order or
    /// overlap (never in practice: then a token's sentence is found by binary search);
    /// else empty.
    private let sentenceOfToken: [Int32]
    /// The tokens each entity covers.
    private let entityRuns: EntityRuns
    /// The document's entities.
    let entities: [Entity]
    /// The document's entity clusters.
    let clusters: [EntityCluster]

    init(document: Document, lexicons: QuoteLexicons) {
        self.lexicons = lexicons
        let tokens = document.tokens
        let units = document.utf16
        self.tokens = tokens
        self.units = units

        // A form is a distinct norm of the token list, numbered in the order it first occurs.
        var formOfNorm = [Int32](repeating: -1, count: tokens.norms.count)
        var entries: [LexiconEntry] = []
        var marks: [FormShape] = []
        var formNorms: [String] = []
        var formOfToken = [Int32](repeating: 0, count: tokens.count)
        var traits = [TokenFlags](repeating: TokenFlags(kind: .word, flags: []), count: tokens.count)
        // (The classes, read once: each read of a static property checks that it is set.)
        let uppercase = UnitClass.uppercase
        let lineBreak = UnitClass.lineBreak
        // Tokens are read field by field, from the compact token list.
        do {
            units.withUnsafeBufferPointer { units in
                var previousEnd = 0
                for index in tokens.indices {
                    let normIndex = tokens.normIndex(at: index)
                    var form = formOfNorm[normIndex]
                    if form < 0 {
                        form = Int32(formNorms.count)
                        formOfNorm[normIndex] = form
                        let norm = tokens.norms[normIndex]
                        formNorms.append(norm)
                        entries.append(Self.withUTF8(of: norm) { lexicons.entry(for: norm, utf8: $0) })
                        marks.append(FormShape.marks(of: norm))
                    }
                    let span = tokens.span(at: index)
                    var flags: TokenFlags.Flags = []
                    if !span.isEmpty && span.start < units.count && UnitClass.test(units[span.start], uppercase) {
                        flags.insert(.capitalized)
                    }
                    if index == 0
                        || Self.hasLineBreak(in: units, from: previousEnd, to: span.start, lineBreak: lineBreak)
                    {
                        flags.insert(.lineStart)
                    }
                    previousEnd = span.end
                    formOfToken[index] = form
                    traits[index] = TokenFlags(kind: tokens.kind(at: index), flags: flags)
                }
            }
        }

        var sentenceRanges = document.sentences.map(\.tokens).filter { !$0.isEmpty && $0.upperBound <= tokens.count }
        if sentenceRanges.isEmpty && !tokens.isEmpty { sentenceRanges = [0..<tokens.count] }
        let ordered = zip(sentenceRanges, sentenceRanges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound }
        sentenceOfToken = ordered ? [] : Self.sentenceOfToken(sentenceRanges, count: tokens.count)
        sentences = sentenceRanges

        entities = document.entities
        clusters = document.entityClusters
        entityRuns = EntityRuns(entities: document.entities, tokens: tokens)
        entityRuns.forEachRun { run, _ in
            for index in run { traits[index].flags.insert(.inEntity) }
            traits[run.lowerBound].flags.insert(.entityStart)
        }
        if let dates = document[DateLayer.self] {
            SpanCoverage.forEach(dates.map(\.span), over: tokens) { token, _ in traits[token].flags.insert(.inDate) }
        }
        self.formOfToken = formOfToken
        self.traits = traits
        self.entries = entries
        self.marks = marks
        shapes = [FormShape?](repeating: nil, count: entries.count)
        personNouns = [Int8](repeating: -1, count: entries.count)
        self.formNorms = formNorms
    }

    /// The result of `body` called with the UTF-8 bytes of `string`.
    @inline(__always)
    private static func withUTF8<Result>(of string: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = string
        return copy.withUTF8(body)
    }

    /// Whether a line break stands in `units[start..<end]`.
    private static func hasLineBreak(
        in units: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int, lineBreak: UnitClass
    ) -> Bool {
        var offset = start
        while offset < end && offset < units.count {
            if UnitClass.test(units[offset], lineBreak) { return true }
            offset += 1
        }
        return false
    }

    /// The index of each token's sentence: the last of `sentences` that contains it,
    /// else, for a token outside every sentence, the sentence of the token before.
    private static func sentenceOfToken(_ sentences: [Range<Int>], count: Int) -> [Int32] {
        var sentenceOfToken = [Int32](repeating: -1, count: count)
        for (index, range) in sentences.enumerated() {
            for token in range { sentenceOfToken[token] = Int32(index) }
        }
        var last: Int32 = 0
        for token in sentenceOfToken.indices {
            if sentenceOfToken[token] < 0 { sentenceOfToken[token] = last } else { last = sentenceOfToken[token] }
        }
        return sentenceOfToken
    }

    /// The number of tokens.
    var count: Int { traits.count }

    /// The index in ``sentences`` of token `index`'s sentence (for a token outside
    /// every sentence, the sentence before).
    func sentence(of index: Int) -> Int {
        guard sentenceOfToken.isEmpty else { return Int(sentenceOfToken[index]) }
        // The last sentence that starts at or before the token; the first when none does.
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].lowerBound <= index { low = middle + 1 } else { high = middle }
        }
        return max(low - 1, 0)
    }

    // MARK: Forms

    /// The lexicon entry of token `index`'s form.
    @inline(__always)
    private func entry(_ index: Int) -> LexiconEntry { entries[Int(formOfToken[index])] }

    /// The shape of form `form`, read once.
    private func shape(ofForm form: Int) -> FormShape {
        if let shape = shapes[form] { return shape }
        let shape = FormShape(norm: formNorms[form])
        shapes[form] = shape
        return shape
    }

    /// Whether token `index`'s form is a noun the French lexicon inflects for both genders
    /// in one paradigm (``FrenchLexicon/nounParadigmJoinsGenders(of:)``), read once per form.
    func isPersonNounByGender(_ index: Int) -> Bool {
        let form = Int(formOfToken[index])
        if personNouns[form] >= 0 { return personNouns[form] == 1 }
        let joins = lexicons.wordForms.nounParadigmJoinsGenders(of: formNorms[form])
        personNouns[form] = joins ? 1 : 0
        return joins
    }

    /// The word classes, gender and number of token `index`.
    @inline(__always)
    func info(_ index: Int) -> WordInfo { entry(index).info }

    /// The keyword token `index` spells, if any.
    @inline(__always)
    func keyword(_ index: Int) -> Keyword? { entry(index).keyword }

    /// Whether token `index` is the keyword `keyword`.
    @inline(__always)
    func isKeyword(_ index: Int, _ keyword: Keyword) -> Bool { entry(index).keyword == keyword }

    /// Whether token `index` is the negation's `ne`, whole or elided (`ne`, `n'`).
    @inline(__always)
    func isNe(_ index: Int) -> Bool { isKeyword(index, .ne) || isKeyword(index, .neElided) }

    /// The norm of token `index` (``Token/norm``).
    func norm(_ index: Int) -> String { formNorms[Int(formOfToken[index])] }

    /// Whether tokens `a` and `b` have equal norms.
    func hasSameNorm(_ a: Int, _ b: Int) -> Bool {
        let (formA, formB) = (formOfToken[a], formOfToken[b])
        if formA == formB { return true }
        // Latin norms are in NFC: different bytes are different strings.
        if shape(ofForm: Int(formA)).contains(.latin) && shape(ofForm: Int(formB)).contains(.latin) { return false }
        return formNorms[Int(formA)] == formNorms[Int(formB)]
    }

    /// Whether the norm of token `index` shows any of `shape`.
    @inline(__always)
    func hasShape(_ index: Int, _ shape: FormShape) -> Bool {
        let form = Int(formOfToken[index])
        if shape.isSubset(of: .punctuation) { return !marks[form].isDisjoint(with: shape) }
        return !self.shape(ofForm: form).isDisjoint(with: shape)
    }

    /// Whether token `index` is a form of a speech verb.
    @inline(__always)
    func hasReadings(_ index: Int) -> Bool { entry(index).readingsCount > 0 }

    /// Whether token `index` is a reflexive clitic, an auxiliary, a modal verb or a
    /// speech-verb form: the words a speech verb group can start with.
    @inline(__always)
    func mayStartCue(_ index: Int) -> Bool {
        let entry = entry(index)
        return entry.info.isAny([.reflexive, .auxiliary, .modal]) || entry.readingsCount > 0
    }

    /// The readings of token `index` as a speech-verb form, most words first.
    func readings(_ index: Int) -> ArraySlice<VerbForm> {
        let entry = entry(index)
        let start = Int(entry.readingsStart)
        return lexicons.readings[start..<(start + Int(entry.readingsCount))]
    }

    /// The id of token `index` among the words of adverbial phrases, or -1.
    @inline(__always)
    func phraseWord(_ index: Int) -> Int32 { entry(index).phraseWord }

    // MARK: Kinds and flags

    /// What sort of unit token `index` is.
    @inline(__always)
    func kind(_ index: Int) -> Token.Kind { traits[index].kind }

    /// Whether token `index` is a word (letters) token.
    @inline(__always)
    func isWord(_ index: Int) -> Bool { traits[index].kind == .word }

    /// Whether token `index` is a number.
    @inline(__always)
    func isNumber(_ index: Int) -> Bool { traits[index].kind == .number }

    /// Whether token `index` is a quotation mark.
    @inline(__always)
    func isQuotationMark(_ index: Int) -> Bool { traits[index].kind == .quote }

    /// Whether token `index` begins with an uppercase letter.
    @inline(__always)
    func isCapitalized(_ index: Int) -> Bool { traits[index].flags.contains(.capitalized) }

    /// Whether a line break stands between token `index` and the one before (true for the first).
    @inline(__always)
    func startsLine(_ index: Int) -> Bool { traits[index].flags.contains(.lineStart) }

    /// Whether token `index` lies inside a temporal expression of the `dates` layer.
    @inline(__always)
    func isInDate(_ index: Int) -> Bool { traits[index].flags.contains(.inDate) }

    // MARK: Entities

    /// The index in ``entities`` of the entity covering token `index`, or -1.
    @inline(__always)
    func entityIndex(at index: Int) -> Int {
        guard traits[index].flags.contains(.inEntity) else { return -1 }
        return entityRuns.run(containing: index)?.entity ?? -1
    }

    /// The tokens of the entity covering token `index`, and its index in ``entities``.
    @inline(__always)
    func entityRun(at index: Int) -> (tokens: Range<Int>, entity: Int)? {
        guard traits[index].flags.contains(.inEntity) else { return nil }
        return entityRuns.run(containing: index)
    }

    /// Calls `body` with the tokens of each entity and its index in ``entities``, in text order.
    func forEachEntity(_ body: (_ tokens: Range<Int>, _ entity: Int) -> Void) {
        entityRuns.forEachRun(body)
    }

    /// Whether an entity covers token `index`.
    @inline(__always)
    func isInEntity(_ index: Int) -> Bool { traits[index].flags.contains(.inEntity) }

    /// Whether an entity starts at token `index` (two entities side by side are
    /// different entities).
    @inline(__always)
    func entityStarts(at index: Int) -> Bool { traits[index].flags.contains(.entityStart) }

    /// The token range of the entity covering token `index`.
    func entityTokens(at index: Int) -> Range<Int>? {
        guard traits[index].flags.contains(.inEntity) else { return nil }
        return entityRuns.run(containing: index)?.tokens
    }

    // MARK: Spans and text

    /// The UTF-16 span of a token range (which must not be empty).
    func span(_ range: Range<Int>) -> Span {
        Span(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
    }

    /// The text of a token range.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(span(range))
    }

    /// The text of a span.
    func text(_ span: Span) -> String {
        String(utf16Units: units[span.start..<span.end])
    }

    /// Whether the text of `span` is the string `string` (equal as strings are).
    func spells(_ span: Span, as string: String) -> Bool {
        // Equal code units make equal strings; other spellings are compared as strings.
        if string.utf16.elementsEqual(units[span.start..<span.end]) { return true }
        return text(span) == string
    }
}
