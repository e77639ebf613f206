import Foundation

/// Reads the JSON that ``DocumentJSONWriter`` writes (`parole analyze --format json` or one
/// line of `--format jsonl`) back into a `Document` equal to the one written.
///
/// Offsets in the JSON are Unicode scalar offsets; the document's spans are UTF-16 offsets
/// again. Built-in layers are always read. A layer of your own is read when its key is
/// registered, its content decoded with its `Decodable` conformance (spans inside it in
/// scalar offsets, as the writer wrote them); other unknown fields are skipped.
///
/// ```swift
/// var reader = DocumentJSONReader()
/// reader.register(MoneyLayer.self)
/// let line = try DocumentJSONWriter().encode(document)
/// let copy = try reader.document(from: Data(line))
/// assert(copy == document)
/// ```
public struct DocumentJSONReader: Sendable {
    private var layerTypes = LayerTypes()

    /// Creates a reader that knows the built-in layers.
    public init() {}

    /// Reads the layer of `key` too, decoding its content as `Key.Value`.
    public mutating func register<Key: LayerKey>(_ key: Key.Type) where Key.Value: Decodable {
        register(Key.Value.self, forLayer: Key.name)
    }

    /// Reads the layer named `name` too, decoding its content as `type`.
    public mutating func register<Value: Decodable & Sendable>(_ type: Value.Type, forLayer name: LayerName) {
        layerTypes.decoders[name] = { container, key in try container.decode(Value.self, forKey: key) }
    }

    /// A copy of this reader that also reads the layer of `key`.
    public func registering<Key: LayerKey>(_ key: Key.Type) -> DocumentJSONReader where Key.Value: Decodable {
        var reader = self
        reader.register(key)
        return reader
    }

    /// The names of the layers registered beyond the built-in ones, sorted.
    package var registeredLayers: [LayerName] { layerTypes.decoders.keys.sorted() }

    /// Reads one document from a JSON object.
    public func document(from data: Data) throws -> Document {
        let decoder = JSONDecoder()
        decoder.userInfo[.layerTypes] = layerTypes
        return try decoder.decode(Document.self, from: data)
    }

    /// Reads one document from one line of JSON lines output (a JSON object).
    public func document(fromLine line: some StringProtocol) throws -> Document {
        try document(from: Data(line.utf8))
    }

    /// Reads every document of JSON lines output, skipping blank lines.
    public func documents(fromJSONLines data: Data) throws -> [Document] {
        try data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } ? nil : try document(from: Data(line))
        }
    }
}
