import Foundation
import PostgresNIO

/// A value bound to a query parameter.
enum SQLValue: Sendable {
    /// Text, or `NULL` typed as text.
    case text(String?)
    /// An 8-byte integer, or `NULL` typed as one.
    case integer(Int?)
}

/// One connection to the server, used from synchronous code: each call waits for
/// its answer. Calls from several threads are serialised.
final class PostgresSession: @unchecked Sendable {
    private let connection: PostgresConnection
    private let logger: Logger
    private let lock = NSRecursiveLock()
    /// The server, for messages.
    let url: PostgresURL

    /// How many times a transaction is tried when the server aborts it for a
    /// deadlock, a serialization failure or a key that another writer just took.
    static let attempts = 8

    /// Connects and logs in; throws a ``PostgresStoreError`` that says why not.
    init(_ url: PostgresURL) throws {
        self.url = url
        var logger = Logger(label: "parole.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let tls: PostgresConnection.Configuration.TLS
        if url.requiresTLS {
            do {
                tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            } catch {
                throw PostgresStoreError("\(url): TLS cannot be set up (\(error))")
            }
        } else {
            tls = .disable
        }
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
            tls: tls)
        configuration.options.connectTimeout = .seconds(15)
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch {
            throw PostgresStoreError("\(url): \(Self.explain(error, url: url))")
        }
        do {
            // Messages in English whatever the server's locale; no notices about empty searches.
            try execute("SET client_min_messages = warning")
        } catch {
            try? connection.close().wait()
            throw error
        }
    }

    deinit { try? connection.close().wait() }

    /// Runs `sql` with `values` bound to `$1`, `$2`… and returns its rows.
    @discardableResult
    func rows(_ sql: String, _ values: [SQLValue] = []) throws -> [PostgresRow] {
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .text(let text): binds.append(text.map(Self.storable))
            case .integer(let number): binds.append(number)
            }
        }
        return try lock.withLock {
            do {
                return try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger).wait().rows
            } catch {
                throw QueryFailure(error: error)
            }
        }
    }

    /// Runs `sql`, discarding any rows.
    func execute(_ sql: String, _ values: [SQLValue] = []) throws { try rows(sql, values) }

    /// Runs `body` in a transaction, again from the start (up to ``attempts`` times)
    /// when the server aborts it because of another writer.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try lock.withLock {
            var attempt = 1
            while true {
                try execute("BEGIN")
                do {
                    let value = try body()
                    try execute("COMMIT")
                    return value
                } catch let failure as QueryFailure where failure.isRetryable && attempt < Self.attempts {
                    try? execute("ROLLBACK")
                    attempt += 1
                    Thread.sleep(forTimeInterval: Double.random(in: 0.005...0.05) * Double(attempt))
                } catch {
                    try? execute("ROLLBACK")
                    throw error
                }
            }
        }
    }

    /// The first value of the first row, as an integer.
    func integer(_ sql: String, _ values: [SQLValue] = []) throws -> Int? {
        guard let row = try rows(sql, values).first, let cell = row.first else { return nil }
        return try cell.decode(Int?.self)
    }

    /// Text as PostgreSQL stores it: its `text` type cannot hold U+0000, stored as U+FFFD.
    static func storable(_ text: String) -> String {
        text.utf8.contains(0) ? text.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : text
    }

    /// A one-line reason for a failure to connect or log in.
    static func explain(_ error: any Error, url: PostgresURL) -> String {
        if let failure = error as? QueryFailure { return failure.description }
        guard let error = error as? PSQLError else { return "\(error)" }
        if let info = error.serverInfo {
            let message = info[.message] ?? "the server refused the connection"
            switch info[.sqlState] {
            case "28P01", "28000": return "wrong user or password (\(message))"
            case "3D000": return "no database \(url.database) on the server (\(message)); create it first"
            default: return message
            }
        }
        switch error.code {
        case .connectionError:
            let reason = error.underlying.map { "\($0)" } ?? "no answer"
            return "cannot reach the server at \(url.host):\(url.port) (\(reason))"
        case .authMechanismRequiresPassword:
            return "the server asks for a password: give it in the URL (user:password@) or in PGPASSWORD"
        case .sslUnsupported: return "the server does not offer TLS, which sslmode=require asks for"
        case .serverClosedConnection, .uncleanShutdown: return "the server closed the connection"
        default: return "\(error.code)"
        }
    }
}

/// A query the server refused, with its message and SQLSTATE (PostgresNIO's own
/// description hides both).
struct QueryFailure: Error, CustomStringConvertible {
    /// The error as PostgresNIO gave it.
    var error: any Error

    /// The SQLSTATE code, when the server answered.
    var state: String? { (error as? PSQLError)?.serverInfo?[.sqlState] }

    /// Whether another writer caused it, so that running the transaction again may succeed:
    /// a deadlock, a serialization failure, or a unique key taken meanwhile.
    var isRetryable: Bool { ["40P01", "40001", "23505"].contains(state ?? "") }

    var description: String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if let info = error.serverInfo {
            return (info[.message] ?? "server error") + (info[.sqlState].map { " [SQLSTATE \($0)]" } ?? "")
        }
        if error.code == .serverClosedConnection || error.code == .clientClosedConnection {
            return "the connection to the server was closed"
        }
        return error.underlying.map { "\(error.code): \($0)" } ?? "\(error.code)"
    }
}
