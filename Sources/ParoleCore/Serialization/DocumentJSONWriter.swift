import Foundation

/// Writes documents as the JSON of the output contract (`spec/output.md`).
///
/// One object per document: `id`, `text`, `meta`, then one array per layer
/// present (`sentences`, `tokens`, `entities` followed by their `clusters`, `dates`,
/// `quotes`, then any user-defined layer whose value is `Encodable`, under its name).
/// Offsets are Unicode scalar offsets into `text`. Layers that are absent are left out.
/// Each entity names its `cluster`; each quote's speaker has a `kind`, `cluster`,
/// `gender` (`male`, `female` or `null`) and `role`; each quote has a `date` and, when a
/// quote holds it, a `parent`.
public struct DocumentJSONWriter: Sendable {
    /// The built-in layers, in the order they are written (`Document.builtInLayers`).
    package static let builtInLayers: [LayerName] = Document.builtInLayers

    /// Layers never written (`Document.unwrittenLayers`).
    package static let unwrittenLayers: Set<LayerName> = Document.unwrittenLayers

    /// Creates a writer.
    public init() {}

    /// The document as one line of UTF-8 JSON, without a line break.
    public func encode(_ document: Document) throws -> [UInt8] {
        var out = JSONBuffer(capacity: min(document.utf16.count * 12 + 256, 1 << 20))
        try write(document, &out)
        return out.bytes
    }

    /// Writes the document as one line of UTF-8 JSON, without a line break, handing
    /// it to `sink` in chunks of about 64 KiB: memory stays small for a long document.
    public func write(_ document: Document, to sink: @escaping (UnsafeRawBufferPointer) -> Void) throws {
        var out = JSONBuffer(chunkSize: 1 << 16, sink: sink)
        try write(document, &out)
        out.finish()
    }

    private func write(_ document: Document, _ out: inout JSONBuffer) throws {
        let offsets = ScalarOffsets(document.utf16)
        out.byte(0x7B)
        out.key("id")
        out.string(document.id)
        out.nextKey("text")
        out.string(document.text)
        out.nextKey("meta")
        writeMeta(document.metadata, &out)
        if let sentences = document[SentenceLayer.self] {
            out.nextKey("sentences")
            writeArray(sentences, &out) { sentence, out in writeSpan(sentence.span, offsets, &out) }
        }
        if let tokens = document[TokenLayer.self] {
            writeTokens(tokens, document, offsets, &out)
        }
        if let entities = document[EntityLayer.self] {
            writeEntities(entities, document, offsets, &out)
        }
        if let dates = document[DateLayer.self] {
            writeDates(dates, document, offsets, &out)
        }
        if let quotes = document[QuoteLayer.self] {
            writeQuotes(quotes, document, offsets, &out)
        }
        try writeUserLayers(document, offsets, &out)
        out.byte(0x7D)
    }

    /// The `tokens` array, with `upos` and `lemma` when the morphology layer matches it.
    private func writeTokens(
        _ tokens: TokenList, _ document: Document, _ offsets: ScalarOffsets, _ out: inout JSONBuffer
    ) {
        let morphology = document[MorphologyLayer.self].flatMap { $0.count == tokens.count ? $0 : nil }
        var index = 0
        out.nextKey("tokens")
        writeArray(tokens, &out) { token, out in
            writeSpan(token.span, offsets, &out)
            out.nextKey("text")
            out.string(utf16: document.utf16[token.span.start..<token.span.end])
            out.nextKey("norm")
            out.string(token.norm)
            out.nextKey("kind")
            out.string(token.kind.rawValue)
            if let morphology {
                out.nextKey("upos")
                out.string(morphology[index].partOfSpeech.tag)
                out.nextKey("lemma")
                out.string(morphology[index].lemma)
            }
            index += 1
        }
    }

    /// The `entities` array, then `clusters` when the document has them.
    private func writeEntities(
        _ entities: [Entity], _ document: Document, _ offsets: ScalarOffsets, _ out: inout JSONBuffer
    ) {
        out.nextKey("entities")
        writeArray(entities, &out) { entity, out in
            writeSpan(entity.span, offsets, &out)
            out.nextKey("text")
            out.string(document.text(of: entity.span))
            out.nextKey("label")
            out.string(entity.label.rawValue)
            out.nextKey("canonical")
            out.string(entity.canonical)
            out.nextKey("cluster")
            out.int(orNull: entity.cluster)
        }
        if let clusters = document[EntityClusterLayer.self] {
            out.nextKey("clusters")
            writeClusters(clusters, &out)
        }
    }

    /// The `dates` array: each expression's TIMEX3 type and value, its interval and anchor.
    private func writeDates(
        _ dates: [TemporalExpression], _ document: Document, _ offsets: ScalarOffsets,
        _ out: inout JSONBuffer
    ) {
        out.nextKey("dates")
        writeArray(dates, &out) { date, out in
            writeSpan(date.span, offsets, &out)
            out.nextKey("text")
            out.string(document.text(of: date.span))
            out.nextKey("type")
            out.string(date.kind.rawValue)
            out.nextKey("value")
            out.string(date.value)
            if let interval = date.interval {
                out.nextKey("interval")
                out.raw("[")
                out.string(interval.lowerBound)
                out.raw(",")
                out.string(interval.upperBound)
                out.raw("]")
            }
            if date.anchor != .none {
                out.nextKey("anchor")
                out.string(date.anchor.rawValue)
            }
        }
    }

