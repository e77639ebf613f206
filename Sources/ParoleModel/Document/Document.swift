/// A text with its metadata and the annotation layers that stages add to it.
///
/// ``text`` is the document body exactly as read. ``utf16`` holds the same text
/// as UTF-16 code units; every ``Span`` indexes into it. Layers are stored under
/// typed keys (see ``LayerKey``), and the built-in ones have properties:
///
/// ```swift
/// let pipeline = try StageRegistry.standard.pipeline(parsing: "tokenize,sentences,entities")
/// let document = try pipeline.analyze(Document(id: "a1", text: "M. Blinken est arrivé hier."))
/// for token in document.tokens { print(document.text(of: token.span)) }
/// ```
///
/// A document is `Codable` in the JSON of the output contract (see `DocumentJSONReader`)
/// and `Equatable` (see ``==(_:_:)``).
public struct Document: Sendable {
    /// An identifier, such as the file name without its extension.
    public let id: String
    /// The body of the document, exactly as read.
    public let text: String
    /// The body as UTF-16 code units, the unit of every ``Span``.
    public let utf16: [UInt16]
    /// The publication date and other fields that came with the text.
    public var metadata: DocumentMetadata

    private var layers: [LayerName: any Sendable] = [:] {
        didSet { spanIndexes = SpanIndexCache() }
    }
    /// Indexes over the layers' spans for navigation, made on first use and dropped
    /// whenever a layer changes.
    private(set) var spanIndexes: SpanIndexCache

    /// Creates a document with no annotations.
    public init(id: String, text: String, metadata: DocumentMetadata = DocumentMetadata()) {
        self.id = id
        self.text = text
        self.utf16 = text.utf16Units
        precondition(utf16.count < Int(Int32.max), "a document holds at most 2³¹ − 1 UTF-16 code units")
        self.metadata = metadata
        self.spanIndexes = SpanIndexCache()
    }

    /// Creates a document with no annotations and a reference date.
    public init(id: String, text: String, date: ReferenceDate?) {
        self.init(id: id, text: text, metadata: DocumentMetadata(date: date))
    }

    /// The content of the layer `key`, or `nil` when no stage made it.
    public subscript<Key: LayerKey>(key: Key.Type) -> Key.Value? {
        get { layers[Key.name] as? Key.Value }
        set { layers[Key.name] = newValue }
    }

    /// Whether a layer of that name is present.
    public func hasLayer(_ name: LayerName) -> Bool { layers[name] != nil }

    /// The names of the layers present, sorted.
    public var layerNames: [LayerName] { layers.keys.sorted() }

    /// Removes the layer of that name.
    public mutating func removeLayer(_ name: LayerName) { layers[name] = nil }

    /// The raw content of the layer of that name, for code that works on any layer.
    package func layerContent(_ name: LayerName) -> (any Sendable)? { layers[name] }

    /// Sets the raw content of the layer of that name (the JSON reader's registered layers).
    mutating func setLayerContent(_ content: any Sendable, named name: LayerName) { layers[name] = content }

    /// The text covered by `span`.
    public func text(of span: Span) -> String {
        String(utf16Units: utf16[span.start..<span.end])
    }

    /// The text covered by an annotation.
    public func text(of annotation: some Spanned) -> String { text(of: annotation.span) }

    /// The length of the text in UTF-16 code units.
    package var length: Int { utf16.count }
}

extension Document: Equatable {
    /// The layers left out of equality: look-up caches derived from other layers.
    package static let derivedLayers: Set<LayerName> = [.lexical]

    /// Whether two documents have the same id, the same text (code unit for code unit),
    /// the same metadata and the same layers.
    ///
    /// Layers are compared with their `Equatable` conformance; a layer whose content is not
    /// `Equatable` counts as equal when both documents have it. ``derivedLayers`` are left out.
    public static func == (lhs: Document, rhs: Document) -> Bool {
        guard lhs.id == rhs.id, lhs.utf16 == rhs.utf16, lhs.metadata == rhs.metadata else { return false }
        let names = Set(lhs.layers.keys).union(rhs.layers.keys).subtracting(derivedLayers)
        for name in names {
            guard let left = lhs.layers[name], let right = rhs.layers[name] else { return false }
            if let left = left as? any Equatable, !left.isEqual(to: right) { return false }
        }
        return true
    }
}

extension Equatable {
    /// Whether `other` is a value of the same type equal to this one.
    fileprivate func isEqual(to other: Any) -> Bool { (other as? Self) == self }
}

extension Document {
    /// The reference date, or `nil` when the document carries none.
    public var date: ReferenceDate? {
        get { metadata.date }
        set { metadata.date = newValue }
    }

    /// The tokens, empty when the `tokenize` stage has not run.
    public var tokens: TokenList {
        get { self[TokenLayer.self] ?? TokenList() }
        set { self[TokenLayer.self] = newValue }
    }

    /// The sentences, empty when the `sentences` stage has not run.
    public var sentences: [Sentence] {
        get { self[SentenceLayer.self] ?? [] }
        set { self[SentenceLayer.self] = newValue }
    }

    /// The named entities, empty when the `entities` stage has not run.
    public var entities: [Entity] {
        get { self[EntityLayer.self] ?? [] }
        set { self[EntityLayer.self] = newValue }
    }

    /// The entity clusters (one per named thing), empty when `entities` has not run.
    public var entityClusters: [EntityCluster] {
        get { self[EntityClusterLayer.self] ?? [] }
        set { self[EntityClusterLayer.self] = newValue }
    }

    /// The temporal expressions, empty when the `dates` stage has not run.
    public var dates: [TemporalExpression] {
        get { self[DateLayer.self] ?? [] }
        set { self[DateLayer.self] = newValue }
    }

    /// The quotations, empty when the `quotes` stage has not run.
    public var quotes: [Quote] {
        get { self[QuoteLayer.self] ?? [] }
        set { self[QuoteLayer.self] = newValue }
    }
}
