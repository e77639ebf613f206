import ParoleCore

/// What the lexicons say about one norm: its word classes, its readings as a speech
/// verb, its keyword and its id among the words of adverbial phrases. Looked up once
/// per distinct form of a document (see ``QuoteLexicons/facts(of:)``).
struct LexiconEntry: Sendable, Equatable {
    /// Word classes, gender and number.
    var info = WordInfo()
    /// Where the form's readings as a speech verb start in ``QuoteLexicons/readings``.
    var readingsStart: Int32 = 0
    /// How many readings the form has (0 when it is no speech-verb form).
    var readingsCount: Int32 = 0
    /// The keyword the form spells, if any.
    var keyword: Keyword?
    /// The id of the form among the words of ``QuoteLexicons/adverbials``, or -1.
    var phraseWord: Int32 = -1
}
