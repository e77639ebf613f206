import ParoleCore

/// The closed word lists of the entities stage's own rules, read once per process from
/// `Resources/lexicons` (`entities-place-words`, `entities-role-words`) and checked
/// against their schema (``WordClassTable``); ``EntityLexicons/init(tokenizer:)`` calls
/// ``check()`` so that a bad row is an error when the stage is made. The lists it shares
/// with other stages are ``FrenchWordLists``.
enum EntityWordLists {
    /// The classes of `entities-place-words.txt`.
    static let placeClasses: Set<String> = [
        "name-word", "saint-prefix", "compound-prefix", "link", "suffix", "compass", "region-adjective",
    ]
    /// The classes of `entities-role-words.txt`.
    static let roleClasses: Set<String> = [
        "before-role", "portfolio", "shared", "temporal", "eponym", "award-metal", "naming",
    ]

    private struct Tables: Sendable {
        let places: WordClassTable
        let roles: WordClassTable

        init() throws {
            places = try WordClassTable(named: "entities-place-words", classes: EntityWordLists.placeClasses)
            roles = try WordClassTable(named: "entities-role-words", classes: EntityWordLists.roleClasses)
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
    static var places: WordClassTable { tables.places }
    /// `entities-role-words.txt`: words around roles and names.
    static var roles: WordClassTable { tables.roles }
    /// `grammar-words.txt` (shared).
    static var grammar: WordClassTable { FrenchWordLists.grammar }
}
