import Foundation

/// Runs `body` with a new, empty folder of its own in the temporary directory, then removes
/// the folder and everything in it, whether `body` returns or throws. A test puts every
/// file it makes there (inputs, outputs, a SQLite database with its `-wal` and `-shm`
/// companions), so that it leaves nothing behind: `Scripts/ci/swift_test.sh` fails a run
/// that leaves anything in the temporary directory.
func withTemporaryFolder<Value>(_ body: (URL) throws -> Value) throws -> Value {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "parole-database-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
}

/// ``withTemporaryFolder(_:)`` for an `async` body, run in the caller's isolation.
func withTemporaryFolder<Value>(
    isolation: isolated (any Actor)? = #isolation, _ body: (URL) async throws -> Value
) async throws -> Value {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "parole-database-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return try await body(folder)
}
