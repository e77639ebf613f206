import Foundation
import ParoleResources

/// A word list from `Resources/lexicons`: one entry per line, `#` lines are the
/// header (where the content comes from) and comments.
///
/// An entry may have tab-separated fields after the first, such as a lemma and
/// a class: `déclaré<TAB>déclarer`. Lexicons are plain files so that they can
/// be read, reviewed and extended without touching code.
public struct Lexicon: Sendable {
    /// The file name without extension.
    public let name: String
    /// The header: the comment lines at the top of the file, without `#`.
    public let header: [String]
    /// The entries, each split into its tab-separated fields (at least one).
    public let entries: [[String]]

    /// Parses lexicon text: lines split at `\n`, `\r` dropped, `#` lines kept as the
    /// header until the first entry, blank lines skipped, fields split at tabs and
    /// trimmed of spaces and tabs. Works on the UTF-8 bytes (files reach 200 KB).
    public init(name: String, contents: String) {
        var header: [String] = []
        var entries: [[String]] = []
        var text = contents
        text.withUTF8 { bytes in
            var inHeader = true
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var end = lineEnd
                if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                if line.first == 0x23 {  // "#"
                    if inHeader {
                        var start = 1
                        while start < line.count, line[start] == 0x20 { start += 1 }
                        header.append(Self.string(line, start..<line.count))
                    }
                } else if let fields = Self.fields(line) {
                    inHeader = false
                    entries.append(fields)
                }
                lineStart = lineEnd + 1
            }
        }
        self.name = name
        self.header = header
        self.entries = entries
    }

    /// The tab-separated fields of a line trimmed of spaces and tabs, each field
    /// trimmed of spaces; `nil` for a blank line.
    private static func fields(_ line: UnsafeBufferPointer<UInt8>) -> [String]? {
        var lineStart = 0
        var lineEnd = line.count
        while lineStart < lineEnd, line[lineStart] == 0x20 || line[lineStart] == 0x09 { lineStart += 1 }
        while lineEnd > lineStart, line[lineEnd - 1] == 0x20 || line[lineEnd - 1] == 0x09 { lineEnd -= 1 }
        guard lineStart < lineEnd else { return nil }
        var fields: [String] = []
        var fieldStart = lineStart
        for position in lineStart...lineEnd where position == lineEnd || line[position] == 0x09 {
            var start = fieldStart
            var end = position
            while start < end, line[start] == 0x20 { start += 1 }
            while end > start, line[end - 1] == 0x20 { end -= 1 }
            fields.append(string(line, start..<end))
            fieldStart = position + 1
        }
        return fields
    }

    private static func string(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self)
    }

    /// The first field of every entry.
    public var words: [String] { entries.map { $0[0] } }

    /// The first fields as a set of ``Normalizer/foldingKey(_:)`` keys (case and accents ignored).
    public var foldedWords: Set<String> { Set(words.map(Normalizer.foldingKey)) }

    /// The first fields, lowercased, as a set.
    public var lowercasedWords: Set<String> { Set(words.map { $0.lowercased() }) }

    /// Loads `name.txt` from the lexicon folder (see ``LexiconStore``).
    public static func named(_ name: String) throws -> Lexicon {
        try LexiconStore.shared.lexicon(named: name)
    }
}

/// Where lexicons are read from, with a cache so that each file is parsed once.
///
/// By default the files come with the library (`Resources/lexicons`). Set the
/// `PAROLE_RESOURCES` environment variable to a folder holding a `lexicons`
/// folder to use other files without rebuilding.
public final class LexiconStore: Sendable {
    /// The store every stage uses.
    public static let shared = LexiconStore()

    private let cache = CacheBox()

    private final class CacheBox: @unchecked Sendable {
        let lock = NSLock()
        var lexicons: [String: Lexicon] = [:]
    }

    /// The folder the lexicons are read from.
    public var directory: URL? {
        if let override = ProcessInfo.processInfo.environment["PAROLE_RESOURCES"], !override.isEmpty {
            return URL(fileURLWithPath: override).appendingPathComponent("lexicons")
        }
        return ParoleResources.lexiconDirectory
    }

    /// The folder the statistical models (the tagger's weights) are read from: `models`
    /// next to `lexicons`.
    public var modelDirectory: URL? {
        if let override = ProcessInfo.processInfo.environment["PAROLE_RESOURCES"], !override.isEmpty {
            return URL(fileURLWithPath: override).appendingPathComponent("models")
        }
        return ParoleResources.modelDirectory
    }

    /// The lexicon `name`, read and parsed on first use.
    public func lexicon(named name: String) throws -> Lexicon {
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let cached = cache.lexicons[name] { return cached }
        guard let directory else { throw LexiconError.missingFolder }
        let url = directory.appendingPathComponent(name + ".txt")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError.missingFile(url.path)
        }
        guard let contents = String(data: data, encoding: .utf8) else { throw LexiconError.notUTF8(url.path) }
        let lexicon = Lexicon(name: name, contents: contents)
        cache.lexicons[name] = lexicon
        return lexicon
    }
}

/// Why a lexicon could not be loaded.
public enum LexiconError: Error, CustomStringConvertible {
    /// The resource folder was not found next to the program.
    case missingFolder
    /// The lexicon file does not exist.
    case missingFile(String)
    /// The lexicon file is not UTF-8.
    case notUTF8(String)
    /// A line of a data file does not follow its layout: file, line number, reason.
    case malformed(String, Int, String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .missingFolder:
            "the Parole resource folder was not found; set PAROLE_RESOURCES to the Resources folder"
        case .missingFile(let path): "lexicon not found: \(path)"
        case .notUTF8(let path): "lexicon is not UTF-8: \(path)"
        case .malformed(let path, let line, let reason): "\(path):\(line): \(reason)"
        }
    }
}
