import ParoleCore

/// The words of a document looked up once: each token's interned spelling, and for each
/// distinct spelling its entries in the ``FrenchLexicon`` (as written and lowercased), the
/// classes they allow, its shape and the tagger's features.
///
/// Stages read it rather than keeping a private view of the tokens: a form is spelled,
/// hashed and looked up once per document, whatever the number of stages and tokens.
///
/// ```swift
/// let view = try document.lexicalView()          // made once, then read from the document
/// let form = view.form(ofToken: 3)
/// if form.lowercaseClasses.contains(.determiner) && form.shape.contains(.capitalised) { … }
/// let lemma = view.lemma(ofToken: 3, as: .verb)  // déclarer for "déclarait"
/// ```
///
/// Stages that want it call `Document.lexicalView(lexicon:)`: the first call stores the
/// view as the `lexical` layer (not written in the output), later calls read it back. A
/// stage that changes the `tokens` layer must remove the `lexical` layer.
///
/// How a stage moves its private token view onto it (the entities' `EntityContext`, the
/// quotes' `QuoteText`/`FormShape`, the dates' `TokenView`): key per-form facts by
/// ``formOfToken`` (an array indexed by form, filled once per distinct spelling) instead of
/// by `String`; read classes from ``LexicalForm/classes`` and
/// ``LexicalForm/lowercaseClasses`` instead of looking words up again; read case from
/// ``LexicalForm/shape``; get lemmas through ``lemma(ofToken:as:)``. The `morphology` stage
/// already works this way.
package struct LexicalView: Sendable {
    /// The distinct spelling of each token: an index into ``forms``.
    package let formOfToken: [Int32]
    /// Each distinct spelling, in order of first occurrence.
    package let forms: [LexicalForm]
    /// The tagger's features of each distinct spelling, parallel to ``forms``.
    let features: [TaggerFeatures]
    /// The lexicon the entries index.
    package let lexicon: FrenchLexicon

    /// Looks up the tokens of a text given as UTF-16 code units.
    ///
    /// Spellings are told apart without hashing: two tokens with the same spelling have the
    /// same norm, so a token is compared, unit for unit, only with the spellings met before
    /// with its norm's index (`Le`, `le`, `LE`), the first few of them; a norm with more
    /// spellings than that sends the others to a hash table, so that the time stays linear.
    package init(tokens: TokenList, utf16: [UInt16], lexicon: FrenchLexicon) {
        var formOfToken: [Int32] = []
        var forms: [LexicalForm] = []
        var features: [TaggerFeatures] = []
        formOfToken.reserveCapacity(tokens.count)
        /// The first spelling of each norm, and the next spelling of the norm of each spelling.
        var firstFormOfNorm = [Int32](repeating: -1, count: tokens.norms.count)
        var nextFormOfNorm: [Int32] = []
        var overflow = UTF8StringTable(expected: 16)
        var formOfOverflow: [Int32] = []
        var exact: [UInt8] = []
        utf16.withUnsafeBufferPointer { units in
            for position in tokens.indices {
                let span = tokens.span(at: position)
                let norm = tokens.normIndex(at: position)
                var form = firstFormOfNorm[norm]
                var last: Int32 = -1
                var compared = 0
                while form >= 0, compared < Self.spellingsCompared {
                    let other = tokens.span(at: Int(forms[Int(form)].firstToken))
                    if Self.sameSpelling(units, span, other) { break }
                    last = form
                    form = nextFormOfNorm[Int(form)]
                    compared += 1
                }
                if form >= 0, compared < Self.spellingsCompared {
                    formOfToken.append(form)
                    continue
                }
                let text = utf16[span.start..<span.end]
                exact.removeAll(keepingCapacity: true)
                MorphologyStage.appendUTF8(text, to: &exact)
                let newForm = Int32(forms.count)
                if compared == Self.spellingsCompared {
                    let (index, isNew) = exact.withUnsafeBufferPointer { overflow.intern($0) }
                    if !isNew {
                        formOfToken.append(formOfOverflow[Int(index)])
                        continue
                    }
                    formOfOverflow.append(newForm)
                } else if last >= 0 {
                    nextFormOfNorm[Int(last)] = newForm
                } else {
                    firstFormOfNorm[norm] = newForm
                }
                nextFormOfNorm.append(-1)
                formOfToken.append(newForm)
                let exactIndex = exact.withUnsafeBufferPointer { lexicon.formIndex($0) }
                var normText = tokens.norms[norm]
                let (feature, entry) = normText.withUTF8 { normBytes -> (TaggerFeatures, LexicalForm) in
                    let same = exact.withUnsafeBufferPointer { $0.elementsEqual(normBytes) }
                    let normIndex = same ? exactIndex : lexicon.formIndex(normBytes)
                    let written = exactIndex.map { lexicon.classes(atForm: $0) } ?? []
                    let lowered = normIndex.map { lexicon.classes(atForm: $0) } ?? []
                    var classes = UInt64(written.rawValue)
                    if !same { classes |= UInt64(lowered.rawValue) << 17 }
                    let feature = TaggerFeatures(norm: normBytes, text: text, classes: classes)
                    let entry = LexicalForm(
                        firstToken: Int32(position), writtenEntry: Int32(exactIndex ?? -1),
                        lowercaseEntry: Int32(normIndex ?? -1), classes: written, lowercaseClasses: lowered,
                        shape: WordShape(taggerShape: feature.shape))
                    return (feature, entry)
                }
                forms.append(entry)
                features.append(feature)
            }
        }
        self.formOfToken = formOfToken
        self.forms = forms
        self.features = features
        self.lexicon = lexicon
    }

    /// How many spellings of one norm a token is compared with before the hash table.
    private static let spellingsCompared = 8

    /// Whether two spans hold the same spelling, `’` and `'` alike (the lexicon's spelling).
    @inline(__always)
    private static func sameSpelling(_ units: UnsafeBufferPointer<UInt16>, _ first: Span, _ second: Span) -> Bool {
        let length = first.end - first.start
        guard second.end - second.start == length else { return false }
        var offset = 0
        while offset < length {
            let a = units[first.start + offset]
            let b = units[second.start + offset]
            if a != b && (a == 0x2019 ? 0x27 : a) != (b == 0x2019 ? 0x27 : b) { return false }
            offset += 1
        }
        return true
    }

    /// The distinct spelling of token `index`.
    package func form(ofToken index: Int) -> LexicalForm { forms[Int(formOfToken[index])] }

    /// The lemma of token `index` read as `partOfSpeech`, from its lexicon entries (as
    /// written, then lowercased), or `nil` when the lexicon has no such reading.
    package func lemma(ofToken index: Int, as partOfSpeech: PartOfSpeech) -> String? {
        let form = form(ofToken: index)
        for entry in [form.writtenEntry, form.lowercaseEntry] where entry >= 0 {
            if let lemma = lexicon.lemma(atForm: Int(entry), as: partOfSpeech) { return lemma }
        }
        return nil
    }
}

