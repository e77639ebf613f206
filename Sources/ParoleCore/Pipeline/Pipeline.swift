/// Stages run in order over a document, checked before they run.
///
/// ```swift
/// let pipeline = try StageRegistry.standard.pipeline(named: ["tokenize", "sentences"])
/// let document = try pipeline.analyze(Document(id: "a", text: "Bonjour. Au revoir."))
/// ```
public struct Pipeline: Sendable {
    /// The stages, in the order they run.
    public let stages: [any Stage]

    /// Creates a pipeline, checking that each stage's required layers are made
    /// by an earlier stage (or are listed in `initialLayers`, present on input).
    ///
    /// - Throws: ``PipelineError/missingLayer(stage:layer:producer:)`` naming the
    ///   stage that should come first when it is among `stages`, or
    ///   ``PipelineError/duplicateStage(_:)``.
    public init(stages: [any Stage], initialLayers: Set<LayerName> = []) throws(PipelineError) {
        var available = initialLayers
        var seen: Set<String> = []
        for (position, stage) in stages.enumerated() {
            guard seen.insert(stage.name).inserted else { throw .duplicateStage(stage.name) }
            for layer in stage.requiredLayers where !available.contains(layer) {
                let later = stages[(position + 1)...].first { $0.producedLayers.contains(layer) }
                throw .missingLayer(stage: stage.name, layer: layer, producer: later?.name)
            }
            available.formUnion(stage.producedLayers)
        }
        self.stages = stages
    }

    /// The names of the stages, in order.
    public var stageNames: [String] { stages.map(\.name) }

    /// The layers the pipeline adds.
    public var producedLayers: [LayerName] { stages.flatMap(\.producedLayers) }

    /// Runs every stage over `document`.
    ///
    /// - Throws: ``StageFailure`` wrapping the first error a stage throws.
    public func run(_ document: inout Document) throws(StageFailure) {
        for stage in stages {
            do {
                try stage.process(&document)
            } catch {
                throw StageFailure(stage: stage.name, document: document.id, underlying: error)
            }
        }
    }

    /// Returns `document` with every stage's layers added.
    public func analyze(_ document: Document) throws(StageFailure) -> Document {
        var copy = document
        try run(&copy)
        return copy
    }
}
