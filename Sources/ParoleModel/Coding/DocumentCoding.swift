/// A document codes as the JSON object of the output contract (`spec/output.md`): `id`,
/// `text`, `meta`, then `sentences`, `tokens` (with `upos` and `lemma` when the
/// `morphology` layer is there), `entities` and `clusters`, `dates`, `quotes`, and every
/// other layer whose content is `Encodable`, under its name. Offsets are Unicode scalar
/// offsets into `text`, in the built-in layers and in the others (see ``Span``'s coding).
///
/// Decoding rebuilds what the JSON leaves implicit: each sentence's token range, each
/// cluster's aliases, a speaker's role span (the JSON gives its text: the occurrence inside
/// the speaker's words wins, else one next to a mention of the speaker's cluster, else one
/// inside its canonical name, else the nearest before the speaker). A layer that is not built in is decoded only when its type is registered
/// (see `DocumentJSONReader.register(_:)`); the others are skipped. The metadata's
/// ``DocumentMetadata/source``, ``DocumentMetadata/line`` and
/// ``DocumentMetadata/jsonFields`` are not part of the JSON.
extension Document: Codable {
    /// Writes the document as the output contract's JSON object.
    public func encode(to encoder: any Encoder) throws {
        let offsets = ScalarOffsets(utf16)
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encode(id, forKey: "id")
        try container.encode(text, forKey: "text")
        var meta = container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: "meta")
        try meta.encode(metadata.date?.description, forKey: "date")
        for (name, value) in metadata.fields.sorted(by: { $0.key < $1.key }) where name != "date" {
            try meta.encode(value, forKey: AnyCodingKey(name))
        }
        let records = RecordWriter(document: self, offsets: offsets)
        if let sentences = self[SentenceLayer.self] {
            try container.encode(sentences.map { records.span($0.span) }, forKey: "sentences")
        }
        if let tokens = self[TokenLayer.self] { try container.encode(records.tokens(tokens), forKey: "tokens") }
        if let entities = self[EntityLayer.self] {
            try container.encode(entities.map(records.entity), forKey: "entities")
            if let clusters = self[EntityClusterLayer.self] {
                try container.encode(clusters.enumerated().map(records.cluster), forKey: "clusters")
            }
        }
        if let dates = self[DateLayer.self] { try container.encode(dates.map(records.date), forKey: "dates") }
        if let quotes = self[QuoteLayer.self] { try container.encode(quotes.map(records.quote), forKey: "quotes") }
        let builtIn = Set(Self.builtInLayers).union(Self.unwrittenLayers)
        try ScalarOffsets.$documentCoding.withValue(offsets) {
            for name in layerNames where !builtIn.contains(name) {
                guard let value = layerContent(name) as? any Encodable else { continue }
                try container.encode(value, forKey: AnyCodingKey(name.rawValue))
            }
        }
    }

    /// Reads a document from the output contract's JSON object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        var metadata = DocumentMetadata()
        if container.contains("meta") {
            let meta = try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: "meta")
            for key in meta.allKeys {
                if key.stringValue == "date" {
                    metadata.date = try meta.decodeIfPresent(ReferenceDate.self, forKey: key)
                } else if let value = try? meta.decode(String.self, forKey: key) {
                    metadata.fields[key.stringValue] = value
                }
            }
        }
        var document = Document(
            id: try container.decode(String.self, forKey: "id"),
            text: try container.decode(String.self, forKey: "text"),
            metadata: metadata)
        var reader = RecordReader(document: document, path: container.codingPath)
        if let records = try container.decodeIfPresent([TokenRecord].self, forKey: "tokens") {
            document.tokens = TokenList(try records.map(reader.token))
            if !records.isEmpty, records.allSatisfy({ $0.upos != nil && $0.lemma != nil }) {
                document.morphology = records.map { TokenMorphology(partOfSpeech: $0.upos!, lemma: $0.lemma!) }
            }
            reader.tokens = document.tokens
        }
        if let records = try container.decodeIfPresent([SpanRecord].self, forKey: "sentences") {
            document.sentences = try records.map(reader.sentence)
        }
        if let records = try container.decodeIfPresent([EntityRecord].self, forKey: "entities") {
            document.entities = try records.map(reader.entity)
        }
        if let records = try container.decodeIfPresent([ClusterRecord].self, forKey: "clusters") {
            document.entityClusters = records.map { reader.cluster($0, entities: document.entities) }
        }
        if let records = try container.decodeIfPresent([DateRecord].self, forKey: "dates") {
            document.dates = try records.map(reader.date)
        }
        if let records = try container.decodeIfPresent([QuoteRecord].self, forKey: "quotes") {
            document.quotes = try records.map { try reader.quote($0, entities: document.entities) }
        }
        if let rules = try container.decodeIfPresent([String: [String]].self, forKey: "rules") {
            document[RuleLayer.self] = rules
        }
        try Self.decodeRegisteredLayers(container, types: decoder.userInfo[.layerTypes], into: &document)
        self = document
    }

    /// Decodes the layers of `container` whose names `types` (a ``LayerTypes``) registers.
    private static func decodeRegisteredLayers(
        _ container: KeyedDecodingContainer<AnyCodingKey>, types: Any?, into document: inout Document
    ) throws {
        guard let types = types as? LayerTypes, !types.decoders.isEmpty else { return }
        let offsets = ScalarOffsets(document.utf16)
        try ScalarOffsets.$documentCoding.withValue(offsets) {
            for key in container.allKeys {
                guard let decode = types.decoders[LayerName(key.stringValue)] else { continue }
                document.setLayerContent(try decode(container, key), named: LayerName(key.stringValue))
            }
        }
    }
}

