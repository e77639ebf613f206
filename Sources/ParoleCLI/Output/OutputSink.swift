#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
    private typealias Glibc = Darwin
#endif

/// Where a command writes: standard output and error in use, memory in tests.
public protocol OutputSink: AnyObject {
    /// Writes bytes.
    func write(_ bytes: [UInt8])
    /// Writes raw bytes.
    func write(raw bytes: UnsafeRawBufferPointer)
    /// Writes text.
    func write(_ text: String)
    /// Pushes buffered bytes out.
    func flush()
    /// Why some output could not be written (`nil` while everything was written).
    var writeError: String? { get }
}

extension OutputSink {
    /// Writes text as UTF-8.
    public func write(_ text: String) { write(Array(text.utf8)) }
    /// Nothing to flush by default.
    public func flush() {}
    /// Nothing fails by default.
    public var writeError: String? { nil }
}

/// A buffered writer to a file descriptor (standard output or error).
public final class StreamSink: OutputSink {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let threshold: Int
    /// Why a write failed; once set, nothing more is written.
    public private(set) var writeError: String?

    /// Standard output, buffered in 64 KiB blocks.
    public static func standardOutput() -> StreamSink { StreamSink(descriptor: 1, threshold: 1 << 16) }

    /// Standard error, written at once.
    public static func standardError() -> StreamSink { StreamSink(descriptor: 2, threshold: 0) }

    /// A writer to `descriptor` that buffers up to `threshold` bytes (0: writes at once).
    public init(descriptor: Int32, threshold: Int) {
        self.descriptor = descriptor
        self.threshold = threshold
    }

    deinit { flush() }

    /// Appends bytes, writing out when the buffer is full; a large block is written
    /// directly rather than copied.
    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write(raw: $0) }
    }

    /// Appends raw bytes (see ``write(_:)``).
    public func write(raw bytes: UnsafeRawBufferPointer) {
        if bytes.count >= max(threshold, 1) {
            flush()
            send(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= threshold { flush() }
    }

    /// Writes out the buffer.
    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { send($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func send(_ bytes: UnsafeRawBufferPointer) {
        guard writeError == nil, bytes.count > 0 else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                // A full disk, a closed descriptor, a reader gone: the output is lost, and the run must say so.
                writeError = String(cString: strerror(errno))
                return
            }
            offset += written
        }
    }

    /// Whether the descriptor is a terminal.
    public var isTerminal: Bool { isatty(descriptor) == 1 }
}

/// Collects output in memory.
public final class MemorySink: OutputSink {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty sink.
    public init() {}

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) { self.bytes.append(contentsOf: bytes) }

    /// Appends raw bytes.
    public func write(raw bytes: UnsafeRawBufferPointer) { self.bytes.append(contentsOf: bytes) }

    /// The output as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
