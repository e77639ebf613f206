import ArgumentParser
import Foundation
import Parole

/// `parole analyze`: runs a pipeline over documents and writes the result.
public struct AnalyzeCommand: ParsableCommand, StreamingCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse French documents and write them as JSON lines, JSON or readable text.",
        discussion: """
            PATH is a .txt file (one document; a leading "date YYYY-MM[-DD]" line is its date),
            a .jsonl file (one {"id","text","date"} object per line), or a folder (its .txt and
            .jsonl files, sorted by name). No PATH, or -, reads standard input.
            Documents are analysed in parallel and written in input order, each as soon as it
            and those before it are done, so `parole analyze - --input jsonl` can sit in a pipe.
            A document that cannot be read or analysed is reported on standard error and the
            others go on; the exit status is then 1 (see `parole --help` for every exit status).
            The lexicons and models are built into parole; --resources DIR (or PAROLE_RESOURCES)
            reads a folder laid out as Resources/ instead.
            """)

    /// Output formats.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// One JSON object per line.
        case jsonl
        /// One JSON array.
        case json
        /// A readable view.
        case text
    }

    @Argument(help: "Files or folders to analyse; - or nothing for standard input.")
    var paths: [String] = []

    @Option(help: "Output format: jsonl (default when not a terminal), json or text (default in a terminal).")
    var format: Format?

    @Option(help: "Comma-separated stages to run, in order (add morphology for upos and lemma).")
    var stages: String = StageRegistry.standardPipeline.joined(separator: ",")

    @Option(help: "What standard input holds: text or jsonl.")
    var input: DocumentReader.Options.StandardInput = .text

    @Option(
        help: ArgumentHelp(
            "A folder laid out as Resources/ (lexicons/, models/) to read instead of the data built into parole "
                + "(the PAROLE_RESOURCES environment variable does the same for every command).",
            valueName: "DIR"))
    var resources: String?

    @Flag(
        help: ArgumentHelp(
            "Choose each quote's speaker with the learned speaker ranker (Resources/models/speaker-ranker.txt) "
                + "among the people, roles and pronouns around it, instead of the rules alone "
                + "(the same as --stage-option quotes.speaker-ranker=on)."))
    var speakerRanker = false

    @Flag(
        help: ArgumentHelp(
            "Record the rule that made each entity and quote, written as `rules` in the JSON and beside each "
                + "entity and quote in the text format (the same as --stage-option entities.explain=on and "
                + "quotes.explain=on)."))
    var explain = false

    @Flag(help: .hidden)
    var speakerCandidates = false

    @OptionGroup var runOptions: RunOptions

    /// Creates the command (ArgumentParser calls this).
    public init() {}

    /// Checks the options before running.
    public mutating func validate() throws {
        if input == .analyzed {
            throw ValidationError("--input analyzed is read by `parole quotes`; `parole analyze` reads text or jsonl")
        }
        if let resources {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resources, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--resources: \(resources) is not a folder")
            }
        }
        useResources()
        // Only the stage names are checked here; data files that cannot be loaded are reported by `run`.
        do { _ = try StageRegistry.standard.pipeline(parsing: stages) } catch let error as PipelineError {
            throw ValidationError("--stages: \(error)")
        } catch {}
    }

    /// Points the lexicon store at `--resources` when it is given.
    private func useResources() {
        if let resources { LexiconStore.shared.useFolder(URL(fileURLWithPath: resources)) }
    }

    /// The stages' configuration: `--stage-option`, with `--speaker-ranker` as
    /// `quotes.speaker-ranker=on` and `--explain` as `explain=on` for the entities and
    /// quotes stages of the pipeline, unless those options are given.
    func stageConfiguration() throws -> StageConfiguration {
        var configuration = try runOptions.stageConfiguration()
        if speakerRanker, configuration.values[QuoteStage.defaultName]?["speaker-ranker"] == nil {
            configuration.set("speaker-ranker", to: "on", for: QuoteStage.defaultName)
        }
        if explain {
            let names = Set(stages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            for stage in [EntityStage.defaultName, QuoteStage.defaultName]
            where names.contains(stage) && configuration.values[stage]?["explain"] == nil {
                configuration.set("explain", to: "on", for: stage)
            }
        }
        return configuration
    }

    /// Runs the analysis on the standard streams.
    public func run() throws { try runOnStandardStreams() }

    /// Runs the analysis, writing documents to `output` and one line per failed
    /// input to `errors`; returns the number of failures.
    public func execute(output: OutputSink, errors: OutputSink, showProgress: Bool = false) throws -> Int {
        useResources()
        let pipeline: Pipeline
        let candidateStage: QuoteStage?
        do {
            candidateStage = speakerCandidates ? try QuoteStage() : nil
            pipeline = try StageRegistry.standard.pipeline(parsing: stages, configuration: try stageConfiguration())
        } catch let error as StageOptionError {
            throw CommandFailure(status: .usage, "--stage-option: \(error)")
        } catch {
            // A data file missing or damaged: nothing can be analysed.
            throw CommandFailure(status: .inputFailed, "cannot set up the pipeline: \(error)")
        }
        let reader = DocumentReader(paths: paths, options: runOptions.readerOptions(standardInput: input))
        let format = self.format ?? (isatty(1) == 1 ? .text : .jsonl)
        let writer = DocumentJSONWriter()
        let renderer = DocumentTextRenderer()
        let progress = ProgressLine(sink: errors, enabled: showProgress)
        var written = 0
        var failures = 0
        if format == .json { output.write("[") }
        // Each document is written as soon as it and those before it are done, and the output
        // is flushed whenever the next one is not ready yet: inside a pipe, a reader gets each
        // line without waiting for the input to end.
        StreamingRunner(jobs: runOptions.jobs).run(
            reader,
            weight: { $0.length },
            transform: { input -> Rendered in
                let document = try pipeline.analyze(try input.get())
                if let candidateStage {
                    return .bytes(SpeakerCandidateDump.line(document, candidateStage.speakerCandidates(in: document)))
                }
                switch format {
                case .jsonl, .json:
                    // Long documents are written as they are encoded, in order, to keep memory small.
                    return document.utf16.count > Self.streamingThreshold
                        ? .document(document) : .bytes(try writer.encode(document))
                case .text: return .bytes(Array(TerminalText.neutralized(renderer.render(document)).utf8))
                }
            },
            consume: { index, result in
                switch result {
                case .success(let rendered):
                    if format == .json { output.write(written == 0 ? "\n" : ",\n") }
                    switch rendered {
                    case .bytes(let bytes): output.write(bytes)
                    case .document(let document):
                        do {
                            try writer.write(document) { output.write(raw: $0) }
                        } catch {
                            failures += 1
                            errors.write("parole: \(InputError.printable(document.id)): \(error)\n")
                        }
                    }
                    if format == .jsonl { output.write([0x0A]) }
                    written += 1
                case .failure(let error):
                    failures += 1
                    progress.finish()
                    errors.write("parole: \(Self.describe(error))\n")
                }
                progress.update(written, failed: failures)
            },
            idle: { output.flush() })
        progress.finish()
        if format == .json { output.write(written == 0 ? "]\n" : "\n]\n") }
        return failures
    }

    /// Documents longer than this many UTF-16 units are encoded while being written.
    static let streamingThreshold = 1 << 18

    /// A document ready to write: its bytes, or itself when it is long enough to stream.
    enum Rendered: Sendable {
        case bytes([UInt8])
        case document(Document)
    }

    private static func describe(_ error: any Error) -> String {
        if let failure = error as? StageFailure { return "\(InputError.printable(failure.document)): \(failure)" }
        return "\(error)"
    }
}

extension DocumentReader.Options.StandardInput: ExpressibleByArgument {}