/// Turns annotations into records, offsets in Unicode scalars.
private struct RecordWriter {
    let document: Document
    let offsets: ScalarOffsets

    func span(_ span: Span) -> SpanRecord {
        SpanRecord(start: offsets.scalarOffset(span.start), end: offsets.scalarOffset(span.end))
    }

    func text(_ span: Span) -> String { document.text(of: span) }

    func tokens(_ tokens: TokenList) -> [TokenRecord] {
        let morphology = document[MorphologyLayer.self].flatMap { $0.count == tokens.count ? $0 : nil }
        return tokens.enumerated().map { index, token in
            let span = span(token.span)
            return TokenRecord(
                start: span.start, end: span.end, text: text(token.span), norm: token.norm, kind: token.kind,
                upos: morphology?[index].partOfSpeech, lemma: morphology?[index].lemma)
        }
    }

    func entity(_ entity: Entity) -> EntityRecord {
        let span = span(entity.span)
        return EntityRecord(
            start: span.start, end: span.end, text: text(entity.span), label: entity.label,
            canonical: entity.canonical, cluster: entity.cluster)
    }

    func cluster(_ id: Int, _ cluster: EntityCluster) -> ClusterRecord {
        ClusterRecord(
            id: id, canonical: cluster.canonical, label: cluster.label, gender: cluster.gender?.outputName,
            mentions: cluster.mentions)
    }

    func date(_ date: TemporalExpression) -> DateRecord {
        let span = span(date.span)
        return DateRecord(
            start: span.start, end: span.end, text: text(date.span), type: date.kind, value: date.value,
            interval: date.interval.map { [$0.lowerBound, $0.upperBound] },
            anchor: date.anchor == .none ? nil : date.anchor)
    }

    func quote(_ quote: Quote) -> QuoteRecord {
        let span = span(quote.span)
        return QuoteRecord(
            start: span.start, end: span.end, text: text(quote.span), type: quote.kind,
            speaker: quote.speaker.map(speaker), cue: quote.cue.map(cue), date: quote.date, parent: quote.parent)
    }

