import ArgumentParser
import Foundation
import Parole
import ParoleDatabase
import ParolePostgres

/// `parole quotes`: builds and queries a quotation database in SQLite, or on a PostgreSQL server.
public struct QuotesCommand: ParsableCommand, StreamingCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Build a quotation database from French articles, or search one.",
        discussion: """
            With PATHs, analyse them (like `parole analyze`; - reads standard input, see --input) and
            store every quote with its speaker, cue, document, dates and metadata in the SQLite
            database given by --db, or on the PostgreSQL server that --db names as
            postgresql://user[:password]@host[:port]/database (several writers at once; the password
            may come from PGPASSWORD). Each document is one transaction; analysing a document again
            replaces it. People and organisations are merged across documents by name (B. Obama =
            Barack Obama); --aliases FILE adds the merges names alone cannot show.
            Without PATHs, or after storing, with --format, --search, --speaker or a filter, write the
            matching quotes (every quote when nothing filters); with --stats, count quotes and
            speakers per gender, outlet, month or kind; with --speakers, list speakers by quotes.
            See Docs/quotes-database.md.
            Examples:
              parole quotes corpus/ --db quotes.sqlite
              cat shard.jsonl | parole quotes - --input jsonl --db quotes.sqlite
              parole analyze corpus/ --format jsonl | parole quotes - --input analyzed --db quotes.sqlite
              parole quotes --db quotes.sqlite --format csv > quotes.csv
              parole quotes --db quotes.sqlite --search '"cessez-le-feu" NOT Gaza' --speaker Blinken
              parole quotes --db quotes.sqlite --stats gender,outlet,month --format csv
              parole quotes corpus/ --db postgresql://parole@127.0.0.1:5432/quotes
              parole quotes --db postgresql://parole@127.0.0.1:5432/quotes --export-sqlite copy.sqlite
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

    @Option(
        help: ArgumentHelp(
            "The SQLite database file (created when storing; a query needs it to exist), or a PostgreSQL URL "
                + "postgresql://user[:password]@host[:port]/database.", valueName: "FILE|URL"))
    var db: String

    @Option(
        name: .customLong("export-sqlite"),
        help: ArgumentHelp(
            "Write a SQLite copy of the PostgreSQL store given by --db (every table) to this file.",
            valueName: "FILE"))
    var exportSQLite: String?

    @Option(
        help: ArgumentHelp(
            "What standard input (-) holds: text, jsonl (one document per line, as for `parole analyze`) or "
                + "analyzed (the output of `parole analyze --format jsonl`, stored as it is, not analysed again; .jsonl "
                + "files are then read the same way)."))
    var input: DocumentReader.Options.StandardInput = .text

    @Option(
        help: ArgumentHelp("Names that are one speaker, one speaker per line: Name = Other name = …", valueName: "FILE")
    )
    var aliases: String?

    @Option(
        help: "Words the quote must contain (accents and case ignored): \"exact phrase\", a OR b, a NOT b, (a OR b) c.")
    var search: String?

    @Option(help: "Part of the speaker's name or of one of its aliases.")
    var speaker: String?

    @Option(help: ArgumentHelp("Quotes said on or after this date.", valueName: "YYYY[-MM[-DD]]"))
    var from: String?

    @Option(
        help: ArgumentHelp(
            "Quotes said on or before this date (2024-02: to the end of February).", valueName: "YYYY[-MM[-DD]]"))
    var to: String?

    @Option(help: "Quotes from documents of this outlet (the JSONL field `outlet`, case ignored).")
    var outlet: String?

    @Option(help: "Quotes of this kind: direct, partial or indirect.")
    var kind: String?

    @Option(help: "Quotes whose speaker is male, female or unknown.")
    var gender: String?

    @Option(
        help: ArgumentHelp(
            "Count quotes (copies once) and distinct speakers per group: gender, outlet, month, kind, speaker_kind.",
            valueName: "gender[,outlet][,month]"))
    var stats: String?

    @Flag(help: "List speakers by number of quotes.")
    var speakers = false

    @Option(help: "Output format of quotes and statistics: text (default), jsonl or csv.")
    var format: Format?

    @Option(help: "Show at most this many results.")
    var limit: Int?

    @OptionGroup var runOptions: RunOptions

    /// Creates the command (ArgumentParser calls this).
    public init() {}

    /// Checks the options.
    public mutating func validate() throws {
        if paths.isEmpty && !isQuery && !speakers && aliases == nil && exportSQLite == nil {
            throw ValidationError(
                "give files or folders to analyse, or --format, --search, --speaker, a filter, --stats or --speakers to query"
            )
        }
        if exportSQLite != nil && !PostgresURL.isPostgres(db) {
            throw ValidationError(
                "--export-sqlite copies a PostgreSQL store (--db postgresql://…); a SQLite --db is a file already")
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
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, !Self.isDatePrefix(value) {
                throw ValidationError("\(name) must be YYYY, YYYY-MM or YYYY-MM-DD")
            }
        }
        if let kind, Quote.Kind(rawValue: kind) == nil {
            throw ValidationError("--kind must be direct, partial or indirect")
        }
        if let gender, !["male", "female", "unknown"].contains(gender) {
            throw ValidationError("--gender must be male, female or unknown")
        }
        _ = try statisticsDimensions()
    }

    /// Whether quotes or statistics are asked for.
    private var isQuery: Bool {
        format != nil || search != nil || speaker != nil || from != nil || to != nil || outlet != nil || kind != nil
            || gender != nil || stats != nil
    }

    /// The `--stats` dimensions, checked.
    private func statisticsDimensions() throws -> [QuoteStatistics.Dimension]? {
        guard let stats else { return nil }
        var dimensions: [QuoteStatistics.Dimension] = []
        for name in stats.split(separator: ",", omittingEmptySubsequences: false) {
            let name = name.trimmingCharacters(in: .whitespaces)
            guard let dimension = QuoteStatistics.Dimension(rawValue: name) else {
                throw ValidationError(
                    "--stats: \(name.debugDescription) is not one of "
                        + QuoteStatistics.Dimension.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if dimensions.contains(dimension) { throw ValidationError("--stats: \(name) is given twice") }
            dimensions.append(dimension)
        }
        return dimensions
    }

    /// Whether `text` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func isDatePrefix(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let shape: [Bool] = bytes.map { (48...57).contains($0) }
        switch bytes.count {
        case 4: return shape.allSatisfy { $0 }
        case 7, 10:
            return bytes[4] == 0x2D && (bytes.count == 7 || bytes[7] == 0x2D)
                && shape.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || $0.element }
        default: return false
        }
    }

    /// The longest `--speaker` accepted (SQLite refuses long `LIKE` patterns).
    static let longestSpeaker = 1000

    /// Runs on the standard streams.
    public func run() throws { try runOnStandardStreams() }

    /// Stores and/or searches, writing results to `output` and problems to `errors`;
    /// returns the number of inputs that failed.
    public func execute(output: OutputSink, errors: OutputSink, showProgress: Bool = false) throws -> Int {
        let database: any QuoteStore
        do {
            database = try openStore()
        } catch let error as SchemaError {
            throw CommandFailure(message: "\(error)", status: .databaseFailed)
        } catch let error as PostgresStoreError {
            throw CommandFailure(message: "\(error)", status: .databaseFailed)
        } catch {
            throw CommandFailure(
                message: "\(databaseName): cannot be opened as a quotation database (\(error))", status: .databaseFailed
            )
        }
        do {
            return try execute(database, output: output, errors: errors, showProgress: showProgress)
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(message: "\(databaseName): \(error)", status: .databaseFailed)
        }
    }

    /// The store --db names. A query alone opens it for reading: nothing is created or changed.
    private func openStore() throws -> any QuoteStore {
        if PostgresURL.isPostgres(db) {
            let url = try PostgresURL(db)
            return try isReadOnly ? PostgresQuoteStore(readingAt: url) : PostgresQuoteStore(url: url)
        }
        return try isReadOnly ? QuoteDatabase(readingAt: db) : QuoteDatabase(path: db)
    }

    /// --db for messages: a file name, or a URL without its password.
    private var databaseName: String {
        guard PostgresURL.isPostgres(db) else { return InputError.printable(db) }
        return (try? PostgresURL(db).description) ?? PostgresURL.redacted(db)
    }

    private func execute(_ database: any QuoteStore, output: OutputSink, errors: OutputSink, showProgress: Bool) throws
        -> Int
    {
        var failures = 0
        if let aliases {
            let rules: SpeakerAliases
            do {
                rules = try SpeakerAliases(contentsOf: aliases)
            } catch {
                throw CommandFailure(message: "--aliases \(InputError.printable(aliases)): \(error)", status: .usage)
            }
            try database.setAliases(rules)
        }
        if !paths.isEmpty {
            let reader = DocumentReader(paths: paths, options: runOptions.readerOptions(standardInput: input))
            let pipeline = try StageRegistry.standard.pipeline(
                named: StageRegistry.standardPipeline, configuration: try runOptions.stageConfiguration())
            let indexer = try QuoteIndexer(database: database, pipeline: pipeline, jobs: runOptions.jobs)
            // No total: counting would read every input twice, and drain a pipe.
            let progress = ProgressLine(sink: errors, enabled: showProgress)
            var reported = 0
            let report: (QuoteIndexer.Summary) -> Void = { summary in
                for failure in summary.failures[reported...] {
                    progress.finish()
                    errors.write("parole: \(failure)\n")
                }
                reported = summary.failures.count
                progress.update(summary.documents + summary.failures.count, failed: summary.failures.count)
            }
            let summary =
                input == .analyzed
                ? indexer.store(analyzed: reader, progress: report) : indexer.index(reader, progress: report)
            progress.finish()
            failures = summary.failures.count
            let counts = try database.counts()
            if !runOptions.quiet {
                errors.write(
                    "stored \(summary.quotes) quotes from \(summary.documents) documents in \(databaseName) "
                        + "(now \(counts.quotes) quotes, \(counts.speakers) speakers, \(counts.documents) documents)\n")
            }
        }
        if speakers {
            for (name, count) in try database.speakers(limit: limit) { output.write("\(count)\t\(name)\n") }
        }
        let query = QuoteQuery(
            text: search, speaker: speaker, from: from, to: to, outlet: outlet, kind: kind, gender: gender, limit: limit
        )
        do {
            if let dimensions = try statisticsDimensions() {
                QuoteStatisticsFormatter(format: format ?? .text).write(
                    try database.statistics(dimensions, query), to: output)
            } else if isQuery {
                QuoteFormatter(format: format ?? .text).write(try database.search(query), to: output)
            }
        } catch let error as SearchSyntaxError {
            throw CommandFailure(message: "\(error)", status: .usage)
        }
        if let exportSQLite, let store = database as? PostgresQuoteStore {
            let counts: (documents: Int, speakers: Int, quotes: Int)
            do {
                counts = try store.exportSQLite(to: exportSQLite)
            } catch {
                throw CommandFailure(
                    message: "--export-sqlite \(InputError.printable(exportSQLite)): \(error)", status: .databaseFailed)
            }
            if !runOptions.quiet {
                errors.write(
                    "exported \(counts.quotes) quotes, \(counts.speakers) speakers, \(counts.documents) documents "
                        + "to \(exportSQLite)\n")
            }
        }
        return failures
    }

    /// Whether a query alone opens the database (for reading only).
    private var isReadOnly: Bool { paths.isEmpty && aliases == nil }
}
