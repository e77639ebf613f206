@_exported import ParoleCore
@_exported import ParoleDates
@_exported import ParoleEntities
@_exported import ParoleQuotes
@_exported import ParoleText

extension StageRegistry {
    /// Every built-in stage, registered in pipeline order:
    /// `tokenize`, `sentences`, `morphology`, `entities`, `dates`, `quotes`.
    ///
    /// Options (see `StageRegistry.options(of:)`): `sentences.locale`, `sentences.model`,
    /// `dates.year`, `dates.references`, `quotes.speaker-ranker`.
    ///
    /// Copy it and register your own stages to extend it:
    ///
    /// ```swift
    /// var registry = StageRegistry.standard
    /// registry.register("money") { MoneyStage() }
    /// ```
    public static var standard: StageRegistry {
        var registry = StageRegistry.core
        registry.register(MorphologyStage.defaultName) { try MorphologyStage() }
        registry.register(EntityStage.defaultName, options: EntityStage.options) { try EntityStage(options: $0) }
        registry.register(DateStage.defaultName, options: DateStage.options) { try DateStage(options: $0) }
        registry.register(QuoteStage.defaultName, options: QuoteStage.options) { try QuoteStage(options: $0) }
        return registry
    }

    /// The names of the standard pipeline, in order: every standard stage except the
    /// opt-in ones (``optionalStages``), which `--stages` adds.
    public static var standardPipeline: [String] { standard.names.filter { !optionalStages.contains($0) } }

    /// Standard stages left out of the default pipeline: `morphology` (parts of speech
    /// and lemmas), which no other standard stage reads yet.
    public static var optionalStages: Set<String> { [MorphologyStage.defaultName] }
}
