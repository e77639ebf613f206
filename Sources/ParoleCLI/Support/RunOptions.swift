import ArgumentParser
import Parole

/// The options of every command that analyses documents: the fallback date, stage
/// options, parallelism and progress.
struct RunOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Reference date for documents that carry none.", valueName: "YYYY-MM[-DD]"))
    var date: String?

    @Option(
        name: .customLong("stage-option"),
        help: ArgumentHelp(
            "A stage option, repeatable: " + CommandEnvironment.stageOptionsHelp + ".",
            valueName: "stage.key=value"))
    var stageOptions: [String] = []

    @Option(help: "Documents analysed at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Do not show progress on standard error.")
    var quiet = false

    @Option(help: ArgumentHelp("The longest document read; longer ones are reported and skipped.", valueName: "MiB"))
    var maxDocumentSize: Int = DocumentReader.Options.defaultMaximumDocumentBytes >> 20

    /// Checks the date and the number of jobs.
    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !(1...2047).contains(maxDocumentSize) { throw ValidationError("--max-document-size must be 1 to 2047 MiB") }
        if let date {
            do { _ = try ReferenceDate(parsing: date) } catch { throw ValidationError("--date: \(error)") }
        }
        do { try StageRegistry.standard.check(try stageConfiguration()) } catch {
            throw ValidationError("--stage-option: \(error)")
        }
    }

    /// The stages' configuration: `--stage-option` values, with the current date and
    /// the environment variables the command reads (see ``CommandEnvironment``).
    func stageConfiguration() throws -> StageConfiguration {
        try CommandEnvironment.stageConfiguration(stageOptions)
    }

    /// The `--date` value, already validated.
    var defaultDate: ReferenceDate? { date.flatMap { try? ReferenceDate(parsing: $0) } }

    /// How to read inputs under these options.
    func readerOptions(standardInput: DocumentReader.Options.StandardInput = .text) -> DocumentReader.Options {
        DocumentReader.Options(
            defaultDate: defaultDate, standardInput: standardInput, maximumDocumentBytes: maxDocumentSize << 20)
    }
}
