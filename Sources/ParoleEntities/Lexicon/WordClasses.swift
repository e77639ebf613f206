import ParoleCore
import ParoleText

/// Small closed classes of French words that the rules test tokens against (their
/// memberships are looked up once per form: see ``FormFacts``).
extension EntityLexicons {
    /// Lowercase particles inside personal names (`von der Leyen`, `ben Hamad`, `da Silva`)
    /// and English links inside other names (`Journal of Urban Ecology`), by key
    /// (`name-particles.txt`, all but the joined prefixes).
    static let nameParticles = FrenchWordLists.particles.keys(
        .deForms, .family, .arabic, .nameArticle, .other, .english)
    /// The preposition `de` and its contracted and elided forms.
    static let deForms = FrenchWordLists.grammar.keys(.deForms)
    /// Definite articles.
    static let articles = FrenchWordLists.grammar.keys(.definite)
    /// Determiners and contracted prepositions that may stand before a name of an
    /// organisation (`la CFDT`, `du Hamas`, `au Sénat`).
    static let determiners = FrenchWordLists.grammar.keys(.definite, .contracted, .indefinite, .demonstrative)
    /// Cardinal directions that follow `du` in place names: `Caroline du Nord`.
    static let directions = EntityWordLists.places.keys(.compass)
    /// Words that may stand between a role and its determiner: `le nouveau président`
    /// (as written: tested against folded keys).
    static let roleModifiers = EntityWordLists.roles.words(.beforeRole)
    /// Suffixes of adjectives, for lowercase words the common-word list does not have.
    static let adjectiveSuffixes = FrenchWordLists.endings.list(.adjective)
}

/// The lexicon-backed tests of a word (is it an adjective, a verb, a role), from the
/// facts of its form.
extension TokenTraits {
    /// Whether the lowercase word is an adjective, by the common-word list, the
    /// demonyms, or (for unknown words) its ending.
    var isAdjective: Bool {
        isWord && !isCapitalized && facts.flags.contains(.adjective)
    }

    /// Whether the word is a common French word (its lowercase form is in the list).
    var isCommonWord: Bool {
        facts.flags.contains(.commonWord) || isElision
    }

    /// Whether the word is a function word (determiner, pronoun, preposition, …) in the list.
    var isFunctionWord: Bool {
        facts.wordClass == .function
    }

    /// Whether the word is a verb or auxiliary in the common-word list.
    var isVerb: Bool {
        facts.wordClass == .verb
    }

    /// Whether the word is a role noun (`président`, `ministre`).
    var isRole: Bool {
        isWord && facts.role != nil
    }
}
