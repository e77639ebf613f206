import ParoleCore

/// The closed word lists every stage shares, read once per process from
/// `Resources/lexicons` and checked against their schema (``WordClassTable``):
/// `grammar-words` (articles, `de` forms, prepositions by role), `name-particles`
/// (`von`, `da`, `ben`, `al-`), `word-endings` (endings that tell a word's class) and
/// `role-words` (role nouns by what their complement names).
///
/// A stage calls ``check()`` when it is made, so that a bad row is a thrown
/// ``LexiconError`` naming its file and line; the tables are read from the resources in
/// use at that first call (see ``LexiconStore``).
package enum FrenchWordLists {
    /// The classes of `grammar-words.txt` (its header describes them).
    package enum Grammar: String, WordClass {
        case definite
        case deForms = "de-forms"
        case contracted, indefinite, demonstrative, masculine, feminine, locative, toward, through, inside, purpose
        case coordinator = "and"
        case or, relative, elided, nobiliary, plural, possessive
        case namedPurpose = "named-purpose"
    }

    /// The classes of `name-particles.txt` (its header describes them).
    package enum Particle: String, WordClass {
        case deForms = "de-forms"
        case family, arabic
        case nameArticle = "name-article"
        case other, english, joined
    }

    /// The classes of `word-endings.txt` (its header describes them).
    package enum Ending: String, WordClass {
        case adjective
        case inhabitantPlural = "inhabitant-plural"
        case inhabitantFeminine = "inhabitant-feminine"
        case participle
        case otherParticiple = "other-participle"
        case future, infinitive
        case ireInfinitive = "ire-infinitive"
        case notInfinitive = "not-infinitive"
        case thirdPlural = "third-plural"
        case adverb
        case feminineAgreement = "feminine-agreement"
        case epiceneAgreement = "epicene-agreement"
        case masculineAgreement = "masculine-agreement"
    }

    /// The classes of `role-words.txt` (its header describes them).
    package enum Role: String, WordClass {
        case portfolio
        case sharedPortfolio = "shared-portfolio"
        case domainPrefix = "domain-prefix"
    }

    private struct Tables: Sendable {
        let grammar: WordClassTable<Grammar>
        let particles: WordClassTable<Particle>
        let endings: WordClassTable<Ending>
        let roles: WordClassTable<Role>

        init() throws {
            grammar = try WordClassTable(named: "grammar-words")
            particles = try WordClassTable(named: "name-particles")
            endings = try WordClassTable(named: "word-endings")
            roles = try WordClassTable(named: "role-words")
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
    package static var grammar: WordClassTable<Grammar> { tables.grammar }
    /// `name-particles.txt`: particles inside personal names.
    package static var particles: WordClassTable<Particle> { tables.particles }
    /// `word-endings.txt`: endings that tell a word's class.
    package static var endings: WordClassTable<Ending> { tables.endings }
    /// `role-words.txt`: role nouns by what their complement names.
    package static var roles: WordClassTable<Role> { tables.roles }
}
