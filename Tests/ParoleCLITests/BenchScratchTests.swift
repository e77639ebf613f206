import Foundation
import Testing

/// `parole bench` writes its corpus to a temporary file for the `analyze` configuration; it
/// removes it on every way out, a stopping signal included.
@Suite("parole bench leaves nothing in the temporary directory")
struct BenchScratchTests {
    private static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/articles").path

    /// Starts `parole bench` on the golden articles with `folder` as its TMPDIR, output
    /// discarded, and no signal blocked (a test runner's thread blocks some, and a child
    /// started by `Process` inherits them: SIGTERM would then not end bench).
    private func startBench(tmpdir folder: URL) throws -> pid_t {
        let path = try ParoleProgram.url().path
        let arguments = [path, "bench", "--corpus", Self.articles, "--only", "analyze", "--iterations", "100000"]
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = folder.path
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(
                &actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        try #require(posix_spawn(&pid, path, &actions, &attributes, argv, envp) == 0, "cannot run \(path)")
        return pid
    }

    @Test("Stopped by SIGTERM while it measures analyze, bench removes its temporary corpus")
    func signalRemovesTheCorpus() throws {
        try withTemporaryFolder { folder in
            let pid = try startBench(tmpdir: folder)
            let written = { (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] }
            var status: Int32 = 0
            // True once bench has ended (reaped here, or by anyone else: waitpid fails then).
            let ended = { () -> Bool in
                let reaped = waitpid(pid, &status, WNOHANG)
                return reaped == pid || reaped == -1
            }
            let deadline = Date().addingTimeInterval(60)
            var corpus = false
            while !corpus && Date() < deadline && !ended() {
                usleep(20_000)
                corpus = written().contains { $0.hasPrefix("parole-bench-") }
            }
            try #require(corpus, "bench wrote no corpus in its TMPDIR (wait status \(status))")
            usleep(200_000)  // measuring now
            kill(pid, SIGTERM)
            let stop = Date().addingTimeInterval(30)
            var stopped = false
            while !stopped && Date() < stop {
                usleep(20_000)
                stopped = ended()
            }
            if !stopped {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                Issue.record("bench did not end on SIGTERM")
            }
            #expect(written() == [])
        }
    }
}
