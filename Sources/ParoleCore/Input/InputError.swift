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
            what =
                "not UTF-8: byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset) "
                + "(convert it first, for instance: iconv -f latin1 -t utf-8)"
        case .invalidDate(let detail): what = "invalid date: \(detail)"
        case .invalidJSON(let detail): what = "not a JSON object (\(detail))"
        case .missingField(let field): what = "the record has no string field \"\(field)\""
        case .emptyFolder: what = "the folder holds no .txt or .jsonl file"
        case .tooLong: what = "too long for one document (more than 2³¹ − 1 UTF-16 code units); split it"
        }
        return "\(location): \(what)"
    }
}
