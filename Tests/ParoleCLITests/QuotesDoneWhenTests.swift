import Foundation
import ParoleCLI
import Testing

/// Runs `parole quotes` with `arguments`, returning what it wrote.
private func quotes(_ arguments: [String]) throws -> String {
    let command = try #require(try ParoleCommand.parseAsRoot(["quotes"] + arguments) as? QuotesCommand)
    let output = MemorySink()
    _ = try command.execute(output: output, errors: MemorySink())
    return output.text
}

/// The "Done when" checks of issue 14 on fixtures of this repository
/// (Scripts/database/check_issue14.py runs the same checks on the shared seeds).
@Suite("parole quotes: issue 14 checks")
struct QuotesDoneWhenTests {
    private static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")
    private static let fixtures = golden.appendingPathComponent("quotes-database")

    /// The path of a database named `name` in `folder` (not made yet).
    private func database(_ name: String, in folder: URL) -> String {
        folder.appendingPathComponent("\(name).sqlite").path
    }

    private func rows(_ database: String) throws -> [[String: Any]] {
        try quotes(["--db", database, "--format", "jsonl"]).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("Articles plus a copy under other ids: distinct quote groups == quotes of the articles alone")
    func wireCopies() throws {
        try withTemporaryFolder { folder in
            let articles = Self.golden.appendingPathComponent("articles")
            let alone = database("alone", in: folder)
            _ = try quotes([articles.path, "--db", alone])
            let count = try rows(alone).count
            #expect(count > 0)
            var copy = ""
            for name in try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted() {
                let text = try String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8)
                let body = text.hasPrefix("date ") ? String(text.drop { $0 != "\n" }.dropFirst()) : text
                let record = ["id": "copie-" + name, "outlet": "Seconde agence", "text": body]
                copy += String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self) + "\n"
            }
            let copyPath = folder.appendingPathComponent("copie.jsonl")
            try Data(copy.utf8).write(to: copyPath)
            let both = database("both", in: folder)
            _ = try quotes([articles.path, copyPath.path, "--db", both])
            let all = try rows(both)
            #expect(all.count == 2 * count)
            #expect(Set(all.compactMap { $0["quote_group"] as? Int }).count == count)
        }
    }

    @Test("B. Obama and Barack Obama quoted in two articles are one speaker")
    func obama() throws {
        try withTemporaryFolder { folder in
            let base = database("base", in: folder)
            _ = try quotes([Self.fixtures.appendingPathComponent("obama.jsonl").path, "--db", base])
            let speakers = try quotes(["--db", base, "--speakers"]).split(separator: "\n").filter {
                $0.contains("Obama")
            }
            #expect(speakers == ["3\tBarack Obama"])
        }
    }

    @Test("--stats gender: female and male quotes match the hand count of the fixture")
    func genderHandCount() throws {
        try withTemporaryFolder { folder in
            var hand: [String: Int] = [:]
            let annotation = try String(
                contentsOf: Self.fixtures.appendingPathComponent("gender-hand-count.tsv"), encoding: .utf8)
            for line in annotation.split(separator: "\n") where !line.hasPrefix("#") {
                let columns = line.split(separator: "\t")
                hand[String(columns[3]), default: 0] += 1
            }
            #expect(hand == ["female": 5, "male": 4, "unknown": 1])
            let base = database("base", in: folder)
            _ = try quotes([Self.fixtures.appendingPathComponent("gender.jsonl").path, "--db", base])
            let csv = try quotes(["--db", base, "--stats", "gender", "--format", "csv"]).split(separator: "\n")
            var counted: [String: Int] = [:]
            for line in csv.dropFirst() {
                let columns = line.split(separator: ",")
                counted[String(columns[0])] = Int(columns[1])
            }
            #expect(counted["female"] == hand["female"])
            #expect(counted["male"] == hand["male"])
        }
    }
}
