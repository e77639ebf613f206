import ArgumentParser
import Foundation
import Parole
import Testing

@testable import ParoleCLI

@Suite("parole analyze --explain and the rules layer")
struct ExplainTests {
    private static let article = """
        date 2024-02-07
        Le ministre de l'Intérieur Jean Dupont a déclaré mardi que « la situation est grave ». \
        Selon la préfecture de Lyon, trois personnes ont été blessées. « Nous restons mobilisés », \
        a ajouté Marie Durand, la porte-parole de la Croix-Rouge.

        """

    /// Runs `body` with the path of the article written in a temporary folder, removed afterwards.
    private func withArticle(_ body: (String) throws -> Void) throws {
        try withTemporaryFolder { folder in
            let url = folder.appendingPathComponent("explain.txt")
            try Data(Self.article.utf8).write(to: url)
            try body(url.path)
        }
    }

    private func run(_ arguments: [String]) throws -> String {
        let command = try #require(try ParoleCommand.parseAsRoot(["analyze"] + arguments) as? AnalyzeCommand)
        let output = MemorySink()
        #expect(try command.execute(output: output, errors: MemorySink()) == 0)
        return output.text
    }

    @Test("--explain writes one rule per entity and per quote, named after the rule's type and function")
    func rulesInJSON() throws {
        try withArticle { path in
            let line = try run([path, "--format", "jsonl", "--quiet", "--explain"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let rules = try #require(object["rules"] as? [String: [String]])
            let quotes = try #require(object["quotes"] as? [[String: Any]])
            let entities = try #require(object["entities"] as? [[String: Any]])
            #expect(quotes.count == 3)
            #expect(rules["quotes"]?.count == quotes.count)
            #expect(rules["entities"]?.count == entities.count)
            // The `selon` clause is found by the source-phrase rule, the others by reported clauses and incises.
            let selon = try #require(
                quotes.firstIndex { ($0["cue"] as? [String: Any])?["lemma"] as? String == "selon" })
            #expect(rules["quotes"]?[selon] == "SourcePhrases.findSourcePhrases")
            for rule in (rules["quotes"] ?? []) + (rules["entities"] ?? []) {
                #expect(rule.split(separator: ".").count == 2 && !rule.contains("("), "\(rule)")
            }
        }
    }

    @Test("Without --explain there is no rules layer; --explain without entities or quotes is accepted")
    func onlyWhenAsked() throws {
        try withArticle { path in
            #expect(!(try run([path, "--format", "jsonl", "--quiet"])).contains("\"rules\""))
            let tokensOnly = try run([
                path, "--format", "jsonl", "--quiet", "--explain", "--stages", "tokenize,sentences",
            ])
            #expect(!tokensOnly.contains("\"rules\""))
            let command = try #require(
                try ParoleCommand.parseAsRoot(["analyze", path, "--explain", "--stages", "tokenize,sentences,entities"])
                    as? AnalyzeCommand)
            #expect(try command.stageConfiguration().values["entities"]?["explain"] == "on")
            #expect(try command.stageConfiguration().values["quotes"] == nil)
        }
    }

    @Test("The text format ends each entity and quote line with its rule")
    func rulesInText() throws {
        try withArticle { path in
            let text = try run([path, "--format", "text", "--quiet", "--explain"])
            let lines = text.split(separator: "\n").filter { $0.hasPrefix("    entity") || $0.hasPrefix("    quote") }
            #expect(!lines.isEmpty)
            #expect(lines.allSatisfy { $0.contains("  ← ") })
        }
    }

    @Test("The rules layer survives the JSON round trip")
    func roundTrip() throws {
        let pipeline = try StageRegistry.standard.pipeline(
            parsing: "tokenize,sentences,entities,dates,quotes",
            configuration: try StageConfiguration(parsing: ["quotes.explain=on", "entities.explain=on"]))
        var document = Document(id: "explain", text: Self.article)
        try pipeline.run(&document)
        let rules = try #require(document[RuleLayer.self])
        #expect(rules["quotes"]?.count == document.quotes.count)
        let copy = try DocumentJSONReader().document(from: Data(try DocumentJSONWriter().encode(document)))
        #expect(copy[RuleLayer.self] == rules)
        #expect(copy == document)
    }
}
