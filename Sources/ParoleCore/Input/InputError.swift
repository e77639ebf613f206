/// Why an input could not become a document. Other inputs still go through.
public struct InputError: Error, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Hashable, Sendable {
        /// The path does not exist.
        case notFound
        /// The file exists but could not be read.
        case unreadable(String)
        /// The bytes are not UTF-8; `offset` is where the first bad sequence starts.
        case notUTF8(offset: Int, byte: UInt8)
        /// The date header, `date` field or `--date` is not a valid date.
        case invalidDate(String)
        /// A JSONL line is not a JSON object.
        case invalidJSON(String)
        /// A JSONL record lacks a required field, or has it with the wrong type.
        case missingField(String)
        /// A folder holds no `.txt` or `.jsonl` file.
        case emptyFolder
        /// The text is longer than a document can be (2³¹ − 1 UTF-16 code units).
        case tooLong
        /// The document is longer than ``DocumentReader/Options/maximumDocumentBytes``; it was not read whole.
        case tooLarge(limit: Int)
        /// A folder entry named like an input is not a regular file (`kind` says what it is).
        case notRegularFile(String)
        /// A path given as an argument is not UTF-8, so it reached Parole altered (its folder can be given instead).
        case nameNotUTF8
    }

    /// The file, with a line number for JSONL records (`news.jsonl:12`), or `-` for standard input.
    public let location: String
    /// What went wrong.
    public let reason: Reason

    /// Creates an error.
    public init(location: String, reason: Reason) {
        self.location = location
        self.reason = reason
    }

    /// `location: reason`, on one line.
    public var description: String {
        let what: String
        switch reason {
        case .notFound: what = "no such file or folder"
        case .unreadable(let detail): what = "cannot be read (\(detail))"
        case .notUTF8(let offset, let byte):
            // FF FE and FE FF open UTF-16 text; neither byte ever occurs in UTF-8.
            let from = offset == 0 && (byte == 0xFF || byte == 0xFE) ? "utf-16" : "latin1"
            what =
                "not UTF-8: byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset) "
                + "(convert it first, for instance: iconv -f \(from) -t utf-8)"
        case .invalidDate(let detail): what = "invalid date: \(detail)"
        case .invalidJSON(let detail): what = "not a JSON object (\(detail))"
        case .missingField(let field): what = "the record has no string field \"\(field)\""
        case .emptyFolder: what = "the folder holds no .txt or .jsonl file"
        case .tooLong: what = "too long for one document (more than 2³¹ − 1 UTF-16 code units); split it"
        case .tooLarge(let limit): what = "longer than the maximum document size (\(limit) bytes); skipped, split it"
        case .notRegularFile(let kind): what = "\(kind), not a regular file; skipped"
        case .nameNotUTF8:
            what =
                "no such file; its name is not UTF-8 (give its folder instead, or rename it: convmv -f latin1 -t utf-8)"
        }
        return "\(Self.printable(location)): \(what)"
    }

    /// `text` with control characters (a line break in a file name) written as escapes, so a message stays on one line.
    package static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            return text
        }
        return String(
            text.unicodeScalars.map { scalar -> String in
                scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
            }.joined())
    }
}
