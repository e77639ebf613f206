import Foundation
import Parole
import ParoleDatabase
import Testing

@testable import ParolePostgres

/// The PostgreSQL server the tests use: `PAROLE_TEST_POSTGRES_URL` (`.ci/run` starts one
/// and sets it). Without it the tests do not run on a developer's machine, and fail in
/// CI (`CI=true`), where a missing server is a broken set-up, not a reason to skip.
enum TestServer {
    static let environment = ProcessInfo.processInfo.environment
    /// The server's URL, if given.
    static let url = environment["PAROLE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    /// Whether the tests run: a server is given, or CI requires one.
    static let enabled = url != nil || environment["CI"] == "true"

    /// The server, or a failure that says how to give one.
    static func serverURL() throws -> PostgresURL {
        let text = try #require(
            url, "PAROLE_TEST_POSTGRES_URL is not set: CI must start a PostgreSQL server (.ci/run does)")
        return try PostgresURL(text)
    }

    /// A new, empty database on the server, for one test; `drop` removes it.
    static func makeDatabase() throws -> PostgresURL {
        var server = try serverURL()
        let admin = try PostgresSession(server)
        let name = "parole_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try admin.execute("CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8'")
        server.database = String(name)
        return server
    }

    /// Removes a database made by ``makeDatabase()``.
    static func drop(_ database: PostgresURL) {
        guard var server = try? serverURL(), database.database.hasPrefix("parole_test_") else { return }
        server.database = try! serverURL().database
        guard let admin = try? PostgresSession(server) else { return }
        try? admin.execute("DROP DATABASE IF EXISTS \(database.database) WITH (FORCE)")
    }

    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The articles of the done-when figures: the seeds and the wikinews corpus of ../shared,
    /// else (a clone without it) the in-repository written set `Evaluation/written-1`.
    static let articles: [String] = {
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        let folders = ["seeds", "wikinews"].map { shared.appendingPathComponent($0).path }
        if folders.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) {
            return folders.flatMap { folder in
                ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }
                    .sorted().map { folder + "/" + $0 }
            }
        }
        let written = root.appendingPathComponent("Evaluation/written-1/corpus").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: written)) ?? []).filter {
            $0.hasSuffix(".txt")
        }.sorted().map { written + "/" + $0 }
    }()

    /// The articles analysed once: every test stores the same documents. A failure to read or
    /// analyse one is kept, so that ``analysedDocuments()`` fails the test instead of
    /// comparing two empty stores.
    static let analysis: Result<[Document], any Error> = Result {
        let pipeline = try StageRegistry.standard.pipeline(named: StageRegistry.standardPipeline)
        return try DocumentReader(paths: articles).map { try pipeline.analyze($0.get()) }
    }

    /// The analysed articles; throws when any failed, or when there are none.
    static func analysedDocuments() throws -> [Document] {
        let documents = try analysis.get()
        try #require(
            documents.count == articles.count && documents.count >= 4, "the test articles were not all analysed")
        return documents
    }

    /// The analysed articles (empty when the analysis failed: ``analysedDocuments()`` says why).
    static var documents: [Document] { (try? analysis.get()) ?? [] }

    /// The same documents in an in-memory SQLite database: the figures to match.
    static func sqliteReference() throws -> QuoteDatabase {
        let database = try QuoteDatabase()
        for document in try analysedDocuments() { try database.store(document) }
        try database.mergeSpeakers()
        return database
    }

    /// The `parole` executable built beside the tests (the newest of debug and release).
    static func paroleExecutable() throws -> String {
        let candidates = ["debug", "release"].map { root.appendingPathComponent(".build/\($0)/parole").path }
            .filter { FileManager.default.isExecutableFile(atPath: $0) }
        let newest = candidates.max { modified($0) < modified($1) }
        return try #require(newest, "no .build/debug/parole or .build/release/parole: build the package first")
    }

    private static func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }
}

/// What two stores must agree on.
struct StoreFigures: Equatable, CustomStringConvertible {
    var documents: Int
    var speakers: Int
    var quotes: Int
    var groups: Int
    var speakerList: [String]

    init(_ store: any QuoteStore) throws {
        let counts = try store.counts()
        documents = counts.documents
        speakers = counts.speakers
        quotes = counts.quotes
        groups = try store.quoteGroupCount()
        speakerList = try store.speakers(limit: nil).map { "\($0.quotes) \($0.name)" }
    }

    var description: String {
        "\(documents) documents, \(quotes) quotes, \(groups) distinct quotes, \(speakers) speakers"
    }
}

/// A search result reduced to what identifies a quote in any store.
func identities(_ quotes: [StoredQuote]) -> [String] {
    quotes.map { "\($0.document) \($0.start)-\($0.end) \($0.speaker ?? "-") \($0.text)" }
}
