import Foundation
import Testing

/// Drives the built `parole` program through pipes, as another tool of a shell pipeline
/// would: the line of each document must come out while standard input is still open.
@Suite("parole analyze in a pipe")
struct StreamingOutputTests {
    /// Reads lines from a pipe on a thread of its own, so that the test can wait for
    /// one with a time limit.
    private final class LineWaiter: @unchecked Sendable {
        private let condition = NSCondition()
        private var lines: [String] = []
        private var pending: [UInt8] = []
        private var ended = false

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                while true {
                    let data = handle.availableData
                    condition.lock()
                    if data.isEmpty {
                        ended = true
                    } else {
                        pending.append(contentsOf: data)
                        while let newline = pending.firstIndex(of: 0x0A) {
                            lines.append(String(decoding: pending[..<newline], as: UTF8.self))
                            pending.removeSubrange(...newline)
                        }
                    }
                    condition.broadcast()
                    condition.unlock()
                    if data.isEmpty { return }
                }
            }
        }

        /// The line at `index`, waiting up to `seconds` for it; `nil` if it did not come.
        func line(_ index: Int, within seconds: Double) -> String? {
            let deadline = Date(timeIntervalSinceNow: seconds)
            condition.lock()
            defer { condition.unlock() }
            while lines.count <= index, !ended {
                if !condition.wait(until: deadline) { break }
            }
            return index < lines.count ? lines[index] : nil
        }
    }

    @Test("Each JSON line read from an open pipe is answered before the input ends, in order")
    func answersBeforeEndOfInput() throws {
        let process = Process()
        process.executableURL = try ParoleProgram.url()
        process.arguments = ["analyze", "-", "--input", "jsonl", "--format", "jsonl", "--quiet", "--jobs", "2"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let waiter = LineWaiter(output.fileHandleForReading)
        let documents = [
            #"{"id":"premier","text":"« Nous ne céderons pas », a déclaré Marie Dupont, maire de Lyon, lundi.","date":"2024-03-04"}"#,
            #"{"id":"second","text":"Le ministre a affirmé que la réforme serait votée avant l'été.","date":"2024-03-05"}"#,
        ]
        for (index, document) in documents.enumerated() {
            input.fileHandleForWriting.write(Data((document + "\n").utf8))
            // Standard input stays open: the answer must come anyway (a generous limit for a debug build).
            let line = try #require(
                waiter.line(index, within: 120), "no output line for document \(index + 1) while input is open")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["id"] as? String == ["premier", "second"][index])
        }
        #expect(process.isRunning, "parole must wait for more input while standard input is open")
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(waiter.line(2, within: 5) == nil)
    }
}
