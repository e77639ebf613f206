import ArgumentParser
import Foundation
import Parole
import ParoleDatabase

/// `parole quotes`: builds and queries a quotation database in SQLite.
public struct QuotesCommand: ParsableCommand, StreamingCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Build a quotation database from French articles, or search one.",
        discussion: """
            With PATHs, analyse them (like `parole analyze`) and store every quote with its speaker,
            cue, document and date in the SQLite database given by --db. Each document is one
            transaction; analysing a document again replaces it.
            With --search and/or --speaker, list the matching quotes (after storing, if PATHs are given).
            With --speakers, list speakers by number of quotes.
            Examples:
              parole quotes corpus/ --db quotes.sqlite
              parole quotes --db quotes.sqlite --search "cessez-le-feu" --speaker Blinken --format csv
            """)

    /// Output formats of a search.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        /// A readable list.
        case text
        /// One JSON object per quote.
        case jsonl
        /// Comma-separated values with a header line.
        case csv
    }

    @Argument(help: "Files or folders to analyse and store (as for `parole analyze`).")
    var paths: [String] = []

    @Option(help: "The SQLite database file (created when storing; a query needs it to exist).")
    var db: String

    @Option(help: "Words the quote must contain (accents and case ignored; cessez-le-feu matches as a phrase).")
    var search: String?

    @Option(help: "Part of the speaker's name or of one of its aliases.")
    var speaker: String?

    @Flag(help: "List speakers by number of quotes.")
    var speakers = false

    @Option(help: "Output format of a search: text, jsonl or csv.")
    var format: Format = .text

    @Option(help: "Show at most this many results.")
    var limit: Int?

    @OptionGroup var runOptions: RunOptions

    /// Creates the command (ArgumentParser calls this).
    public init() {}

    /// Checks the options.
    public mutating func validate() throws {
        if paths.isEmpty && search == nil && speaker == nil && !speakers {
            throw ValidationError("give files or folders to analyse, or --search, --speaker or --speakers to query")
        }
        if let search, search.allSatisfy(\.isWhitespace) {
            throw ValidationError("--search needs at least one word")
        }
        if let speaker {
            if speaker.allSatisfy(\.isWhitespace) { throw ValidationError("--speaker needs at least one letter") }
            if speaker.count > Self.longestSpeaker {
                throw ValidationError("--speaker is longer than \(Self.longestSpeaker) characters")
            }
        }
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    /// The longest `--speaker` accepted (SQLite refuses long `LIKE` patterns).
    static let longestSpeaker = 1000

    /// Runs on the standard streams.
    public func run() throws { try runOnStandardStreams() }

    /// Stores and/or searches, writing results to `output` and problems to `errors`;
    /// returns the number of inputs that failed.
    public func execute(output: OutputSink, errors: OutputSink, showProgress: Bool = false) throws -> Int {
        let database: QuoteDatabase
        do {
            // A query alone opens the database for reading: nothing is created or changed.
            database = try paths.isEmpty ? QuoteDatabase(readingAt: db) : QuoteDatabase(path: db)
        } catch let error as SchemaError {
            throw CommandFailure(message: "\(error)", status: .databaseFailed)
        } catch {
            throw CommandFailure(
                message: "\(InputError.printable(db)): cannot be opened as a quotation database (\(error))",
                status: .databaseFailed)
        }
        do {
            return try execute(database, output: output, errors: errors, showProgress: showProgress)
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(message: "\(InputError.printable(db)): \(error)", status: .databaseFailed)
        }
    }

    private func execute(_ database: QuoteDatabase, output: OutputSink, errors: OutputSink, showProgress: Bool) throws
        -> Int
    {
        var failures = 0
        if !paths.isEmpty {
            let reader = DocumentReader(paths: paths, options: runOptions.readerOptions())
            let indexer = try QuoteIndexer(database: database, jobs: runOptions.jobs)
            // No total: counting would read every input twice, and drain a pipe.
            let progress = ProgressLine(sink: errors, enabled: showProgress)
            var reported = 0
            let summary = indexer.index(reader) { summary in
                for failure in summary.failures[reported...] {
                    progress.finish()
                    errors.write("parole: \(failure)\n")
                }
                reported = summary.failures.count
                progress.update(summary.documents + summary.failures.count, failed: summary.failures.count)
            }
            progress.finish()
            failures = summary.failures.count
            let counts = try database.counts()
            if !runOptions.quiet {
                errors.write(
                    "stored \(summary.quotes) quotes from \(summary.documents) documents in \(db) "
                        + "(now \(counts.quotes) quotes, \(counts.speakers) speakers, \(counts.documents) documents)\n")
            }
        }
        if speakers {
            for (name, count) in try database.speakers(limit: limit) { output.write("\(count)\t\(name)\n") }
        }
        if search != nil || speaker != nil {
            let results = try database.search(QuoteQuery(text: search, speaker: speaker, limit: limit))
            QuoteFormatter(format: format).write(results, to: output)
        }
        return failures
    }
}
