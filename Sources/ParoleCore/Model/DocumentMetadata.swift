/// What is known about a document besides its text.
public struct DocumentMetadata: Sendable, Hashable {
    /// The publication date, from a `date` header, a JSONL `date` field or `--date`.
    public var date: ReferenceDate?
    /// Other string fields that came with the document (for instance `url` or
    /// `title` in a JSONL record); the JSON output carries them under `meta`.
    public var fields: [String: String]

    /// Creates metadata.
    public init(date: ReferenceDate? = nil, fields: [String: String] = [:]) {
        self.date = date
        self.fields = fields
    }
}
