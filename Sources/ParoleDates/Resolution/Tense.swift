import ParoleCore
import ParoleText

/// The cues of the `dates-tense` lexicon's second column (the case name is the code),
/// in the order of ``TenseCue``'s bits.
enum TenseCueName: String, CaseIterable, Sendable {
    /// A present form of `avoir`.
    case have
    /// A present form of `être`.
    case be
    /// A past form.
    case past
    /// A future or conditional form.
    case future
    /// A form of `aller`.
    case go
    /// A form of `devoir` or a modal.
    case must
    /// A participle that looks ahead.
    case planned
    /// An irregular past participle.
    case participle
    /// A word between an auxiliary and its participle.
    case skip
    /// A look-alike of a verb form.
    case word
    /// An imperfect of `devoir` or `aller`.
    case prospective
    /// A subjunctive of `être`.
    case subjunctive
    /// `déjà`: before a participle with no auxiliary, a past.
    case already
    /// A participle that puts off, calls off or confirms an event (`a été reporté`).
    case cancel
}

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
    /// An imperfect of `devoir` or `aller` (`devait`, `allait`): with an infinitive, a
    /// future seen from the past, so neither direction can be read from it.
    static let prospective = TenseCue(rawValue: 1 << 10)
    /// A subjunctive of `être` (`soit`): with a participle, a passive that looks ahead
    /// (`que le bilan soit rendu public lundi`).
    static let subjunctive = TenseCue(rawValue: 1 << 11)
    /// `déjà` (`les écoliers, déjà revenus lundi`): before a participle with no auxiliary,
    /// the participle tells a past.
    static let already = TenseCue(rawValue: 1 << 12)
    /// A participle that puts off, calls off or confirms an event (`le match prévu samedi a
    /// été reporté`): the planned date is still to come.
    static let cancel = TenseCue(rawValue: 1 << 13)

    /// The cue named `name` in the lexicon.
    init(_ name: TenseCueName) {
        rawValue = 1 << UInt16(TenseCueName.allCases.firstIndex(of: name) ?? 0)
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
    /// With `presentStops` false, a verb in the present is no cue and the search goes on to
    /// a farther one (whether any verb of the clause tells a past or a future).
    func tense(of range: Range<Int>, in view: TokenView, presentStops: Bool = true) -> Tense {
        let start = range.lowerBound
        if view.isClass(start - 1, .since) { return .since }
        var verb = verbTense(of: range, in: view, presentStops: presentStops, barePlanned: true)
        // `les rencontres programmées ce samedi étaient …`: a planned participle with no
        // auxiliary qualifies a noun; in a past clause it tells a future seen from the past,
        // so no direction (as `devait` + infinitive).
        if verb == .future, verbTense(of: range, in: view, presentStops: presentStops, barePlanned: false) == .past,
            !putsOff(view, after: range.upperBound)
        {
            verb = .unknown
        }
        if looksAhead(view, before: start) { return verb == .past ? .unknown : .future }
        return verb
    }

    /// Whether a preposition that points ahead stands before `start`.
    private func looksAhead(_ view: TokenView, before start: Int) -> Bool {
        var cursor = start - 1
        if view.isClass(cursor, [.the, .thePlural]) { cursor -= 1 }
        // `merci pour samedi`, `a remercié les secours pour dimanche soir`: after thanks or
        // an apology, `pour` gives the cause, a past event.
        if view.isClass(cursor, .onwards),
            (max(view.bounds.lowerBound, cursor - 4)..<cursor).contains(where: { view.isClass($0, .gratitude) })
        {
            return false
        }
        return view.isClass(cursor, .onwards) || view.endsPhrase(at: cursor, .onwards)
    }

    /// The tense of the verb nearest to tokens `range`.
    /// With `barePlanned` false, a planned participle with no auxiliary (`prévu`) is no cue.
    private func verbTense(of range: Range<Int>, in view: TokenView, presentStops: Bool, barePlanned: Bool) -> Tense {
        var best: (distance: Int, tense: Tense)?
        let farthest = 24
        var penalty = 0
        var index = range.lowerBound - 1
        if let tense = participle(view, before: range.lowerBound) { return tense }
        if putOffInActive(view, before: range) { return .past }
        var fragmentStart: Int?
        var punctuated = false
        // `Annoncé pour vendredi`, `Prévu dès lundi`, `Cité à comparaître lundi`: a date
        // that a forward preposition (the `onwards` class) or an infinitive governs is not
        // when the opening participle's action was done.
        let governed = looksAhead(view, before: range.lowerBound)
        var infinitiveBetween = false
        while index >= view.bounds.lowerBound, range.lowerBound - index <= 40 {
            if let opening = fragmentStart, index >= opening {
                penalty += index == opening ? 1 : 0
            } else if let opening = quotedFragment(view, closingAt: index) ?? shortAside(view, closingAt: index) {
                fragmentStart = opening
                penalty += 1
            } else {
                penalty += barrier(view, index)
            }
            if range.lowerBound - index + penalty > farthest { break }
            punctuated = punctuated || [.punct, .quote].contains(view.tokens.kind(at: index))
            if let tense = cue(
                view, at: index, presentStops: presentStops, barePlanned: barePlanned,
                opensClause: !punctuated && !governed && !infinitiveBetween)
            {
                best = (range.lowerBound - index + penalty, tense)
                break
            }
            infinitiveBetween =
                infinitiveBetween || vocabulary.wordForms.verbTimes(of: view.norm(index))?.contains(.infinitive) == true
            index -= 1
        }
        penalty = 0
        index = range.upperBound
        while index < view.bounds.upperBound, index - range.upperBound < 40 {
            penalty += barrier(view, index) * 2  // `…, a indiqué X`: a reporting incise
            if view.isClass(index, .clauseLink) {
                penalty += 6  // `… au printemps et doit présenter`: another clause's verb
            }
            let distance = index - range.upperBound + 1 + penalty
            if let best, distance >= best.distance { break }
            if distance > farthest { break }
            if let tense = cue(view, at: index, presentStops: presentStops, barePlanned: barePlanned) {
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
        guard view.has(index), index > view.bounds.lowerBound, view.tokens.kind(at: index) == .word,
            !view.isCapitalized(index), view.tokens.kind(at: index - 1) == .word
        else { return nil }
        let word = view.norm(index)
        let cues = vocabulary.tense[word] ?? []
        guard cues.contains(.participle) || !cues.contains(.word) && isParticiple(word),
            !cues.contains(.planned), !cues.contains(.skip)
        else { return nil }
        let previous = view.norm(index - 1)
        guard !view.isClass(index - 1, .nounIntroducer), (vocabulary.tense[previous] ?? []).isEmpty,
            suffixTense(previous) == nil, !hasAuxiliary(view, before: index)
        else { return nil }  // `seront publiés le 12 décembre` is the verb's own tense
        return .past
    }

    /// Whether a participle that puts off an event stands right before `start` after a form
    /// of `avoir` (`le président a reporté mardi l'élection`, `ont repoussé lundi le vote`):
    /// in the active voice a date with no preposition is when the decision was taken; the
    /// new date takes one (`a reporté le vote à mardi`), and a passive (`a été reporté
    /// mardi`) is left to the planned reading. The date may stand between commas (`a reporté,
    /// mardi, l'examen`), and the auxiliary be a pluperfect or a conditional (`avait reporté
    /// lundi sa visite`, `aurait repoussé lundi`): the decision is past all the same.
    private func putOffInActive(_ view: TokenView, before range: Range<Int>) -> Bool {
        var index = range.lowerBound - 1
        if view.isWord(index, ","), view.isWord(range.upperBound, ",") { index -= 1 }
        guard view.has(index), view.tokens.kind(at: index) == .word,
            let cues = vocabulary.tense[view.norm(index)], cues.contains(.cancel), cues.contains(.planned)
        else { return false }
        var cursor = index - 1
        while view.has(cursor), index - cursor <= 3, view.tokens.kind(at: cursor) == .word {
            let word = view.norm(cursor)
            let before = vocabulary.tense[word] ?? []
            if before.contains(.have) { return !isThereIs(view, at: cursor) }
            if view.isClass(cursor, .haveForm), view.isClass(cursor, [.pastAuxiliary, .conditionalAuxiliary]) {
                return true
            }
            guard before.contains(.skip) || vocabulary.hasEnding(word, .adverb), !view.isClass(cursor, .been) else {
                return false
            }
            cursor -= 1
        }
        return false
    }

    /// The opening mark of a short quoted fragment whose closing mark is token
    /// `index` (`ont appris la nouvelle « par un simple courriel », vendredi`):
    /// words quoted inside the reporter's sentence are no barrier to its verb.
    private func quotedFragment(_ view: TokenView, closingAt index: Int) -> Int? {
        guard view.tokens.kind(at: index) == .quote, ["»", "”"].contains(view.norm(index)) else { return nil }
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

    /// The opening bracket of a short aside whose closing bracket is token `index`
    /// (`poursuivront jeudi (18h) face au Koweït, puis samedi`): a time or a word or two
    /// in brackets is no barrier to the verb of the clause around it.
    private func shortAside(_ view: TokenView, closingAt index: Int) -> Int? {
        guard view.tokens.kind(at: index) == .punct, view.norm(index) == ")" else { return nil }
        var cursor = index - 1
        while cursor > view.bounds.lowerBound, index - cursor <= 4 {
            if view.tokens.kind(at: cursor) == .punct {
                return view.norm(cursor) == "(" && cursor < index - 1 ? cursor : nil
            }
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
    /// With `opensClause`, a participle opening the sentence with no punctuation between it
    /// and the expression heads the expression's own clause (``tellsPast(_:participleAt:opensClause:)``).
    func cue(
        _ view: TokenView, at index: Int, presentStops: Bool = true, barePlanned: Bool = true, opensClause: Bool = false
    ) -> Tense? {
        guard view.has(index), view.tokens.kind(at: index) == .word else { return nil }
        let word = view.norm(index)
        let cues = vocabulary.tense[word] ?? []
        if cues.contains(.have) || cues.contains(.be) {
            if isThereIs(view, at: index) { return nil }  // il y a
            return compound(view, after: index, passive: cues.contains(.be))
        }
        if cues.contains(.prospective) {
            return infinitive(view, after: index) ? .unknown : suffixTense(word)
        }
        if cues.contains(.subjunctive) { return compound(view, after: index, passive: true) == nil ? nil : .future }
        if cues.contains(.past) { return .past }
        // `aurait été tué`, `auraient fui`: a conditional `avoir` and a participle tell a
        // reported past (`serait publié` is a passive that still looks ahead).
        if cues.contains(.future), view.isClass(index, .conditionalAuxiliary),
            compound(view, after: index, passive: false) == .past
        {
            return .past
        }
        if cues.contains(.future), view.isClass(index, .conditionalBe), reportsPast(view, conditionalBeAt: index) {
            return .past
        }
        if cues.contains(.planned), !cues.contains(.future), !barePlanned, !hasAuxiliary(view, before: index) {
            return nil
        }
        if cues.contains(.future) || cues.contains(.planned) { return .future }
        if cues.contains(.go) || cues.contains(.must) {
            return infinitive(view, after: index) ? .future : nil
        }
        if cues.contains(.participle) {
            return tellsPast(view, participleAt: index, opensClause: opensClause) ? .past : nil
        }
        if cues.contains(.word) || cues.contains(.skip) { return nil }
        if view.isCapitalized(index), index != view.bounds.lowerBound { return nil }
        let times = vocabulary.wordForms.verbTimes(of: word)
        if isParticiple(word, times: times) {
            return tellsPast(view, participleAt: index, opensClause: opensClause) ? .past : nil
        }
        if presentStops, let times, Self.isPresentOnly(times) { return .unknown }
        return suffixTense(word, times: times)
    }

    /// Whether the participle at `index` tells a past: after its auxiliary (`a été interpellé`),
    /// or, when the expression is in its clause (`opensClause`), opening the sentence with none
    /// (`Interpellé samedi, il a été relâché`, `Placé sous mandat d'arrêt samedi soir, il
    /// comparaît ce mercredi`): a participle clause set before the subject tells what was done
    /// to it before the main clause. Participles that look ahead (`Prévu samedi`, `Reporté à
    /// samedi`) are cues of their own and never get here.
    private func tellsPast(_ view: TokenView, participleAt index: Int, opensClause: Bool) -> Bool {
        if hasAuxiliary(view, before: index) { return true }
        guard opensClause, index == view.bounds.lowerBound, view.isCapitalized(index) else { return false }
        // The clause is an apposition whose first punctuation, after the expression, is the
        // comma that closes it.
        var cursor = index + 1
        while view.has(cursor), cursor - index <= 12 {
            if view.tokens.kind(at: cursor) == .punct || view.tokens.kind(at: cursor) == .quote {
                return view.norm(cursor) == ","
            }
            cursor += 1
        }
        return false
    }

    /// Whether the lexicon reads a form only as a finite verb in the present (indicative,
    /// with its subjunctive and imperative look-alikes): `se tient`, `participe` is not
    /// (also a noun). Such a verb is the clause's own tense, and it points neither way:
    /// `a dit que le congrès se tient jeudi` is the nearest Thursday, not the one before
    /// the farther `a dit`.
    static func isPresentOnly(_ times: VerbTimes) -> Bool {
        let other: VerbTimes = [
            .otherClass, .infinitive, .pastParticiple, .presentParticiple, .imperfect, .simplePast, .future,
            .conditional,
        ]
        return times.contains(.present) && times.isDisjoint(with: other)
    }

    /// The tense a verb form tells: for a form the French lexicon knows only as a verb,
    /// its readings (an imperfect or passé simple is past, a future or conditional looks
    /// ahead, a present tells nothing; ``VerbTimes``); a form it knows only as another
    /// class tells nothing (`portrait`, `souhait`); otherwise, for an unknown or ambiguous
    /// form, the ending (`dates-endings`): conditional, imperfect, future.
    func suffixTense(_ word: String) -> Tense? {
        suffixTense(word, times: vocabulary.wordForms.verbTimes(of: word))
    }

    /// ``suffixTense(_:)`` with the lexicon's readings of `word` already looked up.
    private func suffixTense(_ word: String, times: VerbTimes?) -> Tense? {
        if let times {
            if times == .otherClass { return nil }
            if !times.contains(.otherClass) { return Self.tense(of: times) }
        }
        guard word.count >= 5 else { return nil }
        if vocabulary.hasEnding(word, .conditional) { return .future }
        if vocabulary.hasEnding(word, .imperfect) { return .past }
        if vocabulary.hasEnding(word, .future) { return .future }
        return nil
    }

    /// The direction the readings of a verb form agree on, if they agree.
    static func tense(of times: VerbTimes) -> Tense? {
        let ahead: VerbTimes = [.future, .conditional]
        let behind: VerbTimes = [.imperfect, .simplePast]
        let neutral: VerbTimes = [.present, .subjunctive, .imperative]
        guard times.isDisjoint(with: neutral) else { return nil }
        if !times.isDisjoint(with: ahead) && times.isDisjoint(with: behind) { return .future }
        if !times.isDisjoint(with: behind) && times.isDisjoint(with: ahead) { return .past }
        return nil
    }

    /// Whether a participle that puts off or confirms an event follows within four words
    /// (`le match prévu samedi a été reporté`, `programmé vendredi, est maintenu`).
    private func putsOff(_ view: TokenView, after index: Int) -> Bool {
        for cursor in index..<(index + 5) where view.has(cursor) && view.tokens.kind(at: cursor) == .word {
            if vocabulary.tense[view.norm(cursor)]?.contains(.cancel) == true { return true }
        }
        return false
    }

    /// Whether the conditional `être` at `index` tells a reported past: after a reflexive (`il se
    /// serait rendu à la police`) or before the participle of a verb conjugated with `être` (`il
    /// serait passé aux aveux`), as `aurait avoué` does; a passive still looks ahead (`le verdict
    /// serait rendu à 16 h`).
    private func reportsPast(_ view: TokenView, conditionalBeAt index: Int) -> Bool {
        if view.isClass(index - 1, .reflexive) { return compound(view, after: index, passive: true) == .past }
        var cursor = index + 1
        while view.has(cursor), cursor - index <= 3, view.tokens.kind(at: cursor) == .word {
            if view.isClass(cursor, .beVerbParticiple) { return true }
            let word = view.norm(cursor)
            guard (vocabulary.tense[word] ?? []).contains(.skip) || vocabulary.hasEnding(word, .adverb) else {
                return false
            }
            cursor += 1
        }
        return false
    }

    /// Whether the `a` at `index` is part of `il y a`.
    private func isThereIs(_ view: TokenView, at index: Int) -> Bool {
        view.isClass(index, .haveForm) && view.isClass(index - 1, .there)
    }

    /// After an auxiliary: past when a participle follows within three words
    /// (`a ainsi déclaré`); `est prévu` looks ahead.
    private func compound(_ view: TokenView, after index: Int, passive: Bool) -> Tense? {
        var cursor = index + 1
        while view.has(cursor), cursor - index <= 4, view.tokens.kind(at: cursor) == .word {
            let word = view.norm(cursor)
            let cues = vocabulary.tense[word] ?? []
            if cues.contains(.planned) { return .future }
            if view.isClass(cursor, .been) || cues.contains(.participle) { return .past }
            if cues.contains(.skip) || vocabulary.hasEnding(word, .adverb) {
                cursor += 1
                continue
            }
            if !cues.contains(.word), isParticiple(word) { return .past }
            return nil
        }
        return nil
    }

    /// Whether an auxiliary stands within three words before the participle at `index`, or
    /// `déjà` with no verb before it (`les écoliers, déjà revenus lundi`): a past either way.
    private func hasAuxiliary(_ view: TokenView, before index: Int) -> Bool {
        var cursor = index - 1
        var already = false
        while view.has(cursor), index - cursor <= 4, view.tokens.kind(at: cursor) == .word {
            let word = view.norm(cursor)
            let cues = vocabulary.tense[word] ?? []
            if cues.contains(.have) || cues.contains(.be) { return !isThereIs(view, at: cursor) }
            if view.isClass(cursor, .pastAuxiliary) { return true }  // avait annoncé, était parti
            already = already || cues.contains(.already)
            guard cues.contains(.skip) || vocabulary.hasEnding(word, .adverb) || view.isClass(cursor, .been) else {
                // `seront déjà partis lundi`: another verb's tense is the clause's.
                return already && cues.isEmpty && suffixTense(word) == nil
            }
            cursor -= 1
        }
        return already
    }

    /// Whether an infinitive follows `index` (skipping clitic pronouns).
    private func infinitive(_ view: TokenView, after index: Int) -> Bool {
        var cursor = index + 1
        var steps = 0
        while view.has(cursor), steps < 4 {
            if view.isClass(cursor, .infinitiveSkip) {
                cursor += 1
                steps += 1
                continue
            }
            let word = view.norm(cursor)
            if let times = vocabulary.wordForms.verbTimes(of: word) { return times.contains(.infinitive) }
            return vocabulary.hasEnding(word, .infinitive)
        }
        return false
    }

    /// Whether `word` is a past participle: for a form the French lexicon knows, whether
    /// one of its readings is (`annoncé`, `pris`, `venu`, `atteint`; not `jamais`, `mois`,
    /// `peu`, `beau`); for another, whether it has the ending of one (`dates-endings`, or
    /// a short word ending in `-i`, `-u`, `-is`, `-us`, `-it` after a consonant).
    func isParticiple(_ word: String) -> Bool {
        isParticiple(word, times: vocabulary.wordForms.verbTimes(of: word))
    }

    /// ``isParticiple(_:)`` with the lexicon's readings of `word` already looked up.
    private func isParticiple(_ word: String, times: VerbTimes?) -> Bool {
        if let times { return times.contains(.pastParticiple) }
        guard word.count >= 2 else { return false }
        if vocabulary.hasEnding(word, .participle) { return true }
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
