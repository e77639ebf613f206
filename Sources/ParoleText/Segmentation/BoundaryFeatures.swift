/// What the sentence-boundary model reads at a gap between two tokens: what comes before
/// the gap (``Kind``), the tagger's features (``TaggerFeatures``: norm, suffixes, shape,
/// lexicon classes) of the two tokens before the gap and of the first two words after it
/// (after a list dash, the words that follow the dash), and the run of all-capital words
/// before it.
///
/// Must match `Scripts/segmentation/boundary_features.py`, which trains the weights.
struct BoundaryFeatures {
    /// What comes before a candidate gap.
    enum Kind: UInt64 {
        /// A word or a number without final punctuation (`… vasculaires | Effets`).
        case afterWord = 0
        /// A closing bracket not after final punctuation (`… (1/10) | Saignements`).
        case afterBracket = 1
        /// A colon (`Absorption : | La concentration`).
        case afterColon = 2
        /// A word, a number or a closing bracket without final punctuation, the gap being
        /// before a list dash (`… Maux de tête | - Variation`).
        case beforeDash = 3
        /// A semicolon before a capitalised word (`… un anticoagulant ; | En utilisant …`).
        case afterSemicolon = 4
        /// A colon, the gap being before a list dash (`… votre médecin : | - si vous …`).
        case dashAfterColon = 5
        /// A semicolon, the gap being before a list dash (`… en 1953 ; | - Jules Roy`).
        case dashAfterSemicolon = 6
        /// A one-word capitalised heading, the whole sentence so far, the gap being before a
        /// list dash (`… connue. Références | - Dans l'ombre …`).
        case headingBeforeDash = 7

        /// Whether a separate model judges this kind, trained apart from the others: after a
        /// semicolon, and a list dash after a colon, a semicolon or a one-word heading.
        var isSeparate: Bool { rawValue >= 4 }
    }

    /// How many hashes ``hashes(into:)`` writes at most.
    static let count = 30
    /// The lexicon classes (low 17 bits: as written) of words that open a clause:
    /// adpositions, adverbs, determiners, pronouns, subordinating conjunctions.
    static let clauseOpeners: UInt64 = 1 << 1 | 1 << 2 | 1 << 5 | 1 << 10 | 1 << 13
    /// The lexicon class bit of a proper noun.
    static let properNoun: UInt64 = 1 << 11
    /// The lexicon class bit of a pronoun.
    static let pronoun: UInt64 = 1 << 10
    /// The lexicon class bit of a determiner.
    static let determiner: UInt64 = 1 << 5
    /// The lexicon classes of words that can end a noun phrase: adjectives, nouns, numerals.
    static let phraseEnds: UInt64 = 1 << 0 | 1 << 7 | 1 << 8
    /// The lexicon classes of adpositions, coordinating conjunctions and determiners.
    static let functionWords: UInt64 = 1 << 1 | 1 << 4 | 1 << 5
    /// The lexicon classes of adjectives, nouns and verbs.
    static let contentWords: UInt64 = 1 << 0 | 1 << 7 | 1 << 15

    let kind: Kind
    let beforePrevious: TaggerFeatures?
    let previous: TaggerFeatures
    let next: TaggerFeatures
    let afterNext: TaggerFeatures?
    /// How many all-capital tokens end at the gap (at most 3).
    let capitalsRun: UInt64
    /// 1 when the sentence so far has a word the lexicon knows only as a verb, else 0.
    let segmentHasVerb: UInt64
    /// The length of the sentence so far in tokens, 9 for nine or more.
    let segmentLength: UInt64

    /// The lexicon class bit of a verb, and those of adjectives and nouns.
    static let verb: UInt64 = 1 << 15
    /// The lexicon class bit of an auxiliary.
    static let auxiliary: UInt64 = 1 << 3
    /// The lexicon class bit of a noun.
    static let noun: UInt64 = 1 << 7
    /// The lexicon class bit of a numeral.
    static let numeral: UInt64 = 1 << 8
    static let nominal: UInt64 = 1 << 0 | 1 << 7

    /// Whether lexicon classes (as written, and lowercased shifted by 17 bits) are only a
    /// verb's: `est`, `semble`, not `porte` (a noun too).
    static func isOnlyVerb(_ classes: UInt64) -> Bool {
        let merged = merged(classes)
        return merged & verb != 0 && merged & nominal == 0
    }

