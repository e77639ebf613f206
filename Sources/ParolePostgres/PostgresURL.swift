import Foundation

/// Where a PostgreSQL quotation store is:
/// `postgresql://user[:password]@host[:port]/database[?sslmode=disable|require]`.
///
/// `postgres://` is accepted too. The port defaults to 5432 and the database to the
/// user's name. Without a password in the URL, the `PGPASSWORD` environment variable
/// gives it (so that it stays out of the command line). `sslmode=require` encrypts
/// the connection with TLS; the default, `disable`, suits a server on the same machine
/// or a private network.
package struct PostgresURL: Sendable, Hashable, CustomStringConvertible {
    /// The role to log in as.
    package var user: String
    /// Its password, if the server asks for one.
    package var password: String?
    /// The server's host name or address.
    package var host: String
    /// The server's port.
    package var port: Int
    /// The database on that server.
    package var database: String
    /// Whether the connection must use TLS.
    package var requiresTLS: Bool

    /// Whether `text` names a PostgreSQL server rather than a SQLite file.
    package static func isPostgres(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
    }

    /// Parses a URL; throws a ``PostgresStoreError`` that says what is wrong.
    package init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(PostgresStoreError)
    {
        func invalid(_ reason: String) -> PostgresStoreError {
            PostgresStoreError(
                "\(Self.redacted(text)) is not a PostgreSQL URL (\(reason)); "
                    + "write postgresql://user[:password]@host[:port]/database")
        }
        guard Self.isPostgres(text), let components = URLComponents(string: text) else {
            throw invalid("it cannot be read as a URL")
        }
        guard let host = components.host, !host.isEmpty else { throw invalid("no host") }
        // The percent-encoded parts, decoded once here (`user`, `password` and `path` are
        // already decoded: decoding them again would turn `%2541` into `A`).
        guard let user = components.percentEncodedUser, !user.isEmpty else { throw invalid("no user before @") }
        var database = components.percentEncodedPath
        if database.hasPrefix("/") { database.removeFirst() }
        guard !database.contains("/") else { throw invalid("the path must be one database name") }
        if let port = components.port, !(1...65535).contains(port) { throw invalid("port \(port) is out of range") }
        var requiresTLS = false
        for item in components.queryItems ?? [] {
            switch (item.name, item.value ?? "") {
            case ("sslmode", "disable"): requiresTLS = false
            case ("sslmode", "require"): requiresTLS = true
            default: throw invalid("unknown parameter \(item.name)=\(item.value ?? ""); only sslmode=disable|require")
            }
        }
        self.user = user.removingPercentEncoding ?? user
        self.password =
            components.percentEncodedPassword.map { $0.removingPercentEncoding ?? $0 } ?? environment["PGPASSWORD"]
        self.host = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        self.port = components.port ?? 5432
        self.database = database.isEmpty ? self.user : (database.removingPercentEncoding ?? database)
        self.requiresTLS = requiresTLS
    }

    /// The URL without its password, for messages.
    package var description: String {
        let host = self.host.contains(":") ? "[\(self.host)]" : self.host
        return "postgresql://\(user)@\(host):\(port)/\(database)" + (requiresTLS ? "?sslmode=require" : "")
    }

    /// `text` with any password between `:` and `@` replaced by `***`, for messages about a URL that does not parse.
    package static func redacted(_ text: String) -> String {
        guard let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].lastIndex(of: "@") else {
            return text
        }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }
}

/// Why a PostgreSQL store cannot be used: one line, without the password.
package struct PostgresStoreError: Error, CustomStringConvertible, Sendable {
    /// The explanation.
    package var description: String

    /// Creates an error with its one-line explanation.
    package init(_ description: String) { self.description = description }
}
