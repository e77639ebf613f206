import Foundation

/// Reads a file or stream line by line in large chunks, so that a JSONL file of
/// any size is read with a small, constant amount of memory.
final class LineReader {
    private let handle: FileHandle
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false

    /// The 1-based number of the last line returned.
    private(set) var lineNumber = 0

    init(handle: FileHandle, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// The next line without its line break (`\n` or `\r\n`), or `nil` at the end.
    func nextLine() throws -> [UInt8]? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                var line = Array(buffer[position..<newline])
                if line.last == 0x0D { line.removeLast() }
                position = newline + 1
                lineNumber += 1
                return line
            }
            if finished {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                lineNumber += 1
                return line
            }
            buffer.removeSubrange(..<position)
            position = 0
            let chunk = try handle.read(upToCount: chunkSize) ?? Data()
            if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
