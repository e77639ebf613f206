import ParoleCore
import ParoleText

/// The closed word lists of the entities stage's own rules, read once per process from
/// `Resources/lexicons` (`entities-place-words`, `entities-role-words`) and checked
/// against their schema (``WordClassTable``); ``EntityLexicons/init(tokenizer:)`` calls
/// ``check()`` so that a bad row is an error when the stage is made. The lists it shares
/// with other stages are ``FrenchWordLists``.
enum EntityWordLists {
    /// The classes of `entities-place-words.txt` (its header describes them).
    enum Place: String, WordClass {
        case nameWord = "name-word"
        case saintPrefix = "saint-prefix"
        case compoundPrefix = "compound-prefix"
        case link, suffix, compass
        case regionAdjective = "region-adjective"
    }

    /// The classes of `entities-role-words.txt` (its header describes them).
    enum Role: String, WordClass {
        case beforeRole = "before-role"
        case temporal, eponym
        case awardMetal = "award-metal"
        case naming
        case companyEnding = "company-ending"
        case headLookalike = "head-lookalike"
        case side
        case work
        case workNaming = "work-naming"
    }

    private struct Tables: Sendable {
        let places: WordClassTable<Place>
        let roles: WordClassTable<Role>

        init() throws {
            places = try WordClassTable(named: "entities-place-words")
            roles = try WordClassTable(named: "entities-role-words")
        }
    }

    private static let loaded = Result { try Tables() }

    private static var tables: Tables {
        switch loaded {
        case .success(let tables): tables
        case .failure(let error): fatalError("\(error)")
        }
    }

    /// Reads and checks the lists (and the shared ones); throws the first bad row's error.
    static func check() throws {
        try FrenchWordLists.check()
        _ = try loaded.get()
    }

    /// `entities-place-words.txt`: words of place names and directions.
    static var places: WordClassTable<Place> { tables.places }
    /// `entities-role-words.txt`: words around roles and names.
    static var roles: WordClassTable<Role> { tables.roles }
    /// `grammar-words.txt` (shared).
    static var grammar: WordClassTable<FrenchWordLists.Grammar> { FrenchWordLists.grammar }
}
