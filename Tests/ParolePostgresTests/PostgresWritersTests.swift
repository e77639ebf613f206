import Foundation
import ParoleDatabase
import Testing

@testable import ParolePostgres

/// Runs `parole` with `arguments`; returns its exit status and standard error.
private func runParole(_ arguments: [String]) throws -> (status: Int32, errors: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try TestServer.paroleExecutable())
    process.arguments = arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
}

/// Writers in separate processes, and what a user sees when the server cannot be used.
@Suite("PostgreSQL store: several writers and errors", .serialized, .enabled(if: TestServer.enabled))
struct PostgresWritersTests {
    @Test("Two processes indexing overlapping articles at once both land, with nothing duplicated")
    func twoWritersAtOnce() throws {
        let url = try TestServer.makeDatabase()
        defer { TestServer.drop(url) }
        let articles = TestServer.articles
        #expect(articles.count >= 4)
        // Overlapping halves, the second in reverse order, so that both store the middle at the same time.
        let first = Array(articles[..<(articles.count * 2 / 3)])
        let second = Array(articles[(articles.count / 3)...].reversed())
        let executable = try TestServer.paroleExecutable()
        let processes = [first, second].map { paths -> (Process, Pipe) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["quotes"] + paths + ["--db", url.description, "--quiet"]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            return (process, errors)
        }
        for (process, _) in processes { try process.run() }
        for (process, errors) in processes {
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(text)")
        }
        let store = try PostgresQuoteStore(readingAt: url)
        let expected = try StoreFigures(try TestServer.sqliteReference())
        #expect(try StoreFigures(store) == expected)
        let duplicates = """
            SELECT (SELECT COUNT(*) FROM (SELECT key FROM document GROUP BY key HAVING COUNT(*) > 1) AS d)
                 + (SELECT COUNT(*) FROM (SELECT document_id, position FROM quote GROUP BY 1, 2 HAVING COUNT(*) > 1) AS q)
                 + (SELECT COUNT(*) FROM (SELECT name_key, label FROM speaker GROUP BY 1, 2 HAVING COUNT(*) > 1) AS s)
            """
        #expect(try store.session.integer(duplicates) == 0)
    }

    @Test("A malformed URL is a usage problem with one line, and hides the password")
    func badURL() throws {
        #expect(PostgresURL.isPostgres("postgresql://a@b/c"))
        #expect(!PostgresURL.isPostgres("quotes.sqlite"))
        #expect(throws: PostgresStoreError.self) { try PostgresURL("postgresql://") }
        #expect(throws: PostgresStoreError.self) { try PostgresURL("postgresql://parole@127.0.0.1:99999/x") }
        #expect(throws: PostgresStoreError.self) { try PostgresURL("postgresql://parole@127.0.0.1/x?mode=fast") }
        let url = try PostgresURL("postgres://ana:s%40cret@db.example/quotes")
        #expect(url.user == "ana" && url.password == "s@cret" && url.port == 5432 && url.database == "quotes")
        #expect(!url.description.contains("cret"))
        #expect(try PostgresURL("postgresql://ana@db.example", environment: ["PGPASSWORD": "x"]).password == "x")
        let run = try runParole(["quotes", "--db", "postgresql://ana:hunter2@/quotes", "--search", "Gaza"])
        #expect(run.status == 3)
        #expect(run.errors.split(separator: "\n").count == 1)
        #expect(!run.errors.contains("hunter2"))
    }

    @Test("An unreachable server, an unknown user or database: exit status 3 and one line, no stack trace")
    func connectionFailures() throws {
        let server = try TestServer.serverURL()
        var wrongUser = server
        wrongUser.user = "nobody_here"
        var wrongDatabase = server
        wrongDatabase.database = "no_such_database"
        let cases: [(String, String)] = [
            ("postgresql://parole:secret@127.0.0.1:1/quotes", "cannot reach the server"),
            (wrongUser.description, "wrong user or password"),
            (wrongDatabase.description, "no database no_such_database"),
        ]
        for (url, message) in cases {
            let run = try runParole(["quotes", "--db", url, "--search", "Gaza"])
            #expect(run.status == 3, "\(url)")
            #expect(run.errors.contains(message), "\(run.errors)")
            #expect(run.errors.split(separator: "\n").count == 1, "\(run.errors)")
            #expect(!run.errors.contains("secret") && !run.errors.contains("Fatal"))
        }
    }

    @Test("A database that holds other tables is refused, never changed")
    func foreignDatabase() throws {
        let url = try TestServer.makeDatabase()
        defer { TestServer.drop(url) }
        try PostgresSession(url).execute("CREATE TABLE document (id integer, title text)")
        #expect(throws: PostgresStoreError.self) { try PostgresQuoteStore(url: url) }
        #expect(throws: PostgresStoreError.self) { try PostgresQuoteStore(readingAt: url) }
    }
}
