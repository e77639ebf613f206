import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Makes `parole bench` take its measurement child down with it.
///
/// Each configuration runs in a child process. Without this, `kill` (SIGTERM), Ctrl-C or a
/// closed terminal would stop `bench` and leave the child running for minutes. The parent
/// forwards the signal as SIGKILL to the running child (a measurement has nothing to save),
/// then dies of the same signal. A `bench --child` also exits by itself when its parent dies
/// in any other way (SIGKILL included). Dying of a signal runs no `defer`: the temporary file
/// `bench` writes for `analyze` is removed here first, or it would stay in the temporary directory.
enum ChildSignals {
    /// The process id of the running child, 0 when there is none.
    private static let running = Atomic<Int32>(0)
    /// The temporary file to remove before dying of a signal, nil when there is none.
    private static let scratch = Mutex<String?>(nil)
    /// The dispatch sources that watch the signals, kept alive for the process's life.
    private static let sources = Mutex<[any DispatchSourceSignal]>([])

    /// The signals forwarded to the child.
    private static let forwarded: [Int32] = [SIGTERM, SIGINT, SIGHUP]

    /// Starts forwarding the termination signals of this process to its running child.
    static func forwardToChild() {
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            for number in forwarded {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    scratch.withLock { path in
                        if let path { unlink(path) }
                    }
                    let child = running.load(ordering: .acquiring)
                    if child > 0 { kill(child, SIGKILL) }
                    signal(number, SIG_DFL)
                    kill(getpid(), number)
                }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// Records `pid` as the running child (0: none).
    static func setRunning(_ pid: Int32) {
        running.store(pid, ordering: .releasing)
    }

    /// Records `path` as a temporary file to remove if a forwarded signal ends this process
    /// (nil: none). Its owner still removes it itself when it is done.
    static func setScratch(_ path: String?) {
        scratch.withLock { $0 = path }
    }

    /// In a child: exit as soon as the parent is gone, however it died (SIGKILL included).
    /// A thread looks at the parent process id every quarter of a second.
    static func exitWithParent() {
        let parent = getppid()
        Thread.detachNewThread {
            while getppid() == parent { usleep(250_000) }
            exit(EXIT_FAILURE)
        }
    }
}
