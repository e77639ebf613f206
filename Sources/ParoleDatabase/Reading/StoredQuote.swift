/// A quote as stored, with its speaker and document: one row of a search or an export.
public struct StoredQuote: Codable, Hashable, Sendable {
    /// The words said.
    public var text: String
    /// `direct`, `partial` or `indirect`.
    public var kind: String
    /// The global speaker's name (a person or an organisation, merged across documents).
    public var speaker: String?
    /// The words that name the speaker at this quote.
    public var speakerText: String?
    /// How the speaker is named: `name`, `description`, `pronoun`, `organisation` or `source`.
    public var speakerKind: String? = nil
    /// `male`, `female`, or `nil` when unknown.
    public var speakerGender: String? = nil
    /// The function the text gives the speaker (`Premier ministre israélien`).
    public var speakerRole: String? = nil
    /// The lemma of the speech verb, or `selon`.
    public var cue: String?
    /// The document's key (its path, and `#` and its id for a JSONL record).
    public var document: String
    /// The document's reference date.
    public var date: String?
    /// When the words were said (a TIMEX3 value), else the document date.
    public var quoteDate: String? = nil
    /// The document's `outlet`, `url`, `title` and `author`, from JSONL metadata.
    public var outlet: String? = nil
    /// The document's address.
    public var url: String? = nil
    /// The document's title.
    public var title: String? = nil
    /// The document's author.
    public var author: String? = nil
    /// The group of copies of this quote (same normalised text, same speaker) across documents.
    public var quoteGroup: Int64? = nil
    /// The quote's index in its document, and the index of the quote that holds it (a fragment).
    public var position: Int? = nil
    /// The index in the document of the quote that holds this one.
    public var parent: Int? = nil
    /// Offsets of the quote in the document text, in Unicode scalars.
    public var start: Int
    /// The end offset, exclusive.
    public var end: Int
    /// The sentence or sentences the quote stands in.
    public var sentence: String
}

/// What to look for in a quotation database. Every criterion given must hold.
public struct QuoteQuery: Sendable, Hashable {
    /// Words that must appear in the quote (accents and case ignored), with
    /// `"exact phrases"`, `OR`, `NOT` and parentheses (see ``SearchSyntax``).
    public var text: String?
    /// Part of the speaker's name or of one of its aliases (accents and case ignored).
    public var speaker: String?
    /// The first statement date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), inclusive.
    public var from: String?
    /// The last statement date, inclusive (`2024-02` runs to the end of February).
    public var to: String?
    /// The document's outlet (case ignored).
    public var outlet: String?
    /// `direct`, `partial` or `indirect`.
    public var kind: String?
    /// `male`, `female` or `unknown`.
    public var gender: String?
    /// The most rows to return.
    public var limit: Int?

    /// Creates a query; with no criteria it returns every quote.
    public init(
        text: String? = nil, speaker: String? = nil, from: String? = nil, to: String? = nil, outlet: String? = nil,
        kind: String? = nil, gender: String? = nil, limit: Int? = nil
    ) {
        self.text = text
        self.speaker = speaker
        self.from = from
        self.to = to
        self.outlet = outlet
        self.kind = kind
        self.gender = gender
        self.limit = limit
    }
}

/// A stored document's metadata.
public struct StoredDocument: Hashable, Sendable {
    /// The key it is stored under.
    public var key: String
    /// Its id in its corpus.
    public var id: String?
    /// Its reference date.
    public var date: String?
    /// The JSONL fields with columns of their own.
    public var url: String?
    /// The title.
    public var title: String?
    /// The outlet.
    public var outlet: String?
    /// The author.
    public var author: String?
    /// The other metadata fields, as a JSON object (`nil` when there are none).
    public var meta: String?
}

extension StoredQuote {
    /// Creates a quote from the columns of a store's row (other stores than SQLite use it).
    package init(
        storedText text: String, kind: String, speaker: String?, speakerText: String?, speakerKind: String?,
        speakerGender: String?, speakerRole: String?, cue: String?, document: String, date: String?,
        quoteDate: String?, outlet: String?, url: String?, title: String?, author: String?, quoteGroup: Int64?,
        position: Int?, parent: Int?, start: Int, end: Int, sentence: String
    ) {
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerText = speakerText
        self.speakerKind = speakerKind
        self.speakerGender = speakerGender
        self.speakerRole = speakerRole
        self.cue = cue
        self.document = document
        self.date = date
        self.quoteDate = quoteDate
        self.outlet = outlet
        self.url = url
        self.title = title
        self.author = author
        self.quoteGroup = quoteGroup
        self.position = position
        self.parent = parent
        self.start = start
        self.end = end
        self.sentence = sentence
    }

    /// The columns of a stored quote and the joins that give them, for any store's search
    /// (the same SQL in SQLite and PostgreSQL); a `WHERE` and `ORDER BY` follow.
    package static let selectSQL = """
        SELECT quote.text, quote.kind, speaker.name AS speaker, quote.speaker_text, quote.speaker_kind,
               \(QuoteFilter.gender) AS speaker_gender, quote.speaker_role, quote.cue,
               document.key AS document, quote.document_date AS date, quote.quote_date, document.outlet,
               document.url, document.title, document.author, quote.quote_group, quote.position, quote.parent,
               quote.start, quote."end", quote.sentence
        FROM quote
        JOIN document ON document.id = quote.document_id
        LEFT JOIN speaker ON speaker.id = quote.speaker_id
        """
}
