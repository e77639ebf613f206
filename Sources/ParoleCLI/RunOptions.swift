import ArgumentParser
import Parole

/// The options of every command that analyses documents: the fallback date,
/// parallelism and progress.
struct RunOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Reference date for documents that carry none.", valueName: "YYYY-MM[-DD]"))
    var date: String?

    @Option(help: "Documents analysed at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Do not show progress on standard error.")
    var quiet = false

    /// Checks the date and the number of jobs.
    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let date {
            do { _ = try ReferenceDate(parsing: date) } catch { throw ValidationError("--date: \(error)") }
        }
    }

    /// The `--date` value, already validated.
    var defaultDate: ReferenceDate? { date.flatMap { try? ReferenceDate(parsing: $0) } }
}
