import ParoleCore

/// What a verb form says about time, from the `dates-tense` lexicon.
struct TenseCue: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    /// A present form of `avoir`.
    static let have = TenseCue(rawValue: 1 << 0)
    /// A present form of `être`.
    static let be = TenseCue(rawValue: 1 << 1)
    /// A past form.
    static let past = TenseCue(rawValue: 1 << 2)
    /// A future or conditional form.
    static let future = TenseCue(rawValue: 1 << 3)
    /// A form of `aller` (near future with an infinitive).
    static let go = TenseCue(rawValue: 1 << 4)
    /// A form of `devoir` (looks ahead with an infinitive).
    static let must = TenseCue(rawValue: 1 << 5)
    /// A participle that looks ahead (`prévu`).
    static let planned = TenseCue(rawValue: 1 << 6)
    /// An irregular past participle.
    static let participle = TenseCue(rawValue: 1 << 7)
    /// A word that may stand between an auxiliary and its participle.
    static let skip = TenseCue(rawValue: 1 << 8)
    /// A word that the suffix rules would take for a verb form.
    static let word = TenseCue(rawValue: 1 << 9)

    /// The cue named `name` in the lexicon.
    init?(name: String) {
        switch name {
        case "have": self = .have
        case "be": self = .be
        case "past": self = .past
        case "future": self = .future
        case "go": self = .go
        case "must": self = .must
        case "planned": self = .planned
        case "participle": self = .participle
        case "skip": self = .skip
        case "word": self = .word
        default: return nil
        }
    }

    init(rawValue: UInt16) { self.rawValue = rawValue }
}

/// The time a clause points to, as far as its verbs tell.
enum Tense: Sendable, Equatable {
    /// A past tense: passé composé, imperfect, pluperfect, passé simple.
    case past
    /// A future, a conditional, or a verb that looks ahead (`doit`, `va`, `prévu`).
    case future
    /// No tense could be read.
    case unknown
}

/// Reads the tense of the verbs around a temporal expression.
///
/// The reader looks for verb cues in the expression's sentence: an auxiliary
/// followed by a participle (`a annoncé`), imperfect and future endings
/// (`-aient`, `-era`), conditional endings, `aller` or `devoir` with an
/// infinitive, and planning participles (`prévu`). The cue nearest to the
/// expression wins; cues beyond a quotation mark, a colon or a semicolon count
/// as farther away.
struct TenseReader: Sendable {
    let vocabulary: DateVocabulary

    /// The tense around tokens `range` in `sentence`.
    func tense(of range: Range<Int>, in view: TokenView) -> Tense {
        let previous = view.norm(range.lowerBound - 1)
        if previous == "depuis" { return .past }
        if previous == "ici" && view.isWord(range.lowerBound - 2, "d'") { return .future }
        var best: (distance: Int, tense: Tense)?
        var penalty = 0
        var index = range.lowerBound - 1
        while index >= view.bounds.lowerBound, range.lowerBound - index <= 40 {
            if isBarrier(view, index) { penalty += 12 }
            if let tense = cue(view, at: index) {
                best = (range.lowerBound - index + penalty, tense)
                break
            }
            index -= 1
        }
        penalty = 0
        index = range.upperBound
        while index < view.bounds.upperBound, index - range.upperBound < 40 {
            if isBarrier(view, index) { penalty += 12 }
            let distance = index - range.upperBound + 1 + penalty
            if let best, distance >= best.distance { break }
            if let tense = cue(view, at: index) {
                best = (distance, tense)
                break
            }
            index += 1
        }
        return best?.tense ?? .unknown
    }

    private func isBarrier(_ view: TokenView, _ index: Int) -> Bool {
        let token = view.tokens[index]
        if token.kind == .quote { return true }
        return token.kind == .punct && (token.norm == ";" || token.norm == ":" || token.norm == "(" || token.norm == ")")
    }

    /// The tense cue of token `index`, if it is a verb form that tells one.
    func cue(_ view: TokenView, at index: Int) -> Tense? {
        guard view.has(index), view.tokens[index].kind == .word else { return nil }
        let word = view.norm(index)
        let cues = vocabulary.tense[word] ?? []
        if cues.contains(.have) || cues.contains(.be) {
            if word == "a", view.isWord(index - 1, "y") { return nil }  // il y a
            return compound(view, after: index, passive: cues.contains(.be))
        }
        if cues.contains(.past) { return .past }
        if cues.contains(.future) || cues.contains(.planned) { return .future }
        if cues.contains(.go) || cues.contains(.must) {
            return infinitive(view, after: index) ? .future : nil
        }
        if cues.contains(.word) || cues.contains(.participle) || cues.contains(.skip) { return nil }
        if view.isCapitalized(index), index != view.bounds.lowerBound { return nil }
        return TenseReader.suffixTense(word)
    }

    /// The tense a verb ending tells: imperfect, passé simple, future, conditional.
    static func suffixTense(_ word: String) -> Tense? {
        let length = word.count
        guard length >= 5 else { return nil }
        for ending in ["eraient", "erait", "draient", "drait", "rraient", "rrait"] where word.hasSuffix(ending) {
            return .future
        }
        if word.hasSuffix("aient") || word.hasSuffix("ait") || word.hasSuffix("èrent") { return .past }
        for ending in ["era", "eront", "ira", "iront", "dra", "dront", "rra", "rront"] where word.hasSuffix(ending) {
            return .future
        }
        return nil
    }

    /// After an auxiliary: past when a participle follows; `est prévu` looks ahead.
    private func compound(_ view: TokenView, after index: Int, passive: Bool) -> Tense? {
        var cursor = index + 1
        var steps = 0
        while view.has(cursor), steps < 4 {
            let word = view.norm(cursor)
            let cues = vocabulary.tense[word] ?? []
            if cues.contains(.planned) { return .future }
            if word == "été" || cues.contains(.participle) { return .past }
            if cues.contains(.skip) || word.hasSuffix("ment") {
                cursor += 1
                steps += 1
                continue
            }
            if !cues.contains(.word), TenseReader.isParticiple(word) { return .past }
            return nil
        }
        return nil
    }

    /// Whether an infinitive follows `index` (skipping clitic pronouns).
    private func infinitive(_ view: TokenView, after index: Int) -> Bool {
        var cursor = index + 1
        var steps = 0
        while view.has(cursor), steps < 4 {
            let word = view.norm(cursor)
            if ["se", "s'", "y", "en", "le", "la", "les", "l'", "lui", "leur", "nous", "vous", "ne", "n'", "pas",
                "également", "aussi", "bien", "encore", "donc", "-t-il", "-t-elle", "-il", "-elle", "-ils",
                "-elles", "-on", "enfin", "désormais", "ensuite", "notamment", "d'abord"].contains(word)
            {
                cursor += 1
                steps += 1
                continue
            }
            return word.hasSuffix("er") || word.hasSuffix("ir") || word.hasSuffix("re") || word.hasSuffix("oir")
        }
        return false
    }

    /// Whether `word` has the ending of a past participle.
    static func isParticiple(_ word: String) -> Bool {
        guard word.count >= 2 else { return false }
        for ending in ["é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "ite", "its", "u", "ue", "us", "ues",
                       "ert", "erte", "int", "inte", "ints"] where word.hasSuffix(ending) {
            return true
        }
        return false
    }
}
