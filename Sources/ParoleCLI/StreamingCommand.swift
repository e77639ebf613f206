import ArgumentParser

/// A command that writes its results to standard output and one line per failed
/// input to standard error, shows progress on a terminal, and exits with status 1
/// when an input failed.
protocol StreamingCommand {
    /// The options shared by the commands that run the pipeline.
    var runOptions: RunOptions { get }

    /// Does the work, writing to `output` and `errors`; returns the number of failures.
    func execute(output: OutputSink, errors: OutputSink, showProgress: Bool) throws -> Int
}

extension StreamingCommand {
    /// Runs ``execute(output:errors:showProgress:)`` on the standard streams.
    func runOnStandardStreams() throws {
        let output = StreamSink.standardOutput()
        let errors = StreamSink.standardError()
        let failures = try execute(output: output, errors: errors, showProgress: !runOptions.quiet && errors.isTerminal)
        output.flush()
        if failures > 0 { throw ExitCode(1) }
    }
}
