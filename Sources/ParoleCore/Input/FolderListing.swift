import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The entries of a folder, read as the bytes the file system stores.
///
/// Foundation's listing turns names into `String`s and cannot name a file whose name is not
/// UTF-8 (an archive from an old Latin-1 system: `caf\xE9.txt`); such a file must still be
/// read, and named readably in messages.
struct FolderListing {
    /// One entry: its path as bytes (to open it) and as text (to show it).
    struct Entry {
        /// The folder's path, a slash and the name, byte for byte.
        var pathBytes: [UInt8]
        /// The path for messages and document ids: the name's bytes that are not UTF-8 are
        /// written `\xE9`.
        var shownPath: String
        /// The name alone, as shown.
        var shownName: String
        /// Whether the name is valid UTF-8 (then ``shownPath`` opens the file too).
        var isUTF8: Bool
    }

    /// Why a folder could not be listed.
    struct Failure: Error {
        /// The `errno` text.
        var reason: String
    }

    /// The entries of `folder` except `.` and `..`, in no particular order.
    static func entries(of folder: String) throws(Failure) -> [Entry] {
        guard let stream = opendir(folder) else { throw Failure(reason: String(cString: strerror(errno))) }
        defer { closedir(stream) }
        let prefix = Array(folder.utf8) + (folder.hasSuffix("/") ? [] : [UInt8(ascii: "/")])
        let shownPrefix = folder.hasSuffix("/") ? folder : folder + "/"
        var entries: [Entry] = []
        while let entry = readdir(stream) {
            let name: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            let valid = String(validating: name, as: UTF8.self)
            let shown = valid ?? escaped(name)
            entries.append(
                Entry(pathBytes: prefix + name, shownPath: shownPrefix + shown, shownName: shown, isUTF8: valid != nil))
        }
        return entries
    }

    /// Opens the file whose path is `pathBytes` for reading; returns its descriptor.
    static func openForReading(_ pathBytes: [UInt8]) throws(Failure) -> Int32 {
        let descriptor = (pathBytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY) }
        }
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        return descriptor
    }

    /// `bytes` as UTF-8 text where it is valid, each byte that starts an invalid sequence
    /// as `\xHH` (found by ``UTF8Validation/firstInvalidSequence(_:)``).
    static func escaped(_ bytes: [UInt8]) -> String {
        var text = ""
        var rest = bytes[...]
        while let bad = UTF8Validation.firstInvalidSequence(Array(rest)) {
            text += String(decoding: rest.prefix(bad.offset), as: UTF8.self)
            text += "\\x" + String(rest[rest.startIndex + bad.offset], radix: 16, uppercase: true)
            rest = rest.dropFirst(bad.offset + 1)
        }
        return text + String(decoding: rest, as: UTF8.self)
    }
}
