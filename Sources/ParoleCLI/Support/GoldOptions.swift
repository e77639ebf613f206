import ArgumentParser
import Foundation
import Parole
import ParoleEvaluation

/// The options of `parole eval --gold`: the gold folder and the predictions to score, given
/// as a JSON-lines file or as a corpus folder analysed on the spot.
struct GoldOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Score against the gold JSON files of this folder.", valueName: "DIR"))
    var gold: String?

    @Option(help: ArgumentHelp("With --gold: the output of `parole analyze --format jsonl`.", valueName: "FILE"))
    var pred: String?

    @Option(help: ArgumentHelp("With --gold: analyse this folder's documents and score them.", valueName: "DIR"))
    var corpus: String?

    /// Checks that exactly one source of predictions is given, and no treebank.
    func validate(files: [String]) throws {
        guard files.isEmpty else { throw ValidationError("--gold scores --pred or --corpus, not CoNLL-U files") }
        guard (pred == nil) != (corpus == nil) else {
            throw ValidationError("--gold needs --pred FILE or --corpus DIR")
        }
    }

    /// Scores the predictions against `gold` and writes the table (or the JSON object);
    /// returns the number of documents that could not be analysed.
    func execute(gold: String, stages: String?, json: Bool, output: OutputSink, errors: OutputSink) throws -> Int {
        var failures = 0
        let lines: Data
        if let corpus {
            var arguments = [corpus, "--format", "jsonl", "--quiet"]
            if let stages { arguments += ["--stages", stages] }
            let analyze = try AnalyzeCommand.parse(arguments)
            let sink = MemorySink()
            failures = try analyze.execute(output: sink, errors: errors)
            lines = Data(sink.bytes)
        } else {
            do { lines = try Data(contentsOf: URL(fileURLWithPath: pred ?? "")) } catch {
                throw CommandFailure(
                    status: .inputFailed, "--pred \(pred ?? ""): cannot be read (\(error.localizedDescription))")
            }
        }
        let report: GoldReport
        do {
            let predictions = try PredictedDocument.documents(jsonLines: lines)
            report = try GoldScorer().score(goldFolder: URL(fileURLWithPath: gold), predictions: predictions)
        } catch {
            throw CommandFailure(status: .inputFailed, "cannot score against \(gold): \(Self.describe(error))")
        }
        output.write(json ? report.json.text + "\n" : report.table)
        return failures
    }

    /// A one-line reason: where decoding failed, or the system's description.
    private static func describe(_ error: any Error) -> String {
        if let decoding = error as? DecodingError {
            switch decoding {
            case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
                .valueNotFound(_, let context):
                let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
                return "not the expected JSON at \(path.joined(separator: ".")): \(context.debugDescription)"
            @unknown default: return "\(decoding)"
            }
        }
        return error.localizedDescription
    }
}