    func speaker(_ speaker: Quote.Speaker) -> SpeakerRecord {
        let span = span(speaker.span)
        return SpeakerRecord(
            start: span.start, end: span.end, text: text(speaker.span), canonical: speaker.canonical,
            kind: speaker.kind, cluster: speaker.cluster, gender: speaker.gender?.outputName,
            role: speaker.role.map(text))
    }

    func cue(_ cue: Quote.Cue) -> CueRecord {
        let span = span(cue.span)
        return CueRecord(start: span.start, end: span.end, text: text(cue.span), lemma: cue.lemma)
    }
}

/// Turns records back into annotations, offsets in UTF-16 code units.
private struct RecordReader {
    let document: Document
    let offsets: ScalarOffsets
    let path: [any CodingKey]
    /// The decoded tokens, for the sentences' token ranges.
    var tokens = TokenList()
    /// The occurrences of roles and names, for the speakers' roles.
    private let occurrences = OccurrenceCache()

    init(document: Document, path: [any CodingKey]) {
        self.document = document
        self.offsets = ScalarOffsets(document.utf16)
        self.path = path
    }

    func span(_ start: Int, _ end: Int) throws -> Span {
        guard let span = offsets.span(scalarStart: start, end: end) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: path, debugDescription: "\(start)..<\(end) is not a span of the text")
            )
        }
        return span
    }

    func token(_ record: TokenRecord) throws -> Token {
        Token(span: try span(record.start, record.end), kind: record.kind, norm: record.norm)
    }

    /// A sentence with the range of the tokens that start inside it.
    func sentence(_ record: SpanRecord) throws -> Sentence {
        let span = try span(record.start, record.end)
        return Sentence(span: span, tokens: firstToken(from: span.start)..<firstToken(from: span.end))
    }

    /// The index of the first token starting at or after `offset`.
    private func firstToken(from offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens.span(at: middle).start >= offset { high = middle } else { low = middle + 1 }
        }
        return low
    }

    func entity(_ record: EntityRecord) throws -> Entity {
        Entity(
            span: try span(record.start, record.end), label: record.label, canonical: record.canonical,
            cluster: record.cluster)
    }

    /// A cluster, its aliases being the distinct texts of its mentions, canonical first.
    func cluster(_ record: ClusterRecord, entities: [Entity]) -> EntityCluster {
        var aliases = [record.canonical]
        var seen: Set<String> = [record.canonical]
        for mention in record.mentions.sorted() where entities.indices.contains(mention) {
            let text = document.text(of: entities[mention].span)
            if seen.insert(text).inserted { aliases.append(text) }
        }
        return EntityCluster(
            label: record.label, canonical: record.canonical, aliases: aliases,
            gender: record.gender.flatMap(Gender.init(outputName:)), mentions: record.mentions)
    }

    func date(_ record: DateRecord) throws -> TemporalExpression {
        var interval: ClosedRange<String>?
        if let bounds = record.interval, bounds.count == 2, bounds[0] <= bounds[1] { interval = bounds[0]...bounds[1] }
        return TemporalExpression(
            span: try span(record.start, record.end), kind: record.type, value: record.value, interval: interval,
            anchor: record.anchor ?? .none)
    }

    /// A quote; `entities` are the document's, for the speaker's role.
    func quote(_ record: QuoteRecord, entities: [Entity]) throws -> Quote {
        var speaker: Quote.Speaker?
        if let record = record.speaker {
            let span = try span(record.start, record.end)
            speaker = Quote.Speaker(
                span: span, canonical: record.canonical, cluster: record.cluster, kind: record.kind,
                gender: record.gender.flatMap(Gender.init(outputName:)),
                role: nil)
            if let role = record.role, let found = speaker {
                speaker?.role = document.roleSpan(of: role, for: found, entities: entities, cache: occurrences)
            }
        }
        let cue = try record.cue.map { Quote.Cue(span: try span($0.start, $0.end), lemma: $0.lemma) }
        return Quote(
            span: try span(record.start, record.end), kind: record.type, speaker: speaker, cue: cue, date: record.date,
            parent: record.parent)
    }
}