/// One distinct spelling of a document, with what the lexicon says of it.
package struct LexicalForm: Sendable, Hashable, Codable {
    /// The first token spelled so.
    package let firstToken: Int32
    /// The lexicon form index of the spelling as written (`’` as `'`), or -1.
    package let writtenEntry: Int32
    /// The lexicon form index of its norm (lowercased), or -1 (also when the norm is not in
    /// the lexicon; the same as ``writtenEntry`` when the spelling is its own norm).
    package let lowercaseEntry: Int32
    /// The classes the lexicon allows the spelling as written.
    package let classes: PartOfSpeechSet
    /// The classes the lexicon allows its norm.
    package let lowercaseClasses: PartOfSpeechSet
    /// Its letter case, digits and hyphens.
    package let shape: WordShape

    /// Whether the lexicon knows the spelling as written or lowercased.
    package var isKnown: Bool { writtenEntry >= 0 || lowercaseEntry >= 0 }
}

/// The letter case and make-up of a spelling, as the tagger reads it.
package struct WordShape: OptionSet, Sendable, Hashable, Codable {
    /// The bits.
    package let rawValue: UInt8
    /// Creates a shape from its bits.
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A first capital, the other letters not all capitals (`Paris`, `L'`).
    package static let capitalised = WordShape(rawValue: 1)
    /// Two letters or more, all capitals (`ONU`, `PRÉCAUTIONS`).
    package static let allCapitals = WordShape(rawValue: 2)
    /// A digit somewhere (`2024`, `H5N1`, `3e`).
    package static let digit = WordShape(rawValue: 4)
    /// No letter and no digit (punctuation, symbols).
    package static let noLetter = WordShape(rawValue: 8)
    /// A hyphen somewhere (`peut-être`).
    package static let hyphen = WordShape(rawValue: 16)

    /// The shape of a ``TaggerFeatures/shape(_:)`` code.
    init(taggerShape code: UInt64) {
        var shape: WordShape = []
        switch code & 7 {
        case 1: shape.insert(.capitalised)
        case 2: shape.insert(.allCapitals)
        case 3: shape.insert(.digit)
        case 4: shape.insert(.noLetter)
        default: break
        }
        if code & 8 != 0 { shape.insert(.hyphen) }
        self = shape
    }
}

/// The `lexical` layer: the document's ``LexicalView``, made by the first stage that asks
/// for it and not written in the output.
package enum LexicalLayer: LayerKey {
    /// The view.
    package typealias Value = LexicalView
    /// `lexical`.
    package static let name: LayerName = .lexical
}

extension Document {
    /// The document's ``LexicalView``: read from the `lexical` layer, or made from the
    /// `tokens` layer and stored there. `lexicon` defaults to the shipped one.
    package mutating func lexicalView(lexicon: FrenchLexicon? = nil) throws -> LexicalView {
        if let view = self[LexicalLayer.self], view.formOfToken.count == tokens.count { return view }
        let view = LexicalView(tokens: tokens, utf16: utf16, lexicon: try lexicon ?? FrenchLexicon.shared())
        self[LexicalLayer.self] = view
        return view
    }
}
