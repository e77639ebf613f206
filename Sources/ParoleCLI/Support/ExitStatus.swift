/// The exit statuses of `parole`, documented in `parole --help` and the README.
public enum ExitStatus: Int32, CaseIterable, Sendable {
    /// Everything was read, analysed and written.
    case success = 0
    /// Some inputs could not be read, analysed or stored (one line each on standard error); the others were.
    case inputFailed = 1
    /// The output could not be written (disk full, standard output closed): it is incomplete.
    case outputLost = 2
    /// The database could not be opened, read or written, or is not a Parole database.
    case databaseFailed = 3
    /// The command line is wrong (unknown option, bad value); nothing was done.
    case usage = 64

    /// One line per status, for help texts.
    public static var summary: String {
        allCases.map { "  \($0.rawValue)  \($0.meaning)" }.joined(separator: "\n")
    }

    /// What the status means.
    public var meaning: String {
        switch self {
        case .success: "success"
        case .inputFailed: "some inputs failed (one line each on standard error); the others were processed"
        case .outputLost: "the output could not be written (disk full, closed): it is incomplete"
        case .databaseFailed: "the database could not be opened, read or written, or is not Parole's"
        case .usage: "wrong command line; nothing was done"
        }
    }
}

/// A failure that stops a command (not a usage error): reported as `parole: message`
/// on one line, with its own exit status.
struct CommandFailure: Error, CustomStringConvertible {
    /// The one-line explanation.
    var message: String
    /// The exit status.
    var status: ExitStatus

    var description: String { message }

    init(message: String, status: ExitStatus) {
        self.message = message
        self.status = status
    }

    init(status: ExitStatus, _ message: String) {
        self.init(message: message, status: status)
    }
}
