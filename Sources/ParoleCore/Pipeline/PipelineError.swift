/// Why a pipeline could not be built or a stage could not run.
public enum PipelineError: Error, Equatable, CustomStringConvertible {
    /// A stage needs a layer that no earlier stage makes.
    case missingLayer(stage: String, layer: LayerName, producer: String?)
    /// No stage is registered under that name.
    case unknownStage(String, known: [String])
    /// The same stage appears twice.
    case duplicateStage(String)
    /// The list of stage names was empty.
    case emptyPipeline

    /// A one-line explanation that says how to fix the problem.
    public var description: String {
        switch self {
        case .missingLayer(let stage, let layer, let producer?):
            "`\(stage)` needs `\(producer)`: it reads the `\(layer)` layer, which no earlier stage makes; "
                + "put `\(producer)` before `\(stage)`"
        case .missingLayer(let stage, let layer, nil):
            "`\(stage)` needs the `\(layer)` layer, which no stage of the pipeline makes"
        case .unknownStage(let name, let known):
            "no stage is named `\(name)`; known stages: \(known.joined(separator: ", "))"
        case .duplicateStage(let name):
            "the stage `\(name)` appears twice"
        case .emptyPipeline:
            "the pipeline has no stages"
        }
    }
}

/// A stage failed on a document.
public struct StageFailure: Error, CustomStringConvertible {
    /// The stage that failed.
    public let stage: String
    /// The document it failed on.
    public let document: String
    /// What the stage threw.
    public let underlying: any Error

    /// Creates a failure record.
    public init(stage: String, document: String, underlying: any Error) {
        self.stage = stage
        self.document = document
        self.underlying = underlying
    }

    /// `stage `x` failed: reason`.
    public var description: String { "stage `\(stage)` failed: \(underlying)" }
}
