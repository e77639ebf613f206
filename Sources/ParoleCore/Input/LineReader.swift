import Foundation

/// Reads a file or stream line by line in large chunks, so that a JSONL file of
/// any size is read with a small, constant amount of memory.
///
/// A line longer than `maximumLineLength` is skipped without being held (the
/// reader throws ``LineTooLong`` once it has passed it and can go on). A read
/// error ends the stream: it is thrown once, then the reader returns `nil`.
final class LineReader {
    /// A line longer than the limit was skipped.
    struct LineTooLong: Error {
        /// Its 1-based number.
        var line: Int
        /// The limit, in bytes.
        var limit: Int
    }

    private let handle: FileHandle
    private let chunkSize: Int
    private let maximumLineLength: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    /// Set while the rest of an overlong line is being read past.
    private var skipping = false
    /// Where the search for the next line break resumes: bytes before it hold none.
    private var searched = 0

    /// Where each read lands before it joins `buffer`.
    private var scratch: [UInt8] = []

    /// The 1-based number of the last line returned.
    private(set) var lineNumber = 0

    init(handle: FileHandle, chunkSize: Int = 1 << 20, maximumLineLength: Int = Int.max) {
        self.handle = handle
        self.chunkSize = chunkSize
        self.maximumLineLength = maximumLineLength
    }

    /// The next line without its line break (`\n` or `\r\n`), or `nil` at the end.
    func nextLine() throws -> [UInt8]? {
        while true {
            if let newline = buffer[max(position, searched)...].firstIndex(of: 0x0A) {
                var line = Array(buffer[position..<newline])
                if line.last == 0x0D { line.removeLast() }
                position = newline + 1
                lineNumber += 1
                if skipping {
                    skipping = false
                    throw LineTooLong(line: lineNumber, limit: maximumLineLength)
                }
                if line.count > maximumLineLength { throw LineTooLong(line: lineNumber, limit: maximumLineLength) }
                return line
            }
            if finished {
                guard position < buffer.count || skipping else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                lineNumber += 1
                if skipping || line.count > maximumLineLength {
                    skipping = false
                    throw LineTooLong(line: lineNumber, limit: maximumLineLength)
                }
                return line
            }
            buffer.removeSubrange(..<position)
            position = 0
            searched = buffer.count
            if buffer.count > maximumLineLength {
                // Past the limit with no line break yet: drop what is held and read on to the break.
                buffer.removeAll(keepingCapacity: false)
                searched = 0
                skipping = true
            }
            let count: Int
            do {
                count = try readChunk()
            } catch {
                finished = true
                buffer.removeAll()
                searched = 0
                skipping = false
                throw error
            }
            if count == 0 { finished = true } else { buffer.append(contentsOf: scratch[..<count]) }
        }
    }

    /// Reads what is available, up to `chunkSize` bytes, into `scratch`, with one `read`
    /// call: on a pipe it returns as soon as some bytes arrive (FileHandle's
    /// `read(upToCount:)` waits for the whole count), so that a line sent through a pipe
    /// that stays open is seen at once. Returns 0 at the end.
    private func readChunk() throws -> Int {
        if scratch.count != chunkSize { scratch = [UInt8](repeating: 0, count: chunkSize) }
        let descriptor = handle.fileDescriptor
        while true {
            let count = scratch.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }
}
