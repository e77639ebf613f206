import ParoleCore

/// The `sentences` stage: adds the `sentences` layer (ICU sentence rules, French
/// abbreviations and quotation marks, and a model for headings).
public struct SentenceStage: Stage {
    /// `sentences`.
    public static let defaultName = "sentences"

    /// The splitter the stage runs.
    package let splitter: SentenceSplitter

    /// The stage's name.
    public var name: String { Self.defaultName }
    /// `tokens`: abbreviations and quotation marks decide boundaries.
    public var requiredLayers: [LayerName] { [TokenLayer.name] }
    /// `sentences`.
    public var producedLayers: [LayerName] { [SentenceLayer.name] }

    /// Creates the stage with the shipped French rules.
    public init() throws {
        try self.init(splitter: nil)
    }

    /// Creates the stage with `splitter`, or one with the shipped French rules.
    package init(splitter: SentenceSplitter?) throws {
        self.splitter = try splitter ?? SentenceSplitter()
    }

    /// The options of the registered stage: `locale` (the ICU locale of the sentence
    /// rules, default `fr`) and `model` (`on` by default: the heading model judges
    /// capitalised words after unpunctuated text; `off`: they never start a sentence).
    public static let options = [
        StageOption(
            "locale", .text("LOCALE"), summary: "ICU locale of the sentence rules (fr; fr@ss=standard…)"),
        StageOption("model", .flag, summary: "judge headings and title lines with the boundary model"),
    ]

    /// Creates the stage from registry options (see ``options``).
    public init(options: StageOptions) throws {
        let splitter = try SentenceSplitter(
            usesModel: try options.flag("model") ?? true, locale: options["locale"] ?? SentenceSplitter.defaultLocale)
        try self.init(splitter: splitter)
    }

    /// Adds the sentences of `document`.
    public func process(_ document: inout Document) throws {
        document.sentences = try splitter.split(document.utf16, tokens: document.tokens)
    }
}
