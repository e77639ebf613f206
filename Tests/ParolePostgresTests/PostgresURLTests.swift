import Testing

@testable import ParolePostgres

/// Reading `postgresql://` URLs: no server needed.
@Suite("PostgreSQL URL")
struct PostgresURLTests {
    @Test("Percent-encoded user, password and database are decoded exactly once")
    func decodedOnce() throws {
        let url = try PostgresURL("postgresql://r%C3%A9daction:p%2541%20x@127.0.0.1:5433/q%2541", environment: [:])
        #expect(url.user == "rédaction")
        #expect(url.password == "p%41 x")
        #expect(url.database == "q%41")
        #expect(url.port == 5433)
    }

    @Test("Without a password in the URL, PGPASSWORD is used")
    func passwordFromEnvironment() throws {
        let url = try PostgresURL("postgresql://parole@db.example/quotes", environment: ["PGPASSWORD": "s3cret"])
        #expect(url.password == "s3cret")
        #expect(url.database == "quotes")
    }
}