    /// Lexicon classes as written or lowercased.
    static func merged(_ classes: UInt64) -> UInt64 { classes >> 17 | classes & 0x1FFFF }

    /// The lexicon classes of a word once lowercased: its norm's when they are read apart
    /// (the norm differs from the word as written), else the word's own.
    static func lowercased(_ classes: UInt64) -> UInt64 { classes >> 17 != 0 ? classes >> 17 : classes }

    /// Whether the gap may be a boundary at all. Not before a single capital letter (an
    /// initial, a variable: `chromosome X`), a word the lexicon knows as a name as written
    /// (`Océane`) or does not know at all (a brand), nor before a determiner followed by a
    /// capitalised word (the article of a name: `Les Verts`, `Le Monde`), nor after a word
    /// that is only a function word or a determiner (`et L'examen de minuit`, `Le Haut
    /// commissariat`), before a dash after a word in capitals (a dateline: `LUXEMBOURG - Face
    /// à …`), before a name after a dash unless the dash follows a lowercase word or a number
    /// (`… Voir aussi - Karl Laske`), after a colon after a capitalised word the lexicon
    /// knows as written, a place or a name (`Tunisie : Le …`). A list dash after a colon or a
    /// semicolon may always start a sentence. A clause opener (a determiner, a pronoun, an adposition, an adverb, a
    /// subordinating conjunction) may start a sentence; another word (a noun, an adjective, a
    /// verb) after a colon or a semicolon, before a list dash, after a heading in capitals (`… SI
    /// NECESSAIRE Conserver le flacon`, `… PEREMPTION PRECAUTIONS`), or as a capitalised
    /// word followed by a lowercase one after a lowercase noun phrase, a number or a bracket
    /// (`… anomalie vasculaires Effets indésirables`; not `le restaurant Mer Rouge`).
    static func allowed(
        kind: Kind, beforePrevious: TaggerFeatures?, previous: TaggerFeatures, next: TaggerFeatures, nextLength: Int,
        afterNextShape: UInt64?,
        capitalsRun: UInt64
    ) -> Bool {
        // A list item after a colon or a semicolon, whatever its first word.
        if kind == .dashAfterColon || kind == .dashAfterSemicolon { return true }
        // A heading the lexicon knows, not as a name: not a dateline (`Bruxelles - Le …`).
        if kind == .headingBeforeDash {
            return previous.shape & 7 == 1 && previous.classes != 0 && previous.classes & properNoun == 0
        }
        // A name after a list dash that follows a lowercase word or a number (`… Voir aussi - Karl
        // Laske`), not after a name (`Lyon - Marseille`).
        let listedName = kind == .beforeDash && (previous.shape & 7 == 0 || previous.shape & 7 == 3)
        if nextLength == 1 || next.classes == 0 || (next.classes & properNoun != 0 && !listedName) { return false }
        let lower = lowercased(next.classes)
        if lower & determiner != 0, let shape = afterNextShape, shape & 7 == 1 || shape & 7 == 2 { return false }
        let before = merged(previous.classes)
        // Not a dateline in capitals before a dash (`LUXEMBOURG - Face à …`; after a name or a
        // bracket, see ``SentenceBoundaryModel/Segment``), nor a place or a name before a colon
        // (`Tunisie : Le tribunal …`).
        if kind == .beforeDash, previous.shape & 7 == 2 { return false }
        if kind == .afterColon, let beforePrevious, beforePrevious.classes & 0x1FFFF != 0,
            beforePrevious.shape & 7 == 1
        {
            return false
        }
        if kind == .afterWord, previous.classes != 0,
            before & ~functionWords == 0 || before & (determiner | contentWords) == determiner
        {
            return false
        }
        if lower & clauseOpeners != 0 { return true }
        if kind == .afterColon || kind == .beforeDash || kind == .afterSemicolon { return true }
        if capitalsRun >= 1 { return capitalsRun >= 2 || next.shape & 7 == 2 }
        if next.shape & 7 != 1 { return false }
        if let shape = afterNextShape, shape & 7 != 0, shape & 7 != 4 { return false }
        return previous.shape & 7 == 3 || kind == .afterBracket || (previous.shape & 7 == 0 && before & phraseEnds != 0)
    }

