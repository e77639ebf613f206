/// A growing UTF-8 buffer with the few JSON writing primitives the document writer needs.
struct JSONBuffer {
    private(set) var bytes: [UInt8] = []
    /// When set, full chunks go to it instead of accumulating.
    private let sink: ((UnsafeRawBufferPointer) -> Void)?
    private let chunkSize: Int

    /// A buffer that accumulates everything.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
        sink = nil
        chunkSize = .max
    }

    /// A buffer that hands `chunkSize`-byte chunks to `sink` as they fill.
    init(chunkSize: Int, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.chunkSize = chunkSize
        self.sink = sink
        bytes.reserveCapacity(chunkSize + 4096)
    }

    /// Hands the bytes so far to the sink, if there is one and the chunk is full.
    mutating func flushIfFull() {
        guard let sink, bytes.count >= chunkSize else { return }
        bytes.withUnsafeBytes(sink)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Hands every remaining byte to the sink.
    mutating func finish() {
        guard let sink, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes(sink)
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func append(_ raw: UnsafeRawBufferPointer) { bytes.append(contentsOf: raw) }

    mutating func int(_ value: Int) {
        if value < 0 {
            bytes.append(0x2D)
            int(-value)
            return
        }
        if value < 10 {
            bytes.append(UInt8(48 + value))
            return
        }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[19 - count] = UInt8(48 + rest % 10)
                rest /= 10
                count += 1
            }
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Appends a quoted, escaped JSON string.
    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in appendEscaped(utf8) }
    }

    /// Appends a quoted, escaped JSON string from UTF-16 code units.
    mutating func string(utf16 units: ArraySlice<UInt16>) {
        var ascii = true
        for unit in units where unit >= 0x80 || unit < 0x20 || unit == 0x22 || unit == 0x5C {
            ascii = false
            break
        }
        if ascii {
            bytes.append(0x22)
            for unit in units { bytes.append(UInt8(truncatingIfNeeded: unit)) }
            bytes.append(0x22)
        } else {
            string(String(utf16Units: units))
        }
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            runStart = index + 1
            switch byte {
            case 0x22:
                bytes.append(0x5C)
                bytes.append(0x22)
            case 0x5C:
                bytes.append(0x5C)
                bytes.append(0x5C)
            case 0x0A:
                bytes.append(0x5C)
                bytes.append(0x6E)
            case 0x0D:
                bytes.append(0x5C)
                bytes.append(0x72)
            case 0x09:
                bytes.append(0x5C)
                bytes.append(0x74)
            default:
                raw("\\u00")
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            }
        }
        if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        bytes.append(0x22)
    }

    /// Appends `"key":`.
    mutating func key(_ name: StaticString) {
        bytes.append(0x22)
        raw(name)
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    /// Appends `,"key":`, the key of every member after an object's first.
    mutating func nextKey(_ name: StaticString) {
        bytes.append(0x2C)
        key(name)
    }

    /// Appends `text` as a JSON string, or `null` when there is none.
    mutating func string(orNull text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// Appends `value`, or `null` when there is none.
    mutating func int(orNull value: Int?) {
        if let value { int(value) } else { raw("null") }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