    /// The `quotes` array: each quote's type, speaker, cue, date and parent.
    private func writeQuotes(
        _ quotes: [Quote], _ document: Document, _ offsets: ScalarOffsets, _ out: inout JSONBuffer
    ) {
        out.nextKey("quotes")
        writeArray(quotes, &out) { quote, out in
            writeSpan(quote.span, offsets, &out)
            out.nextKey("text")
            out.string(document.text(of: quote.span))
            out.nextKey("type")
            out.string(quote.kind.rawValue)
            out.nextKey("speaker")
            if let speaker = quote.speaker {
                out.byte(0x7B)
                writeSpan(speaker.span, offsets, &out)
                out.nextKey("text")
                out.string(document.text(of: speaker.span))
                out.nextKey("canonical")
                out.string(orNull: speaker.canonical)
                writeIdentity(of: speaker, document, &out)
                out.byte(0x7D)
            } else {
                out.raw("null")
            }
            out.nextKey("cue")
            if let cue = quote.cue {
                out.byte(0x7B)
                writeSpan(cue.span, offsets, &out)
                out.nextKey("text")
                out.string(document.text(of: cue.span))
                out.nextKey("lemma")
                out.string(cue.lemma)
                out.byte(0x7D)
            } else {
                out.raw("null")
            }
            out.nextKey("date")
            out.string(orNull: quote.date)
            if let parent = quote.parent {
                out.nextKey("parent")
                out.int(parent)
            }
        }
    }

    /// The document as one line of JSON text.
    public func string(_ document: Document) throws -> String {
        String(decoding: try encode(document), as: UTF8.self)
    }

    /// The `clusters` array: one object per named thing, its mentions indexing `entities`.
    private func writeClusters(_ clusters: [EntityCluster], _ out: inout JSONBuffer) {
        out.byte(0x5B)
        for (id, cluster) in clusters.enumerated() {
            if id > 0 { out.byte(0x2C) }
            out.byte(0x7B)
            out.key("id")
            out.int(id)
            out.nextKey("canonical")
            out.string(cluster.canonical)
            out.nextKey("label")
            out.string(cluster.label.rawValue)
            out.nextKey("gender")
            out.string(orNull: cluster.gender?.outputName)
            out.nextKey("mentions")
            out.byte(0x5B)
            for (position, mention) in cluster.mentions.enumerated() {
                if position > 0 { out.byte(0x2C) }
                out.int(mention)
            }
            out.byte(0x5D)
            out.byte(0x7D)
            out.flushIfFull()
        }
        out.byte(0x5D)
    }

    /// The speaker's `kind`, `cluster`, `gender` and `role`, after a comma.
    private func writeIdentity(of speaker: Quote.Speaker, _ document: Document, _ out: inout JSONBuffer) {
        out.nextKey("kind")
        out.string(orNull: speaker.kind?.rawValue)
        out.nextKey("cluster")
        out.int(orNull: speaker.cluster)
        out.nextKey("gender")
        out.string(orNull: speaker.gender?.outputName)
        out.nextKey("role")
        out.string(orNull: speaker.role.map { document.text(of: $0) })
    }

    private func writeMeta(_ metadata: DocumentMetadata, _ out: inout JSONBuffer) {
        out.byte(0x7B)
        out.key("date")
        out.string(orNull: metadata.date?.description)
        for (name, value) in metadata.fields.sorted(by: { $0.key < $1.key }) where name != "date" {
            out.raw(",")
            out.string(name)
            out.raw(":")
            out.string(value)
        }
        out.byte(0x7D)
    }

    private func writeArray<Elements: Sequence>(
        _ elements: Elements, _ out: inout JSONBuffer, _ body: (Elements.Element, inout JSONBuffer) -> Void
    ) {
        out.byte(0x5B)
        for (index, element) in elements.enumerated() {
            if index > 0 { out.byte(0x2C) }
            out.byte(0x7B)
            body(element, &out)
            out.byte(0x7D)
            out.flushIfFull()
        }
        out.byte(0x5D)
    }

    private func writeSpan(_ span: Span, _ offsets: ScalarOffsets, _ out: inout JSONBuffer) {
        out.key("start")
        out.int(offsets.scalarOffset(span.start))
        out.nextKey("end")
        out.int(offsets.scalarOffset(span.end))
    }

    private func writeUserLayers(_ document: Document, _ offsets: ScalarOffsets, _ out: inout JSONBuffer) throws {
        let builtIn = Set(Self.builtInLayers).union(Self.unwrittenLayers)
        var encoder: JSONEncoder?
        for name in document.layerNames where !builtIn.contains(name) {
            guard let value = document.layerContent(name) as? any Encodable else { continue }
            if encoder == nil {
                let made = JSONEncoder()
                made.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                made.userInfo[.scalarOffsets] = offsets
                encoder = made
            }
            out.raw(",")
            out.string(name.rawValue)
            out.raw(":")
            out.bytes(try encoder!.encode(value))
        }
    }
}

extension JSONBuffer {
    fileprivate mutating func bytes(_ data: Data) { data.withUnsafeBytes { append($0) } }
}
