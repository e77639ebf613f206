import ParoleCore

/// The `morphology` stage: the UD part of speech and the lemma of every token.
///
/// The `PartOfSpeechTagger` chooses the part of speech from the token, its
/// neighbours, the tags before it and the classes the `FrenchLexicon` allows;
/// the lemma then comes from the lemmas seen in training for that form and part of
/// speech, else the form itself for a proper noun, number or symbol, else the
/// lexicon, else the ending rules of `LemmaSuffixRules`, else the lowercased form.
public struct MorphologyStage: Stage {
    /// `morphology`.
    public static let defaultName = "morphology"
    /// The stage's name.
    public let name: String
    /// `tokens`.
    public let requiredLayers: [LayerName] = [TokenLayer.name]
    /// `morphology`.
    public let producedLayers: [LayerName] = [MorphologyLayer.name]

    private let lexicon: FrenchLexicon
    private let tagger: PartOfSpeechTagger
    private let suffixRules: LemmaSuffixRules

    /// Creates the stage with the shipped lexicon and tagger, loaded once per process.
    public init(name: String = MorphologyStage.defaultName) throws {
        self.name = name
        lexicon = try FrenchLexicon.shared()
        tagger = try PartOfSpeechTagger.shared()
        suffixRules = try LemmaSuffixRules()
    }

    /// Adds the `morphology` layer, reading (or making) the document's lexical view.
    public func process(_ document: inout Document) throws {
        let view = try document.lexicalView(lexicon: lexicon)
        document[MorphologyLayer.self] = analyse(view, document.tokens, in: document.utf16)
    }

    /// The morphology of `tokens` of a text given as UTF-16 code units.
    package func analyse(_ tokens: TokenList, in utf16: [UInt16]) -> [TokenMorphology] {
        analyse(LexicalView(tokens: tokens, utf16: utf16, lexicon: lexicon), tokens, in: utf16)
    }

    /// The morphology of `tokens`, whose lexical view is `view`.
    ///
    /// Each distinct spelling is scored once (the weights of the features that read it,
    /// alone or as a neighbour) and gets its lemma once for each part of speech it gets.
    func analyse(_ view: LexicalView, _ tokens: TokenList, in utf16: [UInt16]) -> [TokenMorphology] {
        let formScores = tagger.formScores(view.features)
        let tags = tagger.tag(forms: view.formOfToken, formFeatures: view.features, formScores: formScores)
        let classCount = PartOfSpeech.allCases.count
        // The lemma of each form read as each class: an index into `lemmas` plus one (0 not
        // yet made), so that each is made once and the table holds no references.
        var lemmaOfSlot = [Int32](repeating: 0, count: view.forms.count * classCount)
        var lemmas: [String] = []
        let norms = tokens.norms
        var result: [TokenMorphology] = []
        result.reserveCapacity(tokens.count)
        for index in tokens.indices {
            let tag = tags[index]
            let form = Int(view.formOfToken[index])
            let slot = form * classCount + Int(tag.rawValue)
            var known = Int(lemmaOfSlot[slot]) - 1
            if known < 0 {
                let entry = view.forms[form]
                let first = Int(entry.firstToken)
                lemmas.append(
                    lemma(
                        norms[tokens.normIndex(at: first)], tokens.span(at: first), tag,
                        (entry.writtenEntry, entry.lowercaseEntry), utf16))
                known = lemmas.count - 1
                lemmaOfSlot[slot] = Int32(lemmas.count)
            }
            result.append(TokenMorphology(partOfSpeech: tag, lemma: lemmas[known]))
        }
        return result
    }

    private func lemma(
        _ norm: String, _ span: Span, _ tag: PartOfSpeech, _ lexiconForms: (exact: Int32, norm: Int32),
        _ utf16: [UInt16]
    ) -> String {
        var normText = norm
        if let lemma = normText.withUTF8({ tagger.trainingLemma(norm: $0, as: tag) }) { return lemma }
        switch tag {
        case .properNoun, .punctuation, .symbol, .numeral:
            return String(decoding: utf16[span.start..<span.end], as: UTF16.self)
        default: break
        }
        let lexiconClass: PartOfSpeech = tag == .auxiliary ? .verb : tag
        if lexiconForms.exact >= 0, let lemma = lexicon.lemma(atForm: Int(lexiconForms.exact), as: lexiconClass) {
            return lemma
        }
        if lexiconForms.norm >= 0, let lemma = lexicon.lemma(atForm: Int(lexiconForms.norm), as: lexiconClass) {
            return lemma
        }
        return suffixRules.lemma(of: norm, as: lexiconClass) ?? norm
    }

    /// Appends `text` as UTF-8 with `’` as `'`, the lexicon's spelling.
    static func appendUTF8(_ text: ArraySlice<UInt16>, to bytes: inout [UInt8]) {
        var index = text.startIndex
        while index < text.endIndex {
            var value = UInt32(text[index])
            index += 1
            if value < 0x80 {
                bytes.append(UInt8(value))
                continue
            }
            if value == 0x2019 {
                bytes.append(0x27)
                continue
            }
            if value & 0xFC00 == 0xD800, index < text.endIndex, text[index] & 0xFC00 == 0xDC00 {
                value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(text[index]) - 0xDC00)
                index += 1
            }
            if value < 0x800 {
                bytes.append(UInt8(0xC0 | value >> 6))
                bytes.append(UInt8(0x80 | value & 0x3F))
            } else if value < 0x10000 {
                bytes.append(UInt8(0xE0 | value >> 12))
                bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            } else {
                bytes.append(UInt8(0xF0 | value >> 18))
                bytes.append(UInt8(0x80 | (value >> 12) & 0x3F))
                bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            }
        }
    }
}
