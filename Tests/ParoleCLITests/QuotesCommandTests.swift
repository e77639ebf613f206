import Foundation
import ParoleCLI
import Testing

@Suite("parole quotes")
struct QuotesCommandTests {
    private static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/articles").path

    private func run(_ arguments: [String]) throws -> (output: String, errors: String, failures: Int) {
        let command = try #require(try ParoleCommand.parseAsRoot(["quotes"] + arguments) as? QuotesCommand)
        let output = MemorySink()
        let errors = MemorySink()
        let failures = try command.execute(output: output, errors: errors)
        return (output.text, errors.text, failures)
    }

    @Test("Storing a folder twice keeps one copy, and searches find quotes by words and speaker")
    func storeAndSearch() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parole-\(UUID().uuidString).sqlite"
        ).path
        let first = try run([Self.articles, "--db", database])
        #expect(first.failures == 0)
        let second = try run([Self.articles, "--db", database])
        #expect(first.errors.contains("stored"))
        let count = { (report: String) in report.components(separatedBy: "now ").last?.split(separator: " ").first }
        #expect(count(first.errors) == count(second.errors))

        let csv = try run(["--db", database, "--search", "impôts locaux", "--format", "csv"]).output
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "date,document,speaker,speaker_text,cue,kind,text,sentence,start,end")
        #expect(lines.count == 2)
        #expect(lines.last?.contains("Sophie Delaunay") == true)

        let bySpeaker = try run(["--db", database, "--speaker", "besson", "--format", "jsonl"]).output
        let quote = try #require(try JSONSerialization.jsonObject(with: Data(bySpeaker.utf8)) as? [String: Any])
        #expect(quote["text"] as? String == "Mon client regrette profondément ses actes")
        #expect(quote["cue"] as? String == "déclarer")
    }

    @Test("A query with nothing to do is refused")
    func nothingToDo() {
        #expect(throws: (any Error).self) { try ParoleCommand.parseAsRoot(["quotes", "--db", "/tmp/x.sqlite"]) }
    }
}
