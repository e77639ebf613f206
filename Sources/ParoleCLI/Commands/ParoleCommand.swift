import ArgumentParser
import Parole

/// The `parole` command: French NLP pipelines from the command line.
public struct ParoleCommand: ParsableCommand {
    /// The command's name, abstract and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "parole",
        abstract: "French natural-language processing: tokens, sentences, entities, dates and quotations.",
        discussion: """
            Stages: \(StageRegistry.standardPipeline.joined(separator: ", ")).
            Opt-in (add with --stages): \(StageRegistry.optionalStages.sorted().joined(separator: ", ")) \
            (tokens[].upos and tokens[].lemma).
            Run `parole analyze corpus/` to analyse a folder of articles as JSON lines.

            Exit status:
            \(ExitStatus.summary)
            """,
        version: ParoleVersion.string,
        subcommands: [AnalyzeCommand.self, QuotesCommand.self, EvalCommand.self, BenchCommand.self],
        defaultSubcommand: nil
    )

    /// Creates the command (ArgumentParser calls this).
    public init() {}
}

/// The version of the `parole` command.
public enum ParoleVersion {
    /// The version and the ICU library it runs on.
    public static var string: String { "0.1.0 (ICU \(ICU.version))" }
}