    /// Whether the gap ends a short heading without a verb, the whole sentence so far
    /// (`segmentLength` tokens, 1 to 6, each a word, none known only as a verb: the caller
    /// checks), before a capitalised word the lexicon knows, not as a name. The heading's
    /// first word is capitalised, a noun or an adjective once lowercased and not a function
    /// word, a clause opener, a numeral nor a name (`Contre-indications | Le …`, `Effets
    /// indésirables | Vertiges`, not `Mais comme | …`, `Neuf | Palestiniens`); the word
    /// before the gap is lowercase, neither a function word nor a clause opener (not `que |`,
    /// `dont |`), or the heading's one capitalised word before a noun followed by a lowercase
    /// word that is no verb, determiner or pronoun (`Posologie | Dose recommandée`, not
    /// `Demi | Mondaine est`, `Mlle | Charmes la`); not before a determiner of a name. Running
    /// text rarely opens a sentence with a bare noun phrase and no comma before a capitalised word.
    static func endsShortHeading(
        segmentLength: Int, first: TaggerFeatures,
        previous: TaggerFeatures, next: TaggerFeatures, nextLength: Int, afterNext: TaggerFeatures?
    ) -> Bool {
        guard (1...6).contains(segmentLength), nextLength >= 2, next.shape & 7 == 1, next.classes != 0,
            next.classes & properNoun == 0
        else { return false }
        let opening = lowercased(first.classes)
        guard first.shape & 7 == 1, first.classes != 0, first.classes & properNoun == 0,
            opening & (clauseOpeners | functionWords | numeral) == 0, opening & nominal != 0
        else { return false }
        guard previous.shape & 7 <= 1, previous.classes != 0, previous.classes & properNoun == 0,
            merged(previous.classes) & (functionWords | clauseOpeners) == 0
        else { return false }
        let lower = lowercased(next.classes)
        if lower & determiner != 0, let after = afterNext, after.shape & 7 == 1 || after.shape & 7 == 2 {
            return false
        }
        guard previous.shape & 7 == 1 else { return true }
        // A one-word capitalised heading before a noun: not a name of two words.
        guard segmentLength == 1, lower & noun != 0, let after = afterNext, after.shape & 7 == 0 else { return false }
        return merged(after.classes) & (verb | auxiliary | determiner | pronoun) == 0
    }

    /// Whether a gap the filter let through (``allowed(kind:beforePrevious:previous:next:nextLength:afterNextShape:capitalsRun:)``,
    /// a word or a number before it) ends a heading or a reference line whatever the model says:
    /// the next word is capitalised and followed by a lowercase word, and either
    /// - the gap follows a number and the next word is a clause opener once lowercased (`… le
    ///   Courrier picard, 3 mars 2011 | Le tribunal a …`, `… en 1998 | Depuis cette date, …`),
    ///   the sentence so far not being a fronted date (`frontedOpening`: a clause opener and at
    ///   most three more tokens, `Le 5 mai 1999 Le préfet …`, one sentence in the treebanks); or
    /// - the gap follows a lowercase word the lexicon knows only as a noun, an adjective or a
    ///   numeral, the next word is unknown as written and a clause opener once lowercased, and
    ///   the sentence so far is no clause (`isClause`: no word known only as a verb or only as
    ///   a pronoun): a verbless heading before the sentence it announces (`Un village sans
    ///   boulangerie | Depuis deux ans, …`), not the title of a work inside a clause (`Elle a
    ///   relu le roman Une vie …`, `il sort les albums Un homme …`).
    static func endsHeading(
        isClause: Bool, frontedOpening: Bool, previous: TaggerFeatures, next: TaggerFeatures,
        afterNext: TaggerFeatures?
    ) -> Bool {
        guard next.shape & 7 == 1, let after = afterNext, after.shape & 7 == 0 else { return false }
        let lower = lowercased(next.classes)
        guard lower & clauseOpeners != 0 else { return false }
        if previous.shape & 7 == 3 { return !frontedOpening }
        return !isClause && previous.shape & 7 == 0 && previous.classes != 0
            && merged(previous.classes) & ~(nominal | numeral) == 0 && next.classes & 0x1FFFF == 0
    }

