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
    /// `depuis` before the expression: certainly the past.
    case since
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
    ///
    /// `depuis` before the expression makes it past for certain; `jusqu'à`,
    /// `d'ici`, `dès`, `à partir de` make it future, or leave it open when the
    /// verb is past (`M. Blair a donné jusqu'au 30 juin`).
    func tense(of range: Range<Int>, in view: TokenView) -> Tense {
        let start = range.lowerBound
        let previous = view.norm(start - 1)
        if previous == "depuis" { return .since }
        let verb = verbTense(of: range, in: view)
        if looksAhead(view, before: start) { return verb == .past ? .unknown : .future }
        return verb
    }

    /// Whether a preposition that points ahead stands before `start`.
    private func looksAhead(_ view: TokenView, before start: Int) -> Bool {
        var cursor = start - 1
        if ["le", "la", "l'", "les"].contains(view.norm(cursor)) { cursor -= 1 }
        switch view.norm(cursor) {
        case "dès", "jusqu'en": return true
        case "à", "au", "aux":
            return view.isWord(cursor - 1, "jusqu'") || view.isWord(cursor - 1, "ici")
                || view.isWord(cursor - 1, "partir")
        case "ici": return view.isWord(cursor - 1, "d'")
        case "de", "du", "d'": return view.isWord(cursor - 1, "partir") && view.isWord(cursor - 2, "à")
        default: return false
        }
    }

    /// The tense of the verb nearest to tokens `range`.
    private func verbTense(of range: Range<Int>, in view: TokenView) -> Tense {
        var best: (distance: Int, tense: Tense)?
        let farthest = 24
        var penalty = 0
        var index = range.lowerBound - 1
        if let tense = participle(view, before: range.lowerBound) { return tense }
        var fragmentStart: Int?
        while index >= view.bounds.lowerBound, range.lowerBound - index <= 40 {
            if let opening = fragmentStart, index >= opening {
                penalty += index == opening ? 1 : 0
            } else if let opening = quotedFragment(view, closingAt: index) {
                fragmentStart = opening
                penalty += 1
            } else {
                penalty += barrier(view, index)
            }
            if range.lowerBound - index + penalty > farthest { break }
            if let tense = cue(view, at: index) {
                best = (range.lowerBound - index + penalty, tense)
                break
            }
            index -= 1
        }
        penalty = 0
        index = range.upperBound
        while index < view.bounds.upperBound, index - range.upperBound < 40 {
            penalty += barrier(view, index) * 2  // `…, a indiqué X`: a reporting incise
            if ["et", "mais", "puis"].contains(view.norm(index)) {
                penalty += 6  // `… au printemps et doit présenter`: another clause's verb
            }
            let distance = index - range.upperBound + 1 + penalty
            if let best, distance >= best.distance { break }
            if distance > farthest { break }
            if let tense = cue(view, at: index) {
                best = (distance, tense)
                break
            }
            index += 1
        }
        return best?.tense ?? .unknown
    }

    /// The past a participle right before the expression tells when it
    /// qualifies a noun (`la chute survenue mardi`, `une grève lancée
    /// mercredi`); a participle after a determiner is a noun (`le marché jeudi`).
    private func participle(_ view: TokenView, before start: Int) -> Tense? {
        let index = start - 1
        guard view.has(index), index > view.bounds.lowerBound, view.tokens[index].kind == .word,
            !view.isCapitalized(index), view.tokens[index - 1].kind == .word
        else { return nil }
        let word = view.norm(index)
        let cues = vocabulary.tense[word] ?? []
        guard cues.contains(.participle) || !cues.contains(.word) && TenseReader.isParticiple(word),
            !cues.contains(.planned), !cues.contains(.skip)
        else { return nil }
        let previous = view.norm(index - 1)
        guard !TenseReader.nounIntroducers.contains(previous), (vocabulary.tense[previous] ?? []).isEmpty,
            TenseReader.suffixTense(previous) == nil, !hasAuxiliary(view, before: index)
        else { return nil }  // `seront publiés le 12 décembre` is the verb's own tense
        return .past
    }

    /// Determiners and prepositions after which a participle-like word is a noun
    /// (`le marché jeudi`, `pour le comité lundi`).
    static let nounIntroducers: Set<String> = [
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "ce", "cet", "cette", "ces",
        "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "à", "en", "par",
        "pour", "sur", "et", "ou",
    ]

    /// The opening mark of a short quoted fragment whose closing mark is token
    /// `index` (`ont appris la nouvelle « par un simple courriel », vendredi`):
    /// words quoted inside the reporter's sentence are no barrier to its verb.
    private func quotedFragment(_ view: TokenView, closingAt index: Int) -> Int? {
        guard view.tokens[index].kind == .quote, ["»", "”"].contains(view.norm(index)) else { return nil }
        var cursor = index - 1
        while cursor >= view.bounds.lowerBound, index - cursor <= 8 {
            let token = view.tokens[cursor]
            if token.kind == .quote {
                guard ["«", "“"].contains(view.norm(cursor)), cursor > view.bounds.lowerBound else { return nil }
                let before = view.tokens[cursor - 1]
                return before.kind == .word ? cursor : nil
            }
            if token.kind == .punct, [".", "!", "?", ":", ";"].contains(token.norm) { return nil }
            cursor -= 1
        }
        return nil
    }

    /// How much farther a cue beyond token `index` counts: a lot beyond a
    /// quotation mark, a colon, a semicolon or a bracket, a little beyond a comma.
    private func barrier(_ view: TokenView, _ index: Int) -> Int {
        let token = view.tokens[index]
        if token.kind == .quote { return 12 }
        guard token.kind == .punct else { return 0 }
        switch token.norm {
        case ";", ":", "(", ")": return 12
        case ",": return 3
        default: return 0
        }
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
        // `aurait été tué`, `auraient fui`: a conditional `avoir` and a participle tell a
        // reported past (`serait publié` is a passive that still looks ahead).
        if cues.contains(.future), word.hasSuffix("ait") || word.hasSuffix("aient"),
            TenseReader.conditionalAuxiliaries.contains(word), compound(view, after: index, passive: false) == .past
        {
            return .past
        }
        if cues.contains(.future) || cues.contains(.planned) { return .future }
        if cues.contains(.go) || cues.contains(.must) {
            return infinitive(view, after: index) ? .future : nil
        }
        if cues.contains(.participle) { return hasAuxiliary(view, before: index) ? .past : nil }
        if cues.contains(.word) || cues.contains(.skip) { return nil }
        if view.isCapitalized(index), index != view.bounds.lowerBound { return nil }
        if TenseReader.isParticiple(word) { return hasAuxiliary(view, before: index) ? .past : nil }
        return TenseReader.suffixTense(word)
    }

    /// The conditional forms of `avoir`, which make a past with a participle.
    static let conditionalAuxiliaries: Set<String> = ["aurait", "auraient"]

    /// The tense a verb ending tells: imperfect, passé simple, future, conditional.
    static func suffixTense(_ word: String) -> Tense? {
        let length = word.count
        guard length >= 5 else { return nil }
        for ending in ["eraient", "erait", "draient", "drait", "rraient", "rrait"] where word.hasSuffix(ending) {
            return .future
        }
        if word.hasSuffix("aient") || word.hasSuffix("ait") || word.hasSuffix("èrent") { return .past }
        for ending in ["era", "eront", "ira", "iront", "dra", "dront", "rra", "rront", "clura", "cluront"]
        where word.hasSuffix(ending) {
            return .future
        }
        return nil
    }

    /// After an auxiliary: past when a participle follows within three words
    /// (`a ainsi déclaré`); `est prévu` looks ahead.
    private func compound(_ view: TokenView, after index: Int, passive: Bool) -> Tense? {
        var cursor = index + 1
        while view.has(cursor), cursor - index <= 4, view.tokens[cursor].kind == .word {
            let word = view.norm(cursor)
            let cues = vocabulary.tense[word] ?? []
            if cues.contains(.planned) { return .future }
            if word == "été" || cues.contains(.participle) { return .past }
            if cues.contains(.skip) || word.hasSuffix("ment") {
                cursor += 1
                continue
            }
            if !cues.contains(.word), TenseReader.isParticiple(word) { return .past }
            return nil
        }
        return nil
    }

    /// Whether an auxiliary stands within three words before the participle at `index`.
    private func hasAuxiliary(_ view: TokenView, before index: Int) -> Bool {
        var cursor = index - 1
        while view.has(cursor), index - cursor <= 4, view.tokens[cursor].kind == .word {
            let word = view.norm(cursor)
            let cues = vocabulary.tense[word] ?? []
            if cues.contains(.have) || cues.contains(.be) {
                return !(word == "a" && view.isWord(cursor - 1, "y"))
            }
            if TenseReader.pastAuxiliaries.contains(word) { return true }  // avait annoncé, était parti
            guard cues.contains(.skip) || word.hasSuffix("ment") || word == "été" else { return false }
            cursor -= 1
        }
        return false
    }

    /// The imperfect and passé simple of `avoir` and `être`, which make a
    /// pluperfect or a past anterior with a participle.
    static let pastAuxiliaries: Set<String> = [
        "avait", "avaient", "avais", "avions", "aviez", "était", "étaient", "étais", "étions", "étiez", "eut",
        "eurent", "fut", "furent",
    ]

    /// Whether an infinitive follows `index` (skipping clitic pronouns).
    private func infinitive(_ view: TokenView, after index: Int) -> Bool {
        var cursor = index + 1
        var steps = 0
        while view.has(cursor), steps < 4 {
            let word = view.norm(cursor)
            if [
                "se", "s'", "y", "en", "le", "la", "les", "l'", "lui", "leur", "nous", "vous", "ne", "n'", "pas",
                "également", "aussi", "bien", "encore", "donc", "-t-il", "-t-elle", "-il", "-elle", "-ils",
                "-elles", "-on", "enfin", "désormais", "ensuite", "notamment", "d'abord",
            ].contains(word) {
                cursor += 1
                steps += 1
                continue
            }
            return word.hasSuffix("er") || word.hasSuffix("ir") || word.hasSuffix("re") || word.hasSuffix("oir")
        }
        return false
    }

    /// Whether `word` has the ending of a past participle (`annoncé`, `pris`,
    /// `venu`, `atteint`), leaving out look-alikes (`jamais`, `mois`, `peu`, `beau`).
    static func isParticiple(_ word: String) -> Bool {
        guard word.count >= 2 else { return false }
        for ending in [
            "é", "ée", "és", "ées", "ie", "ies", "ite", "its", "ue", "ues", "ert", "erte", "int",
            "inte", "ints",
        ] where word.hasSuffix(ending) {
            return true
        }
        let scalars = Array(word.unicodeScalars.suffix(3))
        guard let last = scalars.last else { return false }
        let before = scalars.count >= 2 ? scalars[scalars.count - 2] : " "
        let vowels: Set<Unicode.Scalar> = ["a", "e", "o", "u"]
        switch last {
        case "i", "u": return !vowels.contains(before)
        case "s":
            return before == "i" && scalars.count == 3 && !vowels.contains(scalars[0])
                || before == "u" && scalars.count == 3 && !vowels.contains(scalars[0])
        case "t":
            return before == "i" && scalars.count == 3 && !["a", "o", "e"].contains(scalars[0])
        default: return false
        }
    }
}
