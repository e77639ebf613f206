/// The options of every stage of a pipeline and the environment they share, as
/// ``StageRegistry/pipeline(named:configuration:)`` takes them.
///
/// ```swift
/// let configuration = try StageConfiguration(
///     parsing: ["dates.year=2025", "quotes.speaker-ranker=on"],
///     environment: StageEnvironment(now: Date()))
/// let pipeline = try StageRegistry.standard.pipeline(
///     named: StageRegistry.standardPipeline, configuration: configuration)
/// ```
public struct StageConfiguration: Sendable, Equatable {
    /// The options by stage name, then by key.
    public var values: [String: [String: String]]
    /// What every stage is told.
    public var environment: StageEnvironment

    /// A configuration with `values` by stage, in `environment`.
    public init(values: [String: [String: String]] = [:], environment: StageEnvironment = StageEnvironment()) {
        self.values = values
        self.environment = environment
    }

    /// A configuration from `stage.key=value` assignments, a later one replacing an
    /// earlier one of the same key; throws ``StageOptionError/malformed(_:)`` for text not
    /// written so. The stages and keys are checked when the pipeline is built.
    public init(parsing assignments: [String], environment: StageEnvironment = StageEnvironment()) throws {
        self.init(environment: environment)
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="),
                let dot = assignment[..<equals].firstIndex(of: ".")
            else { throw StageOptionError.malformed(assignment) }
            let stage = String(assignment[..<dot])
            let key = String(assignment[assignment.index(after: dot)..<equals])
            guard !stage.isEmpty, !key.isEmpty else { throw StageOptionError.malformed(assignment) }
            set(key, to: String(assignment[assignment.index(after: equals)...]), for: stage)
        }
    }

    /// Sets option `key` of `stage` to `value`.
    public mutating func set(_ key: String, to value: String, for stage: String) {
        values[stage, default: [:]][key] = value
    }

    /// The options of `stage`, with the environment.
    public func options(for stage: String) -> StageOptions {
        StageOptions(stage: stage, values: values[stage] ?? [:], environment: environment)
    }
}