extension Document {
    /// The span of a speaker's role, from the role's text: the JSON gives the text only.
    ///
    /// The stages take a role from the speaker's own words, from an apposition next to a
    /// mention of the speaker's cluster, or from the description a pronoun refers to; so
    /// among the occurrences of the text, the first found of these wins: one inside the
    /// speaker's words, one next to a mention of its cluster, one inside an occurrence of its
    /// canonical name, any; and among equals, the nearest before the speaker, else after it.
    fileprivate func roleSpan(
        of role: String, for speaker: Quote.Speaker, entities: [Entity], cache: OccurrenceCache
    ) -> Span? {
        let occurrences = cache.occurrences(of: role, in: self)
        let mentions = speaker.cluster.map { cluster in entities.filter { $0.cluster == cluster }.map(\.span) } ?? []
        let named = speaker.canonical.map { cache.occurrences(of: $0, in: self) } ?? []
        func rank(_ span: Span) -> Int {
            if speaker.span.contains(span) { return 0 }
            if mentions.contains(where: { $0.start - span.end <= 40 && span.start - $0.end <= 40 }) { return 1 }
            if named.contains(where: { $0.contains(span) }) { return 2 }
            return 3
        }
        func distance(_ span: Span) -> (Int, Int) {
            span.start < speaker.span.start
                ? (0, speaker.span.start - span.start) : (1, span.start - speaker.span.start)
        }
        return occurrences.min { lhs, rhs in
            let (left, right) = (rank(lhs), rank(rhs))
            return left != right ? left < right : distance(lhs) < distance(rhs)
        }
    }

    /// Every occurrence of `pattern` in the text, in order.
    fileprivate func occurrences(of pattern: [UInt16]) -> [Span] {
        guard let first = pattern.first, pattern.count <= utf16.count else { return [] }
        var found: [Span] = []
        for start in 0...(utf16.count - pattern.count) where utf16[start] == first {
            if utf16[start..<start + pattern.count].elementsEqual(pattern) {
                found.append(Span(start: start, end: start + pattern.count))
            }
        }
        return found
    }
}

/// The occurrences of each string looked for in one document, so that a text is scanned
/// once per distinct role or name, not once per quote.
private final class OccurrenceCache {
    private var found: [String: [Span]] = [:]

    func occurrences(of text: String, in document: Document) -> [Span] {
        if let spans = found[text] { return spans }
        let spans = document.occurrences(of: Array(text.utf16))
        found[text] = spans
        return spans
    }
}

/// The decoders of the layers a `DocumentJSONReader` knows beyond the built-in ones.
package struct LayerTypes: Sendable {
    /// Decodes the content of one layer from the document object.
    package typealias Decode = @Sendable (KeyedDecodingContainer<AnyCodingKey>, AnyCodingKey) throws -> any Sendable
    /// One decoder per layer name.
    package var decoders: [LayerName: Decode] = [:]

    /// No decoder.
    package init() {}
}

extension CodingUserInfoKey {
    /// The registered layer types of a `DocumentJSONReader`, for ``Document``'s decoding.
    package static let layerTypes = CodingUserInfoKey(rawValue: "parole.layerTypes")!
}

extension Document {
    /// The built-in layers of the output contract, in the order they are written.
    package static let builtInLayers: [LayerName] = [
        SentenceLayer.name, TokenLayer.name, EntityLayer.name, DateLayer.name, QuoteLayer.name,
    ]

    /// Layers never written: internal bookkeeping of the built-in stages.
    /// (`morphology` is written inside `tokens`, as `upos` and `lemma`.)
    package static let unwrittenLayers: Set<LayerName> = [EntityClusterLayer.name, MorphologyLayer.name]
}

extension Gender {
    /// The gender as the output contract writes it: `male` or `female`.
    package var outputName: String {
        switch self {
        case .masculine: "male"
        case .feminine: "female"
        }
    }
}