    /// 1 when the gap is one that running text rarely has (after a heading in capitals, a
    /// number, a bracket or a colon; a capitalised clause opener followed by a word that is not
    /// capitalised right after a lowercase word ending a sentence so far without a verb, a
    /// heading: `… de l'affaire Elf | En 1997 ,`, not `Elle a relu le roman | Une vie …`),
    /// which needs a lower margin than one after another
    /// word in lowercase or capitalised (`… le restaurant | Baratte`, `… du groupe Rimonville |
    /// Demain`, where news has names and titles).
    var contextGroup: UInt64 {
        let shape = previous.shape & 7
        guard (kind == .afterWord || kind == .beforeDash) && (shape == 0 || shape == 1) && capitalsRun == 0 else {
            return 1
        }
        guard kind == .afterWord, shape == 0, segmentHasVerb == 0 else { return 0 }
        let lower = Self.lowercased(next.classes)
        let afterShape = afterNext.map { $0.shape & 7 }
        return lower & Self.clauseOpeners != 0 && afterShape != 1 && afterShape != 2 ? 1 : 0
    }

    /// Writes the feature hashes of the gap (at most ``count``) and returns how many.
    func hashes(into out: UnsafeMutablePointer<UInt64>) -> Int {
        let boundary = TaggerFeatures.boundary
        let mix = TaggerFeatures.mix
        let shapeBefore = beforePrevious?.shape ?? 16
        let shapeAfter = afterNext?.shape ?? 16
        let classesAfter = afterNext?.classes ?? boundary
        let classesBefore = beforePrevious?.classes ?? boundary
        out[0] = mix(101, 0, 0)
        out[1] = mix(102, next.word, 0)
        out[2] = mix(103, previous.word, 0)
        out[3] = mix(104, next.classes, 0)
        out[4] = mix(105, previous.classes, 0)
        out[5] = mix(106, classesAfter, 0)
        out[6] = mix(107, shapeAfter, next.classes)
        out[7] = mix(108, previous.classes, next.classes)
        out[8] = mix(109, previous.shape, next.shape)
        out[9] = mix(110, mix(shapeBefore, previous.shape, 0), mix(next.shape, shapeAfter, 0))
        out[10] = mix(111, capitalsRun, next.shape)
        out[11] = mix(112, mix(capitalsRun, next.shape, 0), shapeAfter)
        out[12] = mix(113, previous.suffix3, 0)
        out[13] = mix(114, next.word, shapeAfter)
        out[14] = mix(115, beforePrevious?.classes ?? boundary, previous.classes)
        out[15] = mix(116, afterNext?.word ?? boundary, 0)
        out[16] = mix(117, previous.word, next.classes)
        out[17] = mix(118, segmentHasVerb, next.classes)
        out[18] = mix(119, segmentHasVerb, segmentLength)
        out[19] = mix(120, mix(segmentHasVerb, previous.shape, 0), next.shape)
        out[20] = mix(121, kind.rawValue, 0)
        out[21] = mix(122, kind.rawValue, next.classes)
        out[22] = mix(123, kind.rawValue, previous.classes)
        out[23] = mix(124, mix(kind.rawValue, segmentHasVerb, 0), segmentLength)
        out[24] = mix(125, mix(kind.rawValue, previous.shape, 0), mix(next.shape, shapeAfter, 0))
        out[25] = mix(126, mix(kind.rawValue, next.word, 0), shapeAfter)
        guard kind.isSeparate else {
            // The margin of the gap's context, a weight set by the training script.
            out[26] = mix(135, contextGroup, 0)
            return 27
        }
        // The separate model (after a semicolon, a dash after a colon or a semicolon) has its
        // own feature space, and reads what the text before the separator looks like: a short
        // segment without a verb, the word before the separator.
        out[26] = mix(127, mix(kind.rawValue, segmentLength, 0), next.classes)
        out[27] = mix(128, mix(kind.rawValue, segmentLength, 0), mix(shapeBefore, classesBefore, 0))
        out[28] = mix(129, mix(kind.rawValue, segmentHasVerb, 0), mix(next.classes, shapeAfter, 0))
        out[29] = mix(130, mix(kind.rawValue, previous.word, 0), mix(shapeBefore, segmentLength, 0))
        for index in 0..<30 { out[index] = mix(900, out[index], 0) }
        return 30
    }
}
