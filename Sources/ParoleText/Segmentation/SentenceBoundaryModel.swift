import Foundation
import ParoleCore

/// Decides whether a sentence starts at a capitalised word that follows a word with no
/// final punctuation: a heading, a list item or a title line glued to the next sentence
/// (`… Saignements mineurs Troubles gastro-intestinaux`, `… SI NECESSAIRE L'utilisation`).
///
/// An averaged perceptron over ``BoundaryFeatures``, trained by
/// `Scripts/segmentation/train_boundaries.py` on UD French treebanks and shipped in
/// `Resources/models/sentence-boundaries.txt`. It reads the lexicon classes of the words
/// around the gap, so it needs the ``FrenchLexicon``, loaded on the first candidate.
package final class SentenceBoundaryModel: Sendable {
    private let weights: [UInt64: Float]

    private static let loaded: Result<SentenceBoundaryModel, any Error> = Result {
        let store = LexiconStore.shared
        let path = "models/sentence-boundaries.txt"
        return try SentenceBoundaryModel(
            contents: String(decoding: try store.contents(of: path), as: UTF8.self), file: store.location(of: path))
    }

    /// The model shipped with Parole, read once per process on first use.
    package static func shared() throws -> SentenceBoundaryModel { try loaded.get() }

    /// Reads a `sentence-boundaries.txt` file: `#` lines, then one `hash weight` line per
    /// feature (the hash as 16 hexadecimal digits).
    package init(contents: String, file: String = "sentence-boundaries.txt") throws {
        var weights: [UInt64: Float] = [:]
        for (index, line) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: " ")
            guard fields.count == 2, let hash = UInt64(fields[0], radix: 16), let weight = Float(fields[1]) else {
                throw LexiconError.malformed(file, index + 1, "expected `hash weight`")
            }
            weights[hash] = weight
        }
        self.weights = weights
    }

    /// What the model reads of the sentence in progress: where it starts, and whether the
    /// tokens read so far hold a verb. Each token is read once however many candidates the
    /// sentence has, so that splitting stays linear.
    struct Segment {
        /// The first token of the sentence in progress.
        var start = 0
        /// The tokens before this one have been read.
        var scanned = 0
        /// Whether one of them is a word the lexicon knows only as a verb.
        var hasVerb = false
        /// Whether one of the tokens read for a verb is a word the lexicon knows only as a pronoun.
        var hasPronoun = false

        /// The tokens before this one have been looked at for a separator.
        var separatorScanned = 0
        /// Whether one of them is a colon or a list dash.
        var hasSeparator = false

        /// Moves to a sentence starting at token `index`.
        mutating func restart(at index: Int) {
            start = index
            scanned = index
            hasVerb = false
            hasPronoun = false
            separatorScanned = index
            hasSeparator = false
        }

        /// Whether a list dash before token `index`, after `previous`, may start a sentence given
        /// the sentence so far (its verb read up to `index`): after a lowercase word or a number
        /// always; after a capitalised word only in a list, a colon or a dash before it in the
        /// sentence (`Catégories : Désinformation - Communication - Médias`); after a bracket only
        /// once a verb was read. Not a dateline (`Bruxelles - Le …`, `Paris, 5 mai (AFP) - Le …`)
        /// nor a name (`la filiale de Vivendi - Générale des Eaux`).
        mutating func allowsDash(
            before index: Int, after previous: TaggerFeatures, _ tokens: TokenList, _ units: [UInt16]
        ) -> Bool {
            switch previous.shape & 7 {
            case 0, 3: return true
            case 1: break
            default: return hasVerb
            }
            while separatorScanned < index, !hasSeparator {
                let span = tokens.span(at: separatorScanned)
                if tokens.kind(at: separatorScanned) == .punct, span.length == 1 {
                    switch units[span.start] {
                    case 0x3A, 0x2D, 0x2013, 0x2014: hasSeparator = true
                    default: break
                    }
                }
                separatorScanned += 1
            }
            return hasSeparator
        }
    }

    /// Whether a sentence starts at token `index` of `tokens`, the gap before it being a
    /// candidate of `kind` and token `first` (`index`, or after a list dash `index + 1`) the
    /// capitalised word that would begin the sentence; the classes read from `lexicon`;
    /// `segment` is the sentence in progress.
    func startsSentence(
        at index: Int, kind: BoundaryFeatures.Kind = .afterWord, first: Int? = nil, _ tokens: TokenList,
        _ units: [UInt16], _ lexicon: FrenchLexicon, segment: inout Segment
    ) -> Bool {
        let first = first ?? index
        guard index >= 1, first < tokens.count else { return false }
        let previous = Self.features(tokens[index - 1], units, lexicon)
        let next = Self.features(tokens[first], units, lexicon)
        let afterNext = first + 1 < tokens.count ? Self.features(tokens[first + 1], units, lexicon) : nil
        var run: UInt64 = 0
        var before = index - 1
        while before >= 0, run < 3 {
            let shape = run == 0 ? previous.shape : TaggerFeatures.shape(units[tokens.span(at: before).range])
            guard shape & 7 == 2 else { break }
            run += 1
            before -= 1
        }
        if kind == .afterWord, index - segment.start <= 6,
            endsShortHeading(
                at: index, next: next, afterNext: afterNext, previous: previous, tokens, units, lexicon, &segment)
        {
            return true
        }
        // The token before the previous one is read before the filter only after a colon.
        var beforePrevious =
            kind == .afterColon && index >= 2 ? Self.features(tokens[index - 2], units, lexicon) : nil
        guard
            BoundaryFeatures.allowed(
                kind: kind, beforePrevious: beforePrevious, previous: previous, next: next,
                nextLength: tokens.span(at: first).length,
                afterNextShape: afterNext?.shape, capitalsRun: run)
        else { return false }
        if beforePrevious == nil, index >= 2 { beforePrevious = Self.features(tokens[index - 2], units, lexicon) }
        // A capitalised word the lexicon knows only as a pronoun once lowercased (`Ils`, `Elle`),
        // between lowercase words: a new clause (`… un excellent travail Ils sont sur …`).
        if kind == .afterWord, previous.shape & 7 == 0, next.classes & 0x1FFFF == 0,
            next.classes >> 17 == BoundaryFeatures.pronoun, let shape = afterNext?.shape, shape & 7 == 0
        {
            return true
        }
        while segment.scanned < index, !segment.hasVerb {
            let classes = Self.classes(tokens[segment.scanned], units, lexicon)
            segment.hasVerb = BoundaryFeatures.isOnlyVerb(classes)
            if BoundaryFeatures.merged(classes) == BoundaryFeatures.pronoun { segment.hasPronoun = true }
            segment.scanned += 1
        }
        // After a colon, only a heading (no verb so far) ends: not `… a ajouté : Il faudra …`.
        if kind == .afterColon, segment.hasVerb { return false }
        if kind == .beforeDash, !segment.allowsDash(before: index, after: previous, tokens, units) { return false }
        if kind == .afterWord,
            BoundaryFeatures.endsHeading(
                isClause: segment.hasVerb || segment.hasPronoun,
                frontedOpening: previous.shape & 7 == 3 && frontedOpening(at: index, segment, tokens, units, lexicon),
                previous: previous, next: next, afterNext: afterNext)
        {
            return true
        }
        let gap = BoundaryFeatures(
            kind: kind,
            beforePrevious: beforePrevious,
            previous: previous, next: next,
            afterNext: afterNext,
            capitalsRun: run, segmentHasVerb: segment.hasVerb ? 1 : 0,
            segmentLength: UInt64(min(index - segment.start, 9)))
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: BoundaryFeatures.count) { hashes in
            let written = gap.hashes(into: hashes.baseAddress!)
            return hashes.prefix(written).reduce(Float(0)) { $0 + (weights[$1] ?? 0) } > 0
        }
    }

    /// Whether the sentence so far, up to token `index`, is a clause opener and at most three
    /// more tokens (`Le 5 mai 1999`, `En 2012`): a fronted complement, not a heading.
    private func frontedOpening(
        at index: Int, _ segment: Segment, _ tokens: TokenList, _ units: [UInt16], _ lexicon: FrenchLexicon
    ) -> Bool {
        guard index - segment.start <= 4 else { return false }
        let classes = BoundaryFeatures.lowercased(Self.classes(tokens[segment.start], units, lexicon))
        return classes & BoundaryFeatures.clauseOpeners != 0
    }

    /// Whether the gap before token `index` ends a short heading without a verb, the whole
    /// sentence so far, each of its tokens a word and none known only as a verb (see
    /// ``BoundaryFeatures/endsShortHeading(segmentLength:first:previous:next:nextLength:afterNext:)``);
    /// reads at most six tokens, so splitting stays linear.
    private func endsShortHeading(
        at index: Int, next: TaggerFeatures, afterNext: TaggerFeatures?, previous: TaggerFeatures,
        _ tokens: TokenList, _ units: [UInt16], _ lexicon: FrenchLexicon, _ segment: inout Segment
    ) -> Bool {
        let length = index - segment.start
        guard (1...6).contains(length), !segment.hasVerb,
            (segment.start..<index).allSatisfy({ TaggerFeatures.shape(units[tokens.span(at: $0).range]) & 7 <= 2 }),
            BoundaryFeatures.endsShortHeading(
                segmentLength: length, first: Self.features(tokens[segment.start], units, lexicon),
                previous: previous, next: next, nextLength: tokens.span(at: index).length, afterNext: afterNext)
        else { return false }
        // The heading's words are read for a verb last, and at most six of them.
        while segment.scanned < index, !segment.hasVerb {
            segment.hasVerb = BoundaryFeatures.isOnlyVerb(Self.classes(tokens[segment.scanned], units, lexicon))
            segment.scanned += 1
        }
        return !segment.hasVerb
    }

    /// The lexicon classes of `token` as the tagger reads them: as written, and as its norm
    /// shifted by 17 bits when the norm differs.
    static func classes(_ token: Token, _ units: [UInt16], _ lexicon: FrenchLexicon) -> UInt64 {
        guard token.kind == .word else { return 0 }
        var exact: [UInt8] = []
        exact.reserveCapacity(token.span.length + 4)
        MorphologyStage.appendUTF8(units[token.span.start..<token.span.end], to: &exact)
        let exactIndex = exact.withUnsafeBufferPointer { lexicon.formIndex($0) }
        var norm = token.norm
        return norm.withUTF8 { normBytes in
            var classes = UInt64(exactIndex.map { lexicon.classes(atForm: $0).rawValue } ?? 0)
            if !exact.withUnsafeBufferPointer({ $0.elementsEqual(normBytes) }),
                let normIndex = lexicon.formIndex(normBytes)
            {
                classes |= UInt64(lexicon.classes(atForm: normIndex).rawValue) << 17
            }
            return classes
        }
    }

    /// The tagger's features of `token`, its classes looked up as written and as its norm.
    static func features(_ token: Token, _ units: [UInt16], _ lexicon: FrenchLexicon) -> TaggerFeatures {
        let text = units[token.span.start..<token.span.end]
        var exact: [UInt8] = []
        exact.reserveCapacity(token.span.length + 4)
        MorphologyStage.appendUTF8(text, to: &exact)
        let exactIndex = exact.withUnsafeBufferPointer { lexicon.formIndex($0) }
        var norm = token.norm
        return norm.withUTF8 { normBytes in
            let same = exact.withUnsafeBufferPointer { $0.elementsEqual(normBytes) }
            let normIndex = same ? exactIndex : lexicon.formIndex(normBytes)
            var classes = UInt64(exactIndex.map { lexicon.classes(atForm: $0).rawValue } ?? 0)
            if !same, let normIndex { classes |= UInt64(lexicon.classes(atForm: normIndex).rawValue) << 17 }
            return TaggerFeatures(norm: normBytes, text: text, classes: classes)
        }
    }
}
