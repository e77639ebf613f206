import Parole

/// Analyses documents and stores their quotes in a ``QuoteStore`` (a ``QuoteDatabase``):
/// analysis runs in parallel, writes happen in input order, one transaction
/// per document.
///
/// ```swift
/// let database = try QuoteDatabase(path: "quotes.sqlite")
/// let indexer = try QuoteIndexer(database: database)
/// let summary = indexer.index(DocumentReader(paths: ["corpus/"]))
/// print(summary.quotes, "quotes from", summary.documents, "documents")
/// ```
public struct QuoteIndexer: Sendable {
    /// What an indexing run did.
    public struct Summary: Sendable {
        /// Documents analysed and stored.
        public var documents = 0
        /// Quotes stored.
        public var quotes = 0
        /// One line per input that could not be read, analysed or stored.
        public var failures: [String] = []
    }

    /// Why an indexer cannot be made.
    public enum SetupError: Error, CustomStringConvertible {
        /// The pipeline does not make the `quotes` layer.
        case noQuotesStage([String])

        /// A one-line explanation.
        public var description: String {
            switch self {
            case .noQuotesStage(let stages):
                "the pipeline (\(stages.joined(separator: ","))) has no stage that makes the `quotes` layer"
            }
        }
    }

    /// Where quotes go.
    public let database: any QuoteStore
    /// The stages run on each document; they must make `quotes`.
    public let pipeline: Pipeline
    /// Documents analysed at once (nil: one per core).
    public let jobs: Int?

    /// Creates an indexer; `pipeline` defaults to every standard stage.
    public init(database: any QuoteStore, pipeline: Pipeline? = nil, jobs: Int? = nil) throws {
        let pipeline = try pipeline ?? StageRegistry.standard.pipeline(named: StageRegistry.standardPipeline)
        guard pipeline.producedLayers.contains(QuoteLayer.name) else {
            throw SetupError.noQuotesStage(pipeline.stageNames)
        }
        self.database = database
        self.pipeline = pipeline
        self.jobs = jobs
    }

    /// Analyses and stores every document of `inputs`; `progress` is called after
    /// each input with the running summary.
    public func index<Inputs: Sequence>(
        _ inputs: Inputs, progress: ((Summary) -> Void)? = nil
    ) -> Summary where Inputs.Element == Result<Document, InputError> {
        let pipeline = self.pipeline
        return run(inputs, transform: { try pipeline.analyze(try $0.get()) }, progress: progress)
    }

    /// Stores documents analysed elsewhere (read back from `parole analyze` output with
    /// ``DocumentJSONReader``) as they are, without running ``pipeline`` again; a document
    /// without a `quotes` layer is reported and not stored.
    public func store<Inputs: Sequence>(
        analyzed inputs: Inputs, progress: ((Summary) -> Void)? = nil
    ) -> Summary where Inputs.Element == Result<Document, InputError> {
        run(
            inputs,
            transform: { input in
                let document = try input.get()
                guard document.hasLayer(QuoteLayer.name) else {
                    throw NotAnalyzed(location: Self.location(of: document))
                }
                return document
            }, progress: progress)
    }

    /// A document given to ``store(analyzed:progress:)`` that carries no `quotes` layer.
    struct NotAnalyzed: Error, CustomStringConvertible {
        /// How messages name the document (``location(of:)``).
        let location: String
        var description: String { "\(location): no quotes layer (not `parole analyze` output with the quotes stage)" }
    }

    private func run<Inputs: Sequence>(
        _ inputs: Inputs, transform: @escaping @Sendable (Result<Document, InputError>) throws -> Document,
        progress: ((Summary) -> Void)?
    ) -> Summary where Inputs.Element == Result<Document, InputError> {
        var summary = Summary()
        // Where each key stored by this run came from: a second document with the same key is refused, not swapped in.
        var stored: [String: String] = [:]
        ParallelRunner(jobs: jobs).run(
            inputs, weight: \.length, transform: transform,
            consume: { _, result in
                do {
                    let document = try result.get()
                    let key = QuoteDatabase.key(for: document)
                    let location = Self.location(of: document)
                    if let first = stored[key] {
                        summary.failures.append(
                            "\(location): same key as \(first) in this run (\(InputError.printable(key))); not stored")
                    } else {
                        do {
                            summary.quotes += try database.store(document)
                            summary.documents += 1
                            stored[key] = location
                        } catch {
                            summary.failures.append("\(location): not stored (\(error))")
                        }
                    }
                } catch let failure as StageFailure {
                    summary.failures.append("\(InputError.printable(failure.document)): \(failure)")
                } catch {
                    summary.failures.append("\(error)")
                }
                progress?(summary)
            })
        do {
            try database.mergeSpeakers()
        } catch {
            summary.failures.append("merging speakers across documents: \(error)")
        }
        return summary
    }

    /// How messages name a document: its file (and line), or its id.
    static func location(of document: Document) -> String {
        guard let source = document.metadata.source else { return InputError.printable(document.id) }
        let place = document.metadata.line.map { "\(source):\($0)" } ?? source
        return InputError.printable(place)
    }
}
