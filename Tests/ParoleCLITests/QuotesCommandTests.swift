import Foundation
import ParoleCLI
import Testing

/// Runs `parole quotes` with `arguments`, returning what it wrote and its failure count.
private func runQuotes(_ arguments: [String]) throws -> (output: String, errors: String, failures: Int) {
    let command = try #require(try ParoleCommand.parseAsRoot(["quotes"] + arguments) as? QuotesCommand)
    let output = MemorySink()
    let errors = MemorySink()
    let failures = try command.execute(output: output, errors: errors)
    return (output.text, errors.text, failures)
}

@Suite("parole quotes")
struct QuotesCommandTests {
    private static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/articles").path

    @Test("Storing a folder twice keeps one copy, and searches find quotes by words and speaker")
    func storeAndSearch() throws {
        try withTemporaryFolder { folder in
            let database = folder.appendingPathComponent("quotes.sqlite").path
            let first = try runQuotes([Self.articles, "--db", database])
            #expect(first.failures == 0)
            let second = try runQuotes([Self.articles, "--db", database])
            #expect(first.errors.contains("stored"))
            let count = { (report: String) in report.components(separatedBy: "now ").last?.split(separator: " ").first }
            #expect(count(first.errors) == count(second.errors))

            let csv = try runQuotes(["--db", database, "--search", "impôts locaux", "--format", "csv"]).output
            let lines = csv.split(separator: "\n")
            let header =
                "document,document_date,quote_date,outlet,url,title,author,speaker,speaker_text,speaker_kind,"
                + "speaker_gender,speaker_role,text,kind,cue,quote_group,position,parent,sentence,start,end"
            #expect(lines.first.map(String.init) == header)
            #expect(lines.count == 2)
            #expect(lines.last?.contains("Sophie Delaunay") == true)

            let bySpeaker = try runQuotes(["--db", database, "--speaker", "besson", "--format", "jsonl"]).output
            let quote = try #require(try JSONSerialization.jsonObject(with: Data(bySpeaker.utf8)) as? [String: Any])
            #expect(quote["text"] as? String == "Mon client regrette profondément ses actes")
            #expect(quote["cue"] as? String == "déclarer")
        }
    }

    @Test("A query with nothing to do is refused")
    func nothingToDo() {
        #expect(throws: (any Error).self) { try ParoleCommand.parseAsRoot(["quotes", "--db", "/tmp/x.sqlite"]) }
    }
}

@Suite("parole quotes on hostile inputs")
struct QuotesCommandHostileTests {
    @Test("Two articles with the same file name in two folders are both stored")
    func sameNameTwoFolders() throws {
        try withTemporaryFolder { folder in
            for (sub, name) in [("a", "Pierre Martin"), ("b", "Jeanne Dubois")] {
                let url = folder.appendingPathComponent(sub)
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                try Data("\(name) a déclaré : « Nous allons gagner la partie ».\n".utf8)
                    .write(to: url.appendingPathComponent("article.txt"))
            }
            let database = folder.appendingPathComponent("q.sqlite").path
            let stored = try runQuotes([
                folder.appendingPathComponent("a").path, folder.appendingPathComponent("b").path, "--db", database,
            ])
            #expect(stored.failures == 0)
            #expect(stored.errors.contains("2 documents)"))
        }
    }

    @Test("A query on a missing database fails without creating it")
    func missingDatabase() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("faute-de-frappe.sqlite").path
            #expect(throws: (any Error).self) { try runQuotes(["--db", path, "--search", "gagner"]) }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test(
        "A blank --search or --speaker is refused, and so is an overlong --speaker",
        arguments: [
            ["--search", ""], ["--search", "   "], ["--speaker", " "],
            ["--speaker", String(repeating: "a", count: 5000)],
        ])
    func blankQueries(query: [String]) {
        #expect(throws: (any Error).self) {
            try ParoleCommand.parseAsRoot(["quotes", "--db", "/tmp/x.sqlite"] + query)
        }
    }
}
