import ArgumentParser

/// A command that writes its results to standard output and one line per failed
/// input to standard error, shows progress on a terminal, and exits with status 1
/// when an input failed (see ``ExitStatus``).
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
        let failures: Int
        do {
            failures = try execute(output: output, errors: errors, showProgress: !runOptions.quiet && errors.isTerminal)
        } catch let failure as CommandFailure {
            output.flush()
            errors.write("parole: \(failure.message)\n")
            throw ExitCode(failure.status.rawValue)
        }
        output.flush()
        if let problem = output.writeError {
            errors.write("parole: the output could not be written (\(problem)); it is incomplete\n")
            throw ExitCode(ExitStatus.outputLost.rawValue)
        }
        if failures > 0 { throw ExitCode(ExitStatus.inputFailed.rawValue) }
    }
}
