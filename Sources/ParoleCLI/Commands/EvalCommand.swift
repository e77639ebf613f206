import ArgumentParser
import Foundation
import Parole
import ParoleEvaluation

/// `parole eval`: token and sentence scores against a Universal Dependencies treebank, or,
/// with `--gold`, quotation, speaker, entity and date scores against gold annotations.
public struct EvalCommand: ParsableCommand {
    /// The subcommand's name and help.
    public static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score against a CoNLL-U treebank, or (--gold) against gold quotes, entities and dates.",
        discussion: """
            With --gold DIR and --pred FILE.jsonl (the output of `parole analyze --format jsonl`) or
            --corpus DIR (analysed first), the gold JSON files of DIR are scored with the
            definitions of `score.py gold`: the same figures, printed the same way.

            The treebank's sentences are joined by one space into documents of --per-doc sentences.
            A token counts when its span equals a gold surface token (multiword tokens such as
            "du" count once); a sentence when its span equals a gold sentence. These are the
            definitions of `score.py ud`. When the stages include `morphology`, UPOS and lemma
            accuracy are reported over the gold tokens, multiword tokens left out; a gold token
            without a predicted token of the same span counts as wrong.
            """)

    @Argument(help: "CoNLL-U files, such as fr_gsd-ud-test.conllu.")
    var files: [String] = []

    @OptionGroup var goldOptions: GoldOptions

    @Option(name: .customLong("per-doc"), help: "Sentences per document.")
    var perDocument = 20

    @Option(
        help: ArgumentHelp(
            "Comma-separated stages to run; for a treebank they must make `tokens` and `sentences` "
                + "(default: tokenize,sentences,morphology; with --corpus: those of `parole analyze`)."))
    var stages: String?

    @Flag(help: "Write the scores as JSON.")
    var json = false

    /// Creates the command (ArgumentParser calls this).
    public init() {}

    /// Checks the options.
    public mutating func validate() throws {
        guard perDocument > 0 else { throw ValidationError("--per-doc must be at least 1") }
        if goldOptions.gold != nil {
            try goldOptions.validate(files: files)
            return
        }
        guard !files.isEmpty else { throw ValidationError("give at least one CoNLL-U file, or --gold DIR") }
    }

    /// Scores each file and prints a line per file (or one JSON object per line).
    public func run() throws {
        let output = StreamSink.standardOutput()
        let errors = StreamSink.standardError()
        let failures: Int
        do { failures = try execute(output: output, errors: errors) } catch let failure as CommandFailure {
            errors.write("parole: \(failure.message)\n")
            throw ExitCode(failure.status.rawValue)
        }
        output.flush()
        if let problem = output.writeError {
            errors.write("parole: the output could not be written (\(problem)); it is incomplete\n")
            throw ExitCode(ExitStatus.outputLost.rawValue)
        }
        if failures > 0 { throw ExitCode(ExitStatus.inputFailed.rawValue) }
    }

    /// Scores each file, writing the results to `output` and one line per file that
    /// cannot be read to `errors` (the other files are still scored); returns the
    /// number of such files.
    @discardableResult
    public func execute(output: OutputSink, errors: OutputSink = StreamSink.standardError()) throws -> Int {
        if let gold = goldOptions.gold {
            return try goldOptions.execute(gold: gold, stages: stages, json: json, output: output, errors: errors)
        }
        let pipeline = try StageRegistry.standard.pipeline(
            parsing: stages ?? "tokenize,sentences,morphology",
            configuration: try CommandEnvironment.stageConfiguration())
        var failures = 0
        for file in files {
            let sentences: [TreebankSentence]
            do {
                sentences = try TreebankSentence.read(contentsOf: URL(fileURLWithPath: file))
            } catch {
                failures += 1
                errors.write(
                    "parole: \(InputError.printable(file)): cannot be read as UTF-8 CoNLL-U "
                        + "(\(error.localizedDescription))\n")
                continue
            }
            let result = try SegmentationEvaluation(sentences: sentences, perDocument: perDocument).evaluate(pipeline)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                var object = try JSONSerialization.jsonObject(with: encoder.encode(result)) as? [String: Any] ?? [:]
                object["file"] = file
                for key in ["tokens", "sentences"] {
                    guard var score = object[key] as? [String: Any],
                        let raw = key == "tokens" ? result.tokens : result.sentences as Score?
                    else { continue }
                    score["precision"] = (raw.precision * 10).rounded() / 10
                    score["recall"] = (raw.recall * 10).rounded() / 10
                    score["f1"] = (raw.f1 * 10).rounded() / 10
                    object[key] = score
                }
                for (key, accuracy) in [("upos", result.partsOfSpeech), ("lemma", result.lemmas)] {
                    object.removeValue(forKey: key == "upos" ? "partsOfSpeech" : "lemmas")
                    guard let accuracy else { continue }
                    object[key] = [
                        "accuracy": (accuracy.percentage * 10).rounded() / 10, "correct": accuracy.correct,
                        "total": accuracy.total,
                    ]
                }
                let data = try JSONSerialization.data(
                    withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                output.write(Array(data) + [0x0A])
            } else {
                var text = "\(file)\n  tokens     \(result.tokens)\n  sentences  \(result.sentences)\n"
                if let tags = result.partsOfSpeech { text += "  upos       \(tags)\n" }
                if let lemmas = result.lemmas { text += "  lemma      \(lemmas)\n" }
                output.write(text)
            }
        }
        return failures
    }
}
