/// Stages by name, so that a pipeline can be built from a list such as
/// `tokenize,sentences,entities,dates,quotes`.
///
/// Start from ``StageRegistry/standard`` (every built-in stage, declared in the
/// `Parole` module) or ``StageRegistry/core``, add your own, and build:
///
/// ```swift
/// var registry = StageRegistry.standard
/// registry.register("money") { MoneyStage() }
/// let pipeline = try registry.pipeline(parsing: "tokenize,money")
/// ```
public struct StageRegistry: Sendable {
    /// Makes a fresh stage.
    public typealias Factory = @Sendable () throws -> any Stage

    private var factories: [String: Factory] = [:]
    private var order: [String] = []

    /// An empty registry.
    public init() {}

    /// The registered names, in registration order.
    public var names: [String] { order }

    /// Registers `factory` under `name`, replacing an earlier registration of that name.
    public mutating func register(_ name: String, factory: @escaping Factory) {
        if factories.updateValue(factory, forKey: name) == nil { order.append(name) }
    }

    /// Whether a stage is registered under `name`.
    public func contains(_ name: String) -> Bool { factories[name] != nil }

    /// A new instance of the stage registered under `name`.
    public func makeStage(named name: String) throws -> any Stage {
        guard let factory = factories[name] else { throw PipelineError.unknownStage(name, known: order) }
        return try factory()
    }

    /// A checked pipeline of the stages registered under `names`, in that order.
    public func pipeline(named names: [String]) throws -> Pipeline {
        guard !names.isEmpty else { throw PipelineError.emptyPipeline }
        for name in names where factories[name] == nil {
            throw PipelineError.unknownStage(name, known: order)
        }
        return try Pipeline(stages: names.map { try makeStage(named: $0) })
    }

    /// A checked pipeline from a comma-separated list such as `tokenize,sentences`.
    public func pipeline(parsing list: String) throws -> Pipeline {
        let names = list.split(separator: ",").map { String($0.filter { !$0.isWhitespace }) }
            .filter { !$0.isEmpty }
        return try pipeline(named: names)
    }

    /// The stages of this module: `tokenize` and `sentences`.
    public static var core: StageRegistry {
        var registry = StageRegistry()
        registry.register(TokenizeStage.defaultName) { try TokenizeStage() }
        registry.register(SentenceStage.defaultName) { try SentenceStage() }
        return registry
    }
}
