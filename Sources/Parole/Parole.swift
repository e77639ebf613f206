@_exported import ParoleCore
@_exported import ParoleDates
@_exported import ParoleEntities
@_exported import ParoleQuotes

extension StageRegistry {
    /// Every built-in stage, registered in pipeline order:
    /// `tokenize`, `sentences`, `entities`, `dates`, `quotes`.
    ///
    /// Copy it and register your own stages to extend it:
    ///
    /// ```swift
    /// var registry = StageRegistry.standard
    /// registry.register("money") { MoneyStage() }
    /// ```
    public static var standard: StageRegistry {
        var registry = StageRegistry.core
        registry.register(EntityStage.defaultName) { try EntityStage() }
        registry.register(DateStage.defaultName) { try DateStage() }
        registry.register(QuoteStage.defaultName) { try QuoteStage() }
        return registry
    }

    /// The names of the standard pipeline, in order.
    public static var standardPipeline: [String] { standard.names }
}
