/// Stages by name, so that a pipeline can be built from a list such as
/// `tokenize,sentences,entities,dates,quotes`, each stage with the options it declares.
///
/// Start from `StageRegistry.standard` (every built-in stage, declared in the `Parole`
/// module) or `StageRegistry.core` (`tokenize` and `sentences`, declared in `ParoleText`),
/// add your own, and build:
///
/// ```swift
/// var registry = StageRegistry.standard
/// registry.register("money") { MoneyStage() }
/// let pipeline = try registry.pipeline(parsing: "tokenize,money")
/// ```
///
/// A factory receives the ``StageOptions`` given for its stage (`money.currency=EUR` on the
/// command line) and the injected ``StageEnvironment``; a stage declares the options it
/// accepts, and the registry rejects other keys and values the declaration does not accept
/// with a ``StageOptionError``:
///
/// ```swift
/// registry.register("money", options: [StageOption("currency", .choice(["EUR", "USD"]), summary: "…")]) {
///     options in MoneyStage(currency: try options.choice("currency", among: ["EUR", "USD"]) ?? "EUR")
/// }
/// ```
///
/// The factory without an argument (`register(_:factory:)` with `() throws -> any Stage`)
/// still compiles: it registers a stage that takes no options.
public struct StageRegistry: Sendable {
    /// Makes a fresh stage from its options and the environment.
    public typealias Factory = @Sendable (StageOptions) throws -> any Stage

    private struct Registration: Sendable {
        var factory: Factory
        var options: [StageOption]
    }

    private var registrations: [String: Registration] = [:]
    private var order: [String] = []

    /// An empty registry.
    public init() {}

    /// The registered names, in registration order.
    public var names: [String] { order }

    /// Registers `factory` under `name`, accepting `options`, replacing an earlier
    /// registration of that name.
    public mutating func register(_ name: String, options: [StageOption] = [], factory: @escaping Factory) {
        let registration = Registration(factory: factory, options: options)
        if registrations.updateValue(registration, forKey: name) == nil { order.append(name) }
    }

    /// Registers `factory`, a stage that takes no options, under `name` (the form before
    /// stages took options; it still compiles unchanged).
    public mutating func register(_ name: String, factory: @escaping @Sendable () throws -> any Stage) {
        register(name, options: []) { _ in try factory() }
    }

    /// Whether a stage is registered under `name`.
    public func contains(_ name: String) -> Bool { registrations[name] != nil }

    /// The options the stage registered under `name` accepts (none for an unknown name).
    public func options(of name: String) -> [StageOption] { registrations[name]?.options ?? [] }

    /// A new instance of the stage registered under `name`, made with `options` once
    /// their keys and values are checked against its declaration.
    public func makeStage(named name: String, options: StageOptions? = nil) throws -> any Stage {
        guard let registration = registrations[name] else { throw PipelineError.unknownStage(name, known: order) }
        let options = options ?? StageOptions(stage: name)
        try check(options.values, of: name, against: registration.options)
        return try registration.factory(options)
    }

    /// Throws a ``StageOptionError`` unless every stage of `configuration` is registered
    /// and declares each key, with an accepted value.
    package func check(_ configuration: StageConfiguration) throws {
        for stage in configuration.values.keys.sorted() {
            guard let registration = registrations[stage] else {
                throw StageOptionError.unknownStage(stage, known: order)
            }
            try check(configuration.values[stage] ?? [:], of: stage, against: registration.options)
        }
    }

    private func check(_ values: [String: String], of stage: String, against declared: [StageOption]) throws {
        for key in values.keys.sorted() {
            guard let option = declared.first(where: { $0.key == key }) else {
                throw StageOptionError.unknownKey(stage: stage, key: key, accepted: declared.map(\.key))
            }
            try option.check(values[key] ?? "", stage: stage)
        }
    }

    /// A checked pipeline of the stages registered under `names`, in that order, each
    /// made with its options from `configuration`.
    public func pipeline(named names: [String], configuration: StageConfiguration = StageConfiguration()) throws
        -> Pipeline
    {
        guard !names.isEmpty else { throw PipelineError.emptyPipeline }
        for name in names where registrations[name] == nil {
            throw PipelineError.unknownStage(name, known: order)
        }
        try check(configuration)
        return try Pipeline(stages: names.map { try makeStage(named: $0, options: configuration.options(for: $0)) })
    }

    /// A checked pipeline from a comma-separated list such as `tokenize,sentences`.
    public func pipeline(parsing list: String, configuration: StageConfiguration = StageConfiguration()) throws
        -> Pipeline
    {
        let names = list.split(separator: ",").map { String($0.filter { !$0.isWhitespace }) }
            .filter { !$0.isEmpty }
        return try pipeline(named: names, configuration: configuration)
    }
}
