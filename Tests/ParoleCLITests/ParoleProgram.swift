import Foundation
import Testing

/// The built `parole` program, run as a child process: the tests that need a real
/// standard input give it one of its own instead of redirecting the test runner's
/// (file descriptor 0 is shared by every test running at the same time).
enum ParoleProgram {
    /// The `parole` program built next to the test runner (`swift test` builds it), or the
    /// one `PAROLE_BINARY` names.
    static func url() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["PAROLE_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On macOS the runner is inside a .xctest bundle.
        while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS"
            || folder.lastPathComponent == "Contents"
        {
            folder.deleteLastPathComponent()
        }
        let url = folder.appendingPathComponent("parole")
        try #require(
            FileManager.default.isExecutableFile(atPath: url.path),
            "no parole program at \(url.path): build it, or set PAROLE_BINARY")
        return url
    }

    /// What a run printed and how it ended.
    struct Run {
        /// Standard output.
        var output: String
        /// Standard error.
        var errors: String
        /// The exit status.
        var status: Int32
    }

    /// Runs `parole arguments` with the file at `input` as its standard input and waits for
    /// it, killing it after `seconds` (a run that hangs fails the test instead of the suite).
    static func run(_ arguments: [String], input: URL, seconds: Double = 120) throws -> Run {
        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: input)
        return try withTemporaryFolder { folder in
            // Files, not pipes: nothing to drain while waiting.
            let outputURL = folder.appendingPathComponent("out")
            let errorsURL = folder.appendingPathComponent("err")
            _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
            _ = FileManager.default.createFile(atPath: errorsURL.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: outputURL)
            process.standardError = try FileHandle(forWritingTo: errorsURL)
            let ended = DispatchSemaphore(value: 0)
            process.terminationHandler = { _ in ended.signal() }
            try process.run()
            if ended.wait(timeout: .now() + seconds) == .timedOut {
                process.terminate()
                ended.wait()
                Issue.record("parole \(arguments.joined(separator: " ")) did not end within \(Int(seconds)) s")
            }
            return Run(
                output: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
                errors: String(decoding: try Data(contentsOf: errorsURL), as: UTF8.self),
                status: process.terminationStatus)
        }
    }
}
