/// Something a person or organisation said, with who said it and how.
public struct Quote: Spanned, Hashable, Sendable, Codable {
    /// How the words are reported.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// The speaker's words in quotation marks, a whole sentence or clause.
        case direct
        /// A quoted fragment inside the reporter's sentence (`de « constructives »`).
        case partial
        /// Reported speech without marks (`a déclaré que ...`, `selon X, ...`).
        case indirect
    }

    /// Who said it.
    public struct Speaker: Spanned, Hashable, Sendable, Codable {
        /// How the words of ``span`` name the speaker.
        public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
            /// A person's proper name (`Antony Blinken`, `le président Obama`).
            case name
            /// A description of a person without a name (`le ministre israélien de la Défense`).
            case description
            /// A pronoun (`a-t-il`, `elle`, `pour lui`).
            case pronoun
            /// An organisation, an institution or a place speaking for one (`la Maison Blanche`, `Bruxelles`).
            case organisation
            /// An unnamed source: witnesses, sources, a document with no author (`une source diplomatique`).
            case source
        }

        /// The words that name the speaker here: a name, a description or a pronoun.
        public var span: Span
        /// The fullest name of the speaker in the document, when known.
        public var canonical: String?
        /// The index of the speaker's cluster in ``Document/entityClusters``.
        public var cluster: Int?
        /// How ``span`` names the speaker, when known.
        public var kind: Kind?
        /// The speaker's gender, when the text or the first name shows one.
        public var gender: Gender?
        /// The function or title the text gives the speaker (`Premier ministre israélien`).
        public var role: Span?

        /// Creates a speaker.
        public init(
            span: Span, canonical: String?, cluster: Int? = nil, kind: Kind? = nil, gender: Gender? = nil,
            role: Span? = nil
        ) {
            self.span = span
            self.canonical = canonical
            self.cluster = cluster
            self.kind = kind
            self.gender = gender
            self.role = role
        }
    }

    /// The verb or word that introduces the quote.
    public struct Cue: Spanned, Hashable, Sendable, Codable {
        /// The verb as written (`a proclamé`), or `selon`.
        public var span: Span
        /// Its lemma (`proclamer`).
        public var lemma: String

        /// Creates a cue.
        public init(span: Span, lemma: String) {
            self.span = span
            self.lemma = lemma
        }
    }

    /// The words said, without quotation marks (for indirect quotes, the reported clause).
    public var span: Span
    /// How the words are reported.
    public var kind: Kind
    /// Who said them, when the text tells.
    public var speaker: Speaker?
    /// The speech verb, when there is one.
    public var cue: Cue?
    /// When it was said, as a TIMEX3 value: a date of the cue's sentence, else the document date.
    public var date: String?
    /// The index in the layer of the quote that holds this one (a partial fragment
    /// inside an indirect quote), else `nil`.
    public var parent: Int?

    /// Creates a quote.
    public init(
        span: Span, kind: Kind, speaker: Speaker? = nil, cue: Cue? = nil, date: String? = nil, parent: Int? = nil
    ) {
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.date = date
        self.parent = parent
    }
}

/// The `quotes` layer: quotations in text order.
public enum QuoteLayer: LayerKey {
    /// Quotations in text order (a partial quote may lie inside an indirect one).
    public typealias Value = [Quote]
    /// `quotes`.
    public static let name: LayerName = "quotes"
}
