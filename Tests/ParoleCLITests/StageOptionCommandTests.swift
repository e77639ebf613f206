import ArgumentParser
import Foundation
import Testing

@testable import ParoleCLI

@Suite("parole analyze --stage-option")
struct StageOptionCommandTests {
    private func run(_ arguments: [String]) throws -> String {
        let command = try #require(try ParoleCommand.parseAsRoot(["analyze"] + arguments) as? AnalyzeCommand)
        let output = MemorySink()
        let errors = MemorySink()
        #expect(try command.execute(output: output, errors: errors) == 0)
        return output.text
    }

    private func timexValues(_ jsonLine: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(jsonLine.utf8)) as? [String: Any])
        let dates = try #require(object["dates"] as? [[String: Any]])
        return dates.compactMap { $0["value"] as? String }
    }

    /// Writes an undated article in `folder`; returns its path.
    private func undated(in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("options.txt")
        try Data("La ministre a tenu sa conférence vendredi 26 janvier à Paris.".utf8).write(to: url)
        return url.path
    }

    @Test("--stage-option dates.year=… sets the year of an undated document end to end")
    func yearReachesTheOutput() throws {
        try withTemporaryFolder { folder in
            let path = try undated(in: folder)
            let common = [path, "--format", "jsonl", "--stages", "tokenize,sentences,dates", "--quiet"]
            #expect(try timexValues(run(common + ["--stage-option", "dates.year=2025"])) == ["2024-01-26"])
            #expect(try timexValues(run(common + ["--stage-option", "dates.year=2020"])) == ["2018-01-26"])
        }
    }

    @Test("An unknown key or a bad value is a usage error naming the stage and the key")
    func refused() throws {
        for (option, words) in [
            ("dates.yaer=2025", ["dates", "yaer", "year"]), ("dates.year=soon", ["dates.year", "soon"]),
            ("quotes.speaker-ranker=2", ["quotes.speaker-ranker", "on or off"]), ("dates", ["stage.key=value"]),
        ] {
            do {
                _ = try ParoleCommand.parseAsRoot(["analyze", "-", "--stage-option", option])
                Issue.record("--stage-option \(option) was accepted")
            } catch {
                let message = ParoleCommand.message(for: error)
                #expect(words.allSatisfy { message.contains($0) }, "\(message)")
                #expect(ParoleCommand.exitCode(for: error) == .validationFailure)
            }
        }
    }

    @Test("--speaker-ranker is quotes.speaker-ranker=on, and --help lists the stage options")
    func aliasAndHelp() throws {
        let alias = try #require(
            try ParoleCommand.parseAsRoot(["analyze", "-", "--speaker-ranker"]) as? AnalyzeCommand)
        #expect(try alias.stageConfiguration().values["quotes"]?["speaker-ranker"] == "on")
        let explicit = try #require(
            try ParoleCommand.parseAsRoot([
                "analyze", "-", "--speaker-ranker", "--stage-option", "quotes.speaker-ranker=off",
            ])
                as? AnalyzeCommand)
        #expect(try explicit.stageConfiguration().values["quotes"]?["speaker-ranker"] == "off")
        let help = AnalyzeCommand.helpMessage(columns: 400)
        for option in [
            "--stage-option", "dates.year=", "dates.references=annotation|timeml", "quotes.speaker-ranker=on|off",
        ] {
            #expect(help.contains(option), "\(option) missing from --help")
        }
    }

    @Test("parole injects PAROLE_SENTENCE_LOCALE as sentences.locale, the current year and the resources")
    func injectedEnvironment() throws {
        let variables = ["PAROLE_SENTENCE_LOCALE": "fr@ss=standard"]
        let configuration = try CommandEnvironment.stageConfiguration([], environment: variables)
        #expect(configuration.values["sentences"]?["locale"] == "fr@ss=standard")
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        #expect(configuration.environment.currentYear == year)
        let given = try CommandEnvironment.stageConfiguration(["sentences.locale=fr"], environment: variables)
        #expect(given.values["sentences"]?["locale"] == "fr")
        #expect(try CommandEnvironment.stageConfiguration([], environment: [:]).values.isEmpty)
    }
}
