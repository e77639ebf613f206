import Foundation
import ParoleResources

/// A word list from `Resources/lexicons`: one entry per line, `#` lines are the
/// header (where the content comes from) and comments.
///
/// An entry may have tab-separated fields after the first, such as a lemma and
/// a class: `déclaré<TAB>déclarer`. Lexicons are plain files so that they can
/// be read, reviewed and extended without touching code.
package struct Lexicon: Sendable {
    /// The file name without extension.
    package let name: String
    /// The header: the comment lines at the top of the file, without `#`.
    package let header: [String]
    /// The entries, each split into its tab-separated fields (at least one).
    package let entries: [[String]]
    /// The line number (from 1) of each entry, for messages.
    package let lines: [Int]

    /// Parses lexicon text: lines split at `\n`, `\r` dropped, `#` lines kept as the
    /// header until the first entry, blank lines skipped, fields split at tabs and
    /// trimmed of spaces and tabs. Works on the UTF-8 bytes (files reach 200 KB).
    package init(name: String, contents: String) {
        var header: [String] = []
        var entries: [[String]] = []
        var lines: [Int] = []
        var number = 0
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
                number += 1
                if line.first == 0x23 {  // "#"
                    if inHeader {
                        var start = 1
                        while start < line.count, line[start] == 0x20 { start += 1 }
                        header.append(Self.string(line, start..<line.count))
                    }
                } else if let fields = Self.fields(line) {
                    inHeader = false
                    entries.append(fields)
                    lines.append(number)
                }
                lineStart = lineEnd + 1
            }
        }
        self.name = name
        self.header = header
        self.entries = entries
        self.lines = lines
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
    package var words: [String] { entries.map { $0[0] } }

    /// The first fields, lowercased, as a set.
    package var lowercasedWords: Set<String> { Set(words.map { $0.lowercased() }) }

    /// Loads `name.txt` from the lexicon folder (see ``LexiconStore``).
    package static func named(_ name: String) throws -> Lexicon {
        try LexiconStore.shared.lexicon(named: name)
    }
}

/// Where the data files (lexicons and models) are read from, with a cache so that each
/// lexicon is parsed once.
///
/// By default the files are the ones carried inside the binary (see ``ParoleResources``),
/// so that a `parole` program copied alone to another machine works. A folder with the
/// same layout as `Resources/` (a `lexicons` and a `models` folder) can replace them, to
/// try other files without rebuilding: call ``useFolder(_:)`` before the first stage is
/// made (the `parole` command does so with `--resources` or the `PAROLE_RESOURCES`
/// environment variable; the library itself reads no environment variable). A file that
/// is missing or cannot be read is a thrown ``LexiconError``.
public final class LexiconStore: Sendable {
    /// The store every stage uses.
    public static let shared = LexiconStore(folder: nil)

    /// Where the files come from.
    public enum Source: Sendable, Equatable, CustomStringConvertible {
        /// The files carried inside the binary.
        case embedded
        /// A folder with `lexicons` and `models` folders.
        case folder(URL)

        /// Where the files come from, for messages.
        public var description: String {
            switch self {
            case .embedded: "the files built into Parole"
            case .folder(let url): "the resource folder \(url.path)"
            }
        }
    }

    private let state: StateBox

    private final class StateBox: @unchecked Sendable {
        let lock = NSLock()
        var source: Source
        var lexicons: [String: Lexicon] = [:]
        init(source: Source) { self.source = source }
    }

    /// A store reading the files of `folder` (a folder laid out as `Resources/`), or the
    /// embedded files when `folder` is `nil`.
    package init(folder: URL? = nil) {
        state = StateBox(source: folder.map(Source.folder) ?? .embedded)
    }

    /// Where the files come from.
    package var source: Source {
        state.lock.lock()
        defer { state.lock.unlock() }
        return state.source
    }

    /// Reads the files of `folder` (laid out as `Resources/`) from now on, or the embedded
    /// ones when `nil`. Stages made earlier keep what they read, so call this first.
    public func useFolder(_ folder: URL?) {
        state.lock.lock()
        defer { state.lock.unlock() }
        state.source = folder.map(Source.folder) ?? .embedded
        state.lexicons = [:]
    }

    /// The bytes of the data file at `path` under the resources, such as
    /// `lexicons/abbreviations.txt` or `models/tagger.bin`.
    package func contents(of path: String) throws -> [UInt8] {
        switch source {
        case .embedded:
            guard let bytes = ParoleResources.bytes(at: path) else { throw LexiconError.missingFile(path, source) }
            return [UInt8](bytes)
        case .folder(let folder):
            let url = folder.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw LexiconError.missingFile(path, source)
            }
            return [UInt8](data)
        }
    }

    /// A description of the data file at `path` for error messages: its path in the
    /// resource folder, or its name among the embedded files.
    package func location(of path: String) -> String {
        switch source {
        case .embedded: "Resources/\(path) (built in)"
        case .folder(let folder): folder.appendingPathComponent(path).path
        }
    }

    /// The names (without `.txt`) of the lexicons available, sorted.
    package func lexiconNames() throws -> [String] {
        let files: [String]
        switch source {
        case .embedded:
            files = ParoleResources.paths.filter { $0.hasPrefix("lexicons/") }.map { String($0.dropFirst(9)) }
        case .folder(let folder):
            let directory = folder.appendingPathComponent("lexicons")
            do { files = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
                throw LexiconError.missingFile("lexicons", source)
            }
        }
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The lexicon `name`, read and parsed on first use.
    package func lexicon(named name: String) throws -> Lexicon {
        state.lock.lock()
        if let cached = state.lexicons[name] {
            state.lock.unlock()
            return cached
        }
        state.lock.unlock()
        let path = "lexicons/\(name).txt"
        let bytes = try contents(of: path)
        guard let contents = String(validating: bytes, as: UTF8.self) else {
            throw LexiconError.notUTF8(location(of: path))
        }
        let lexicon = Lexicon(name: name, contents: contents)
        state.lock.lock()
        defer { state.lock.unlock() }
        state.lexicons[name] = lexicon
        return lexicon
    }
}

/// Why a data file could not be loaded.
public enum LexiconError: Error, CustomStringConvertible {
    /// The file (a path under the resources, such as `lexicons/clitics.txt`) is not in
    /// the source read.
    case missingFile(String, LexiconStore.Source)
    /// The lexicon file is not UTF-8.
    case notUTF8(String)
    /// A line of a data file does not follow its layout: file, line number, reason.
    case malformed(String, Int, String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .missingFile(let path, .embedded):
            "data file \(path) is not built into this Parole; rebuild it, or set PAROLE_RESOURCES to a folder "
                + "laid out as Resources/ (with lexicons/ and models/)"
        case .missingFile(let path, .folder(let folder)):
            "data file \(path) not found in the resource folder \(folder.path) (given by --resources or "
                + "PAROLE_RESOURCES instead of the built-in files); it must be laid out as Resources/, "
                + "with lexicons/ and models/"
        case .notUTF8(let path): "lexicon is not UTF-8: \(path)"
        case .malformed(let path, let line, let reason): "\(path):\(line): \(reason)"
        }
    }
}
