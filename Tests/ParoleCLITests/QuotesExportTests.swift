import Foundation
import ParoleCLI
import Testing

/// Runs `parole quotes` with `arguments`, returning what it wrote and its failure count.
private func quotes(_ arguments: [String]) throws -> (output: String, errors: String, failures: Int) {
    let command = try #require(try ParoleCommand.parseAsRoot(["quotes"] + arguments) as? QuotesCommand)
    let output = MemorySink()
    let errors = MemorySink()
    let failures = try command.execute(output: output, errors: errors)
    return (output.text, errors.text, failures)
}

/// A JSONL line of one article.
private func record(_ fields: [String: Any]) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
}

@Suite("parole quotes: export, statistics, standard input")
struct QuotesExportTests {
    private static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/articles").path

    @Test("--format csv with no filter exports every quote with the export columns")
    func exportEverything() throws {
        try withTemporaryFolder { folder in
            let database = folder.appendingPathComponent("q.sqlite").path
            let stored = try quotes([Self.articles, "--db", database])
            let total = try #require(
                stored.errors.components(separatedBy: "(now ").last?.split(separator: " ").first.flatMap { Int($0) })
            #expect(total > 0)
            let csv = try quotes(["--db", database, "--format", "csv"]).output
            let header = try #require(csv.split(separator: "\n").first).split(separator: ",").map(String.init)
            for column in [
                "document", "document_date", "quote_date", "outlet", "url", "speaker", "speaker_kind", "speaker_gender",
                "speaker_role", "text", "kind", "cue", "quote_group",
            ] {
                #expect(header.contains(column), "missing column \(column)")
            }
            let jsonl = try quotes(["--db", database, "--format", "jsonl"]).output.split(separator: "\n")
            #expect(jsonl.count == total)
            let first = try #require(try JSONSerialization.jsonObject(with: Data(jsonl[0].utf8)) as? [String: Any])
            #expect(Set(first.keys).isSuperset(of: header))
            #expect(first["quote_group"] is NSNumber)
        }
    }

    @Test("JSONL from standard input: one document per line, ISO date-times, metadata, a bad line reported")
    func standardInputJSONL() throws {
        try withTemporaryFolder { folder in
            let input = folder.appendingPathComponent("shard.jsonl")
            let lines = [
                try record([
                    "id": "n1", "date": "2024-01-05T10:00:00Z", "outlet": "Le Quotidien",
                    "url": "https://example.org/n1",
                    "text": "Karine Jean-Pierre a déclaré : « Nous y travaillons jour et nuit ».",
                ]),
                "{\"id\": \"n2\", \"text\": ",
                try record([
                    "id": "n3", "date": "2024-01-06T08:30:00+01:00", "outlet": "La Gazette", "rubrique": "monde",
                    "text": "Antony Blinken a déclaré : « Un accord reste possible ».",
                ]),
            ]
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
            let database = folder.appendingPathComponent("q.sqlite").path
            // A child process with the file as its standard input: the test runner's own stays untouched.
            let stored = try ParoleProgram.run(["quotes", "-", "--input", "jsonl", "--db", database], input: input)
            #expect(stored.status == 1)
            #expect(stored.errors.contains("-:2: not a JSON object ("))
            #expect(stored.errors.contains("from 2 documents"))
            let rows = try quotes(["--db", database, "--format", "jsonl"]).output.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
            let byDocument = Dictionary(uniqueKeysWithValues: rows.map { ($0["document"] as? String ?? "", $0) })
            #expect(Set(byDocument.keys) == ["-#n1", "-#n3"])
            #expect(byDocument["-#n1"]?["document_date"] as? String == "2024-01-05")
            #expect(byDocument["-#n1"]?["outlet"] as? String == "Le Quotidien")
            #expect(byDocument["-#n1"]?["url"] as? String == "https://example.org/n1")
            #expect(byDocument["-#n3"]?["document_date"] as? String == "2024-01-06")
        }
    }

    @Test("A date header with an ISO date-time is the document's date")
    func dateTimeHeader() throws {
        try withTemporaryFolder { folder in
            try Data("date 2024-01-05T10:00:00Z\nAntony Blinken a déclaré : « Un accord reste possible ».\n".utf8)
                .write(to: folder.appendingPathComponent("a.txt"))
            let database = folder.appendingPathComponent("q.sqlite").path
            #expect(try quotes([folder.path, "--db", database]).failures == 0)
            let csv = try quotes(["--db", database, "--format", "csv"]).output.split(separator: "\n")
            #expect(csv.count == 2 && csv[1].contains(",2024-01-05,"))
        }
    }

    @Test(
        "ISO 8601 date-times are dates; other text after the day is refused",
        arguments: [
            ("2024-01-05T10:00:00Z", true), ("2024-01-05T10:00+01:00", true), ("2024-01-05T10:00:00.250-0500", true),
            ("2024-01-05T10", false), ("2024-01-05Tmidi", false), ("2024-01T10:00Z", false),
            ("2024-01-05T10:00:00Zz", false),
        ])
    func dateTimes(date: String, valid: Bool) {
        let parse = { try ParoleCommand.parseAsRoot(["quotes", "a.txt", "--db", "q.sqlite", "--date", date]) }
        if valid {
            #expect(throws: Never.self) { _ = try parse() }
        } else {
            #expect(throws: (any Error).self) { _ = try parse() }
        }
    }

    @Test("--stats gender in csv, jsonl and text")
    func statistics() throws {
        try withTemporaryFolder { folder in
            let input = folder.appendingPathComponent("wire.jsonl")
            let text =
                "Karine Jean-Pierre a déclaré : « Nous y travaillons jour et nuit ». "
                + "Antony Blinken a déclaré : « Un accord reste possible »."
            // The same dispatch in two outlets: each quote counts once.
            let lines = [
                try record(["id": "a", "date": "2024-01-05", "outlet": "A", "text": text]),
                try record(["id": "b", "date": "2024-01-05", "outlet": "B", "text": text]),
            ]
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
            let database = folder.appendingPathComponent("q.sqlite").path
            #expect(try quotes([input.path, "--db", database]).failures == 0)
            let csv = try quotes(["--db", database, "--stats", "gender", "--format", "csv"]).output
            #expect(csv == "gender,quotes,speakers\nfemale,1,1\nmale,1,1\n")
            let byOutlet = try quotes(["--db", database, "--stats", "gender,outlet", "--format", "csv"]).output
            #expect(byOutlet == "gender,outlet,quotes,speakers\nfemale,A,1,1\nfemale,B,1,1\nmale,A,1,1\nmale,B,1,1\n")
            let jsonl = try quotes(["--db", database, "--stats", "gender", "--format", "jsonl"]).output
            #expect(jsonl.hasPrefix(#"{"gender":"female","quotes":1,"speakers":1}"#))
            let table = try quotes(["--db", database, "--stats", "gender"]).output
            #expect(table.split(separator: "\n").first?.hasPrefix("gender") == true)
            #expect(throws: (any Error).self) {
                try ParoleCommand.parseAsRoot(["quotes", "--db", database, "--stats", "age"])
            }
        }
    }

    @Test("A search FTS5 cannot read is a clear usage error")
    func badSearch() throws {
        try withTemporaryFolder { folder in
            let database = folder.appendingPathComponent("q.sqlite").path
            _ = try quotes([Self.articles, "--db", database])
            do {
                _ = try quotes(["--db", database, "--search", "NOT impôts"])
                Issue.record("a search starting with NOT was accepted")
            } catch {
                #expect("\(error)".contains("is not a valid search"))
            }
            #expect(!(try quotes(["--db", database, "--search", "\"impôts locaux\" OR regrette"]).output.isEmpty))
        }
    }

    @Test("--aliases merges names across articles; a bad file names its line")
    func aliases() throws {
        try withTemporaryFolder { folder in
            let input = folder.appendingPathComponent("n.jsonl")
            let lines = [
                try record(["id": "a", "text": "Benyamin Netanyahu a déclaré : « Nous tiendrons bon »."]),
                try record(["id": "b", "text": "Benjamin Netanyahu a déclaré : « La victoire est proche »."]),
            ]
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
            let database = folder.appendingPathComponent("q.sqlite").path
            _ = try quotes([input.path, "--db", database])
            let aliases = folder.appendingPathComponent("aliases.txt")
            try Data("Benjamin Netanyahu = Benyamin Netanyahu\n".utf8).write(to: aliases)
            _ = try quotes(["--db", database, "--aliases", aliases.path])
            #expect(try quotes(["--db", database, "--speakers"]).output == "2\tBenjamin Netanyahu\n")
            try Data("Benjamin Netanyahu\n".utf8).write(to: aliases)
            #expect(throws: (any Error).self) { try quotes(["--db", database, "--aliases", aliases.path]) }
        }
    }

    @Test("Export cells a spreadsheet would run as formulas are neutralised")
    func formulaCells() throws {
        try withTemporaryFolder { folder in
            try Data("Pierre Martin a déclaré : « =HYPERLINK(\"x\") est une formule ».\n".utf8)
                .write(to: folder.appendingPathComponent("a.txt"))
            let database = folder.appendingPathComponent("q.sqlite").path
            _ = try quotes([folder.path, "--db", database])
            let csv = try quotes(["--db", database, "--format", "csv"]).output
            #expect(!csv.contains(",=HYPERLINK") && !csv.contains(",\"=HYPERLINK"))
        }
    }
}
