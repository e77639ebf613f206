/// What is known about a document besides its text.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// The publication date, from a `date` header, a JSONL `date` field or `--date`.
    public var date: ReferenceDate?
    /// Other string fields that came with the document (for instance `url` or
    /// `title` in a JSONL record); the JSON output carries them under `meta`.
    public var fields: [String: String]
    /// The other JSONL fields that are not strings (numbers, lists, objects), each as
    /// its JSON text; the JSON output leaves them out, the quotation database keeps them.
    package var jsonFields: [String: String] = [:]
    /// Where the document was read: the file's path, or `-` for standard input;
    /// `nil` for a document made in code. Not part of the JSON output.
    public var source: String?
    /// The 1-based line of a JSONL record in ``source``; `nil` for a text file.
    public var line: Int?

    /// Creates metadata.
    public init(date: ReferenceDate? = nil, fields: [String: String] = [:], source: String? = nil, line: Int? = nil) {
        self.date = date
        self.fields = fields
        self.source = source
        self.line = line
    }
}
