/// The closed word lists every stage shares, read once per process from
/// `Resources/lexicons` and checked against their schema (``WordClassTable``):
/// `grammar-words` (articles, `de` forms, prepositions by role), `name-particles`
/// (`von`, `da`, `ben`, `al-`) and `word-endings` (endings that tell a word's class).
///
/// A stage calls ``check()`` when it is made, so that a bad row is a thrown
/// ``LexiconError`` naming its file and line; the tables are read from the resources in
/// use at that first call (see ``LexiconStore``).
package enum FrenchWordLists {
    /// The classes of `grammar-words.txt`.
    package static let grammarClasses: Set<String> = [
        "definite", "de-forms", "contracted", "indefinite", "demonstrative", "masculine", "feminine", "locative",
        "toward", "through", "inside", "purpose", "and",
    ]
    /// The classes of `name-particles.txt`.
    package static let particleClasses: Set<String> = [
        "de-forms", "family", "arabic", "name-article", "other", "english", "joined",
    ]
    /// The classes of `word-endings.txt`.
    package static let endingClasses: Set<String> = [
        "adjective", "inhabitant-plural", "inhabitant-feminine",
    ]

    private struct Tables: Sendable {
        let grammar: WordClassTable
        let particles: WordClassTable
        let endings: WordClassTable

        init() throws {
            grammar = try WordClassTable(named: "grammar-words", classes: FrenchWordLists.grammarClasses)
            particles = try WordClassTable(named: "name-particles", classes: FrenchWordLists.particleClasses)
            endings = try WordClassTable(named: "word-endings", classes: FrenchWordLists.endingClasses)
        }
    }

    private static let loaded = Result { try Tables() }

    private static var tables: Tables {
        switch loaded {
        case .success(let tables): tables
        case .failure(let error): fatalError("\(error)")
        }
    }

    /// Reads and checks the shared lists; throws the first bad row's error.
    package static func check() throws { _ = try loaded.get() }

    /// `grammar-words.txt`: closed-class words by the part they play.
    package static var grammar: WordClassTable { tables.grammar }
    /// `name-particles.txt`: particles inside personal names.
    package static var particles: WordClassTable { tables.particles }
    /// `word-endings.txt`: endings that tell a word's class.
    package static var endings: WordClassTable { tables.endings }
}
