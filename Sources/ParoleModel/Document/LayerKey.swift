/// The name of an annotation layer, such as `tokens` or `entities`.
///
/// Stages declare the layers they need and make by name, so that a pipeline can
/// check its order before it runs. The JSON output uses the name as the key.
public struct LayerName: Hashable, Sendable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The name as written in stage declarations and in the JSON output.
    public let rawValue: String

    /// Creates a layer name.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Creates a layer name from a literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The raw name.
    public var description: String { rawValue }

    /// Orders names alphabetically.
    public static func < (lhs: LayerName, rhs: LayerName) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension LayerName {
    /// `lexical`: the look-up view the text stages derive from the tokens, left out of a
    /// document's equality and output.
    package static let lexical: LayerName = "lexical"
}

/// A typed key for one annotation layer of a ``Document``.
///
/// A layer key ties a ``LayerName`` to the Swift type of the layer's content,
/// so that reading a layer needs no casts and no string dictionaries:
///
/// ```swift
/// enum MoneyLayer: LayerKey {
///     typealias Value = [MoneyAmount]
///     static let name: LayerName = "money"
/// }
///
/// document[MoneyLayer.self] = amounts
/// let amounts = document[MoneyLayer.self] ?? []
/// ```
///
/// A layer whose `Value` is `Encodable` appears in the JSON output under its
/// name, with every ``Span`` inside written in Unicode scalar offsets; a
/// `DocumentJSONReader` reads it back when the key is registered
/// (`DocumentJSONReader.register(_:)`) and `Value` is `Decodable`.
///
/// The built-in layers are ``TokenLayer``, ``SentenceLayer``, ``EntityLayer``,
/// ``EntityClusterLayer``, ``DateLayer`` and ``QuoteLayer``.
public protocol LayerKey {
    /// What the layer holds, usually an array of annotations.
    associatedtype Value: Sendable
    /// The layer's name, unique within a pipeline.
    static var name: LayerName { get }
}
