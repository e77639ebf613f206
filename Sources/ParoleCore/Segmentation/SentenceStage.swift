/// The `sentences` stage: adds the `sentences` layer with ``SentenceSplitter``.
public struct SentenceStage: Stage {
    /// `sentences`.
    public static let defaultName = "sentences"

    /// The splitter the stage runs.
    public let splitter: SentenceSplitter

    /// The stage's name.
    public var name: String { Self.defaultName }
    /// `tokens`: abbreviations and quotation marks decide boundaries.
    public var requiredLayers: [LayerName] { [TokenLayer.name] }
    /// `sentences`.
    public var producedLayers: [LayerName] { [SentenceLayer.name] }

    /// Creates the stage with `splitter`, or one with the shipped French rules.
    public init(splitter: SentenceSplitter? = nil) throws {
        self.splitter = try splitter ?? SentenceSplitter()
    }

    /// Adds the sentences of `document`.
    public func process(_ document: inout Document) throws {
        document.sentences = try splitter.split(document.utf16, tokens: document.tokens)
    }
}
