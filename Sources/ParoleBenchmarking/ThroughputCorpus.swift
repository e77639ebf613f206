import Foundation
import ParoleCore

/// Texts for measuring speed: every `.txt` and `.jsonl` file of a folder, split
/// into documents at lines of the form `### doc=<id>` (the layout of
/// `data/corpus/throughput/`), with their word count.
public struct ThroughputCorpus: Sendable {
    /// The documents, in file and position order.
    public let documents: [Document]
    /// Words, counted as runs of non-space characters (as `wc -w` does).
    public let wordCount: Int
    /// UTF-16 code units over all documents.
    public let unitCount: Int

    /// Loads the corpus in `folder`.
    public init(folder: URL) throws {
        var documents: [Document] = []
        for result in DocumentReader(paths: [folder.path]) {
            let file = try result.get()
            documents.append(contentsOf: Self.split(file))
        }
        self.init(documents: documents)
    }

    /// A corpus of given documents.
    public init(documents: [Document]) {
        self.documents = documents
        self.wordCount = documents.reduce(0) { $0 + Self.countWords($1.utf16) }
        self.unitCount = documents.reduce(0) { $0 + $1.utf16.count }
    }

    /// The corpus repeated `times` times, for memory tests on larger inputs.
    public func repeated(_ times: Int) -> ThroughputCorpus {
        ThroughputCorpus(
            documents: (0..<times).flatMap { round in
                documents.map { Document(id: "\($0.id)#\(round)", text: $0.text, metadata: $0.metadata) }
            })
    }

    /// The default location of the throughput corpus next to the repository.
    public static var defaultFolder: URL {
        if let override = ProcessInfo.processInfo.environment["PAROLE_THROUGHPUT"] {
            return URL(fileURLWithPath: override)
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent("../shared/data/corpus/throughput").standardized
    }

    private static func split(_ file: Document) -> [Document] {
        var documents: [Document] = []
        var currentID = file.id
        var lines: [Substring] = []
        func flush() {
            let text = lines.joined(separator: "\n")
            if !text.allSatisfy(\.isWhitespace) {
                documents.append(Document(id: currentID, text: text, metadata: file.metadata))
            }
            lines.removeAll()
        }
        for line in file.text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### doc=") {
                flush()
                currentID = String(line.dropFirst(8))
            } else {
                lines.append(line)
            }
        }
        flush()
        return documents
    }

    static func countWords(_ units: [UInt16]) -> Int {
        var count = 0
        var inWord = false
        for unit in units {
            let space = unit.isSpaceUnit
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}
