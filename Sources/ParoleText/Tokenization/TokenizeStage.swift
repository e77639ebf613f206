import ParoleCore

/// The `tokenize` stage: adds the `tokens` layer with the French tokenizer.
public struct TokenizeStage: Stage {
    /// `tokenize`.
    public static let defaultName = "tokenize"

    /// The tokenizer the stage runs.
    package let tokenizer: FrenchTokenizer

    /// The stage's name.
    public var name: String { Self.defaultName }
    /// Nothing: the stage reads the text only.
    public var requiredLayers: [LayerName] { [] }
    /// `tokens`.
    public var producedLayers: [LayerName] { [TokenLayer.name] }

    /// Creates the stage with the shipped French rules.
    public init() throws {
        try self.init(tokenizer: nil)
    }

    /// Creates the stage with `tokenizer`, or one with the shipped French rules.
    package init(tokenizer: FrenchTokenizer?) throws {
        self.tokenizer = try tokenizer ?? FrenchTokenizer()
    }

    /// Adds the tokens of `document`.
    public func process(_ document: inout Document) throws {
        document.tokens = try tokenizer.tokenize(document.utf16)
    }
}
