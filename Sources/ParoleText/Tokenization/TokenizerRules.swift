import ParoleCore

/// The French word lists the tokenizer consults, read from `Resources/lexicons`.
///
/// Keys are lowercase with straight apostrophes, except abbreviations, which
/// are matched as written (`M.` is a title, `m.` is not).
package struct TokenizerRules: Sendable {
    /// What an abbreviation does at a possible sentence end.
    package enum AbbreviationRole: String, Sendable {
        /// Comes before a name and never ends a sentence (`M.`, `Dr.`).
        case title
        /// Is followed by more of the sentence (`cf.`, `av.`).
        case inner
        /// Can end a sentence, its period doing both jobs (`etc.`).
        case final
        /// Labels a number and ends no sentence before one (`vol. 3`, `art. 12`); before a
        /// word it may end one, its period doing both jobs (`des traces de vol. Le suspect …`).
        case numbered
    }

    /// Elided forms without their apostrophe: `l`, `qu`, `jusqu`.
    package var elisions: Set<String> {
        didSet { elisionKeys = FoldedKeySet(elisions) }
    }
    /// ``elisions`` looked up by the units of a span.
    private(set) var elisionKeys: FoldedKeySet
    /// Pronouns and particles split from a hyphenated word: `il`, `ce`, `là`.
    package var clitics: Set<String>
    /// Words kept whole despite an elision or clitic inside: `aujourd'hui`, `rendez-vous`.
    package var exceptions: Set<String> {
        didSet {
            longestException = Self.longest(exceptions)
            exceptionKeys = FoldedKeySet(exceptions)
        }
    }
    /// ``exceptions`` looked up by the units of a span.
    private(set) var exceptionKeys: FoldedKeySet
    /// The length of the longest of ``exceptions`` in UTF-16 units: longer text needs no
    /// lookup, which keeps chains like `l'l'l'…` linear.
    package private(set) var longestException: Int
    /// Abbreviations with their period, as written: `M.`, `etc.`, `J.-C.`.
    package var abbreviations: [String: AbbreviationRole]
    /// Capitalised words that begin a sentence and almost never a name: `Il`, `Cette`.
    package var sentenceStarters: Set<String> {
        didSet { sentenceStarterNorms = Set(sentenceStarters.map { Self.key($0) }) }
    }
    /// ``sentenceStarters`` as token norms (lowercase, straight apostrophes), for lookups.
    package private(set) var sentenceStarterNorms: Set<String>

    /// Creates rules from explicit lists.
    package init(
        elisions: Set<String>, clitics: Set<String>, exceptions: Set<String>,
        abbreviations: [String: AbbreviationRole], sentenceStarters: Set<String> = []
    ) {
        self.elisions = elisions
        self.elisionKeys = FoldedKeySet(elisions)
        self.clitics = clitics
        self.exceptions = exceptions
        self.exceptionKeys = FoldedKeySet(exceptions)
        self.longestException = Self.longest(exceptions)
        self.abbreviations = abbreviations
        self.sentenceStarters = sentenceStarters
        self.sentenceStarterNorms = Set(sentenceStarters.map { Self.key($0) })
    }

    /// The rules of the lexicons shipped with Parole (read once per process).
    package static func french() throws -> TokenizerRules {
        try shipped.get()
    }

    private static let shipped = Result { try readShipped() }

    private static func readShipped() throws -> TokenizerRules {
        let abbreviations = try Lexicon.named("abbreviations").entries.reduce(into: [String: AbbreviationRole]()) {
            table, entry in
            table[entry[0]] = entry.count > 1 ? AbbreviationRole(rawValue: entry[1]) ?? .inner : .inner
        }
        return TokenizerRules(
            elisions: try Lexicon.named("elisions").lowercasedWords,
            clitics: try Lexicon.named("clitics").lowercasedWords,
            exceptions: Set(try Lexicon.named("tokenizer-exceptions").words.map { Self.key($0) }),
            abbreviations: abbreviations,
            sentenceStarters: Set(try Lexicon.named("sentence-starters").words))
    }

    private static func longest(_ words: Set<String>) -> Int { words.map(\.utf16.count).max() ?? 0 }

    /// The role of the abbreviation written `text`, also accepting a capitalised
    /// first letter for sentence starts (`Cf.`).
    package func abbreviationRole(_ text: String) -> AbbreviationRole? {
        if let role = abbreviations[text] { return role }
        guard let first = text.first, first.isUppercase else { return nil }
        return abbreviations[first.lowercased() + text.dropFirst()]
    }

    /// Lowercase with straight apostrophes: the key of ``elisions``, ``clitics`` and ``exceptions``.
    package static func key(_ text: some StringProtocol) -> String {
        var result = text.lowercased()
        if result.utf16.contains(where: { UnitClass.test($0, .apostrophe) }) {
            result = String(result.map { $0 == "’" || $0 == "‘" || $0 == "ʼ" ? "'" : $0 })
        }
        return result
    }

    /// ``key(_:)`` of a UTF-16 slice.
    static func key(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: units[range])
        return FastFolding.fold(slice) ?? key(String(utf16Units: slice))
    }
}
