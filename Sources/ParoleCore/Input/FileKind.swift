#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a path names once symbolic links are followed: folders yield regular files only,
/// so that a pipe never blocks a run and a device never fills memory.
enum FileKind: Equatable {
    case regular
    case folder
    case pipe
    case device
    case socket
    case other

    /// The kind of `path`, or `nil` when it cannot be examined (missing, dangling link, no permission).
    static func of(_ path: String) -> FileKind? {
        of(pathBytes: Array(path.utf8))
    }

    /// The kind of the path whose bytes are `pathBytes` (a name need not be UTF-8).
    static func of(pathBytes: [UInt8]) -> FileKind? {
        var info = stat()
        let found = (pathBytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) == 0 }
        }
        guard found else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .folder
        case S_IFIFO: return .pipe
        case S_IFCHR, S_IFBLK: return .device
        case S_IFSOCK: return .socket
        default: return .other
        }
    }

    /// How an error message names the kind.
    var description: String {
        switch self {
        case .regular: "a regular file"
        case .folder: "a folder"
        case .pipe: "a named pipe"
        case .device: "a device"
        case .socket: "a socket"
        case .other: "not a regular file"
        }
    }
}
