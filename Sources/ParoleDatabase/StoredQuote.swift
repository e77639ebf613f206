/// A quote as stored, with its speaker and document: one row of a search result.
public struct StoredQuote: Codable, Hashable, Sendable {
    /// The words said.
    public var text: String
    /// `direct`, `partial` or `indirect`.
    public var kind: String
    /// The speaker's canonical name, when the speaker is a named entity.
    public var speaker: String?
    /// The words that name the speaker at this quote.
    public var speakerText: String?
    /// The lemma of the speech verb, or `selon`.
    public var cue: String?
    /// The document's id in the corpus.
    public var document: String
    /// The document's reference date.
    public var date: String?
    /// Offsets of the quote in the document text, in Unicode scalars.
    public var start: Int
    /// The end offset, exclusive.
    public var end: Int
    /// The sentence or sentences the quote stands in.
    public var sentence: String
}

/// What to look for in a quotation database.
public struct QuoteQuery: Sendable, Hashable {
    /// Words that must all appear in the quote (accents and case ignored); a word
    /// with a hyphen or apostrophe matches as a phrase (`cessez-le-feu`).
    public var text: String?
    /// Part of the speaker's name or of one of its aliases (accents and case ignored).
    public var speaker: String?
    /// The most rows to return.
    public var limit: Int?

    /// Creates a query; with no criteria it returns every quote.
    public init(text: String? = nil, speaker: String? = nil, limit: Int? = nil) {
        self.text = text
        self.speaker = speaker
        self.limit = limit
    }
}
