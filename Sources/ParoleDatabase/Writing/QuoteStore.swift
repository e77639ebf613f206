import Parole

/// Where quotes are stored and searched: the SQLite ``QuoteDatabase``, or another
/// store with the same tables (the PostgreSQL store of `ParolePostgres`).
///
/// ``QuoteIndexer`` and `parole quotes` only use this protocol, so that every store
/// is indexed, searched and counted the same way.
public protocol QuoteStore: AnyObject, Sendable {
    /// Stores the quotes of an analysed document in one transaction, replacing an
    /// earlier version of the same document (same ``QuoteDatabase/key(for:)``).
    /// Returns the number of quotes stored.
    @discardableResult
    func store(_ document: Document) throws -> Int

    /// Merges speakers across documents (see ``QuoteDatabase/mergeSpeakers()``).
    func mergeSpeakers() throws

    /// Replaces the alias rules by `aliases` and merges speakers again.
    func setAliases(_ aliases: SpeakerAliases) throws

    /// How many documents, speakers and quotes the store holds.
    func counts() throws -> (documents: Int, speakers: Int, quotes: Int)

    /// How many distinct quote groups the store holds.
    func quoteGroupCount() throws -> Int

    /// The quotes that match `query`, newest document date first, then in text order.
    func search(_ query: QuoteQuery) throws -> [StoredQuote]

    /// Quotes and distinct speakers per group of `dimensions`.
    func statistics(_ dimensions: [QuoteStatistics.Dimension], _ query: QuoteQuery) throws -> QuoteStatistics

    /// Speakers with their number of quotes, most quoted first.
    func speakers(limit: Int?) throws -> [(name: String, quotes: Int)]
}

extension QuoteDatabase: QuoteStore {}
