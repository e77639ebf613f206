import ParoleCore

/// Token and sentence scores of a pipeline against a treebank's gold segmentation.
///
/// The treebank's sentences are joined by one space into documents of
/// `perDocument` sentences; gold tokens are found in order in each sentence's
/// text. A predicted token counts when its span equals a gold token's; a
/// sentence when its span, white space trimmed, equals a gold sentence's. These
/// are the definitions of `score.py ud`, so both give the same figures.
package struct SegmentationEvaluation: Sendable {
    /// A document built from consecutive treebank sentences.
    package struct GoldDocument: Sendable {
        /// `ud_00000`, `ud_00001`, …
        package var id: String
        /// The sentences joined by one space.
        package var text: String
        /// Gold token spans.
        package var tokens: [Span]
        /// Gold sentence spans.
        package var sentences: [Span]
        /// Gold tokens with a part of speech and a lemma (multiword tokens left out).
        package var tagged: [TaggedToken] = []
    }

    /// A gold token with its UPOS tag and lemma.
    package struct TaggedToken: Sendable, Hashable {
        /// Where it is.
        package var span: Span
        /// Its UPOS tag, such as `NOUN`.
        package var partOfSpeech: String
        /// Its lemma.
        package var lemma: String
    }

    /// The scores.
    package struct Result: Sendable, Hashable, Codable {
        /// Token precision, recall and F1.
        package var tokens: Score
        /// Sentence precision, recall and F1.
        package var sentences: Score
        /// UPOS accuracy over gold tokens (multiword tokens left out), when the
        /// pipeline made the `morphology` layer: a gold token without a predicted token
        /// of the same span counts as wrong.
        package var partsOfSpeech: Accuracy?
        /// Lemma accuracy, counted the same way.
        package var lemmas: Accuracy?
    }

    /// A share of gold items found right.
    package struct Accuracy: Sendable, Hashable, Codable, CustomStringConvertible {
        /// Items right.
        package var correct: Int
        /// Gold items.
        package var total: Int
        /// Percentage right (0 when there is no gold item).
        package var percentage: Double { total == 0 ? 0 : 100 * Double(correct) / Double(total) }
        /// `96.1 (9,610/10,000)`.
        package var description: String {
            "\((percentage * 10).rounded() / 10) (\(correct)/\(total))"
        }
    }

    /// The documents, in order.
    package let documents: [GoldDocument]

    /// Builds the documents from `sentences`, `perDocument` at a time.
    package init(sentences: [TreebankSentence], perDocument: Int = 20) {
        precondition(perDocument > 0, "documents need at least one sentence")
        var documents: [GoldDocument] = []
        var start = 0
        while start < sentences.count {
            let chunk = sentences[start..<min(start + perDocument, sentences.count)]
            var body: [UInt16] = []
            var tokens: [Span] = []
            var tagged: [TaggedToken] = []
            var spans: [Span] = []
            for sentence in chunk {
                if !body.isEmpty { body.append(0x20) }
                let base = body.count
                let text = Array(sentence.text.utf16)
                body.append(contentsOf: text)
                var position = 0
                for (index, token) in sentence.tokens.enumerated() {
                    guard let found = Self.find(Array(token.utf16), in: text, from: position) else { break }
                    let span = Span(start: base + found, end: base + found + token.utf16.count)
                    tokens.append(span)
                    if index < sentence.partsOfSpeech.count, let tag = sentence.partsOfSpeech[index],
                        index < sentence.lemmas.count, let lemma = sentence.lemmas[index]
                    {
                        tagged.append(TaggedToken(span: span, partOfSpeech: tag, lemma: lemma))
                    }
                    position = found + token.utf16.count
                }
                spans.append(Self.trimmed(Span(start: base, end: base + text.count), body))
            }
            documents.append(
                GoldDocument(
                    id: "ud_" + String(repeating: "0", count: max(0, 5 - String(documents.count).count))
                        + String(documents.count),
                    text: String(decoding: body, as: UTF16.self), tokens: tokens, sentences: spans, tagged: tagged))
            start += perDocument
        }
        self.documents = documents
    }

    /// Runs `pipeline` over the documents and scores its `tokens` and `sentences` layers.
    package func evaluate(_ pipeline: Pipeline) throws -> Result {
        var tokenScore = Score(truePositives: 0, predicted: 0, gold: 0)
        var sentenceScore = tokenScore
        var partsOfSpeech: Accuracy?
        var lemmas: Accuracy?
        for gold in documents {
            let document = try pipeline.analyze(Document(id: gold.id, text: gold.text))
            let predictedTokens = Set(document.tokens.map(\.span))
            let predictedSentences = Set(document.sentences.map { Self.trimmed($0.span, document.utf16) })
            tokenScore = tokenScore + Self.score(predictedTokens, gold.tokens)
            sentenceScore = sentenceScore + Self.score(predictedSentences, gold.sentences)
            if let morphology = document[MorphologyLayer.self], morphology.count == document.tokens.count {
                var bySpan: [Span: TokenMorphology] = [:]
                for (token, analysis) in zip(document.tokens, morphology) { bySpan[token.span] = analysis }
                var tags = partsOfSpeech ?? Accuracy(correct: 0, total: 0)
                var lemmaCount = lemmas ?? Accuracy(correct: 0, total: 0)
                for token in gold.tagged {
                    tags.total += 1
                    lemmaCount.total += 1
                    guard let predicted = bySpan[token.span] else { continue }
                    if predicted.partOfSpeech.tag == token.partOfSpeech { tags.correct += 1 }
                    if predicted.lemma == token.lemma { lemmaCount.correct += 1 }
                }
                partsOfSpeech = tags
                lemmas = lemmaCount
            }
        }
        return Result(tokens: tokenScore, sentences: sentenceScore, partsOfSpeech: partsOfSpeech, lemmas: lemmas)
    }

    private static func score(_ predicted: Set<Span>, _ gold: [Span]) -> Score {
        let goldSet = Set(gold)
        return Score(
            truePositives: goldSet.intersection(predicted).count, predicted: predicted.count, gold: goldSet.count)
    }

    private static func find(_ needle: [UInt16], in haystack: [UInt16], from start: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty ? start : nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func trimmed(_ span: Span, _ units: [UInt16]) -> Span {
        var start = span.start
        var end = span.end
        while start < end, units[start] == 0x20 || units[start] == 0x09 || units[start] == 0x0A { start += 1 }
        while end > start, units[end - 1] == 0x20 || units[end - 1] == 0x09 || units[end - 1] == 0x0A { end -= 1 }
        return Span(start: start, end: end)
    }
}
