import ParoleCore

/// Small closed classes of French words that the rules test tokens against (their
/// memberships are looked up once per form: see ``FormFacts``).
extension EntityLexicons {
    /// Lowercase particles inside personal names (`von der Leyen`, `ben Hamad`, `da Silva`)
    /// and English links inside other names (`Journal of Urban Ecology`).
    static let nameParticles: Set<String> = [
        "von", "van", "der", "den", "ben", "bin", "bint", "ibn", "al", "el", "da", "di", "dos", "do", "del",
        "della", "de", "du", "des", "d'", "la", "le", "y", "zu", "ter", "ten", "abou", "abu", "bou", "ould", "st",
        // English links inside names: `Journal of Urban Ecology`, `Bank of America`.
        "of", "for", "and", "the",
    ]
    /// The preposition `de` and its contracted and elided forms.
    static let deForms: Set<String> = ["de", "du", "des", "d'"]
    /// Definite articles.
    static let articles: Set<String> = ["le", "la", "l'", "les"]
    /// Determiners and contracted prepositions that may stand before a name of an
    /// organisation (`la CFDT`, `du Hamas`, `au Sénat`).
    static let determiners: Set<String> = [
        "le", "la", "l'", "les", "du", "des", "au", "aux", "un", "une", "ce", "cette",
    ]
    /// Cardinal directions that follow `du` in place names: `Caroline du Nord`.
    static let directions: Set<String> = [
        "nord", "sud", "est", "ouest", "centre", "nord-est", "nord-ouest", "sud-est", "sud-ouest",
    ]
    /// Words that may stand between a role and its determiner: `le nouveau président`.
    static let roleModifiers: Set<String> = [
        "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "jeune", "futur", "future", "premier", "première",
        "actuel", "actuelle", "vice", "haut", "haute", "grand", "grande", "célèbre", "fameux", "fameuse", "certain",
    ]
    /// Suffixes of adjectives, for lowercase words the common-word list does not have.
    static let adjectiveSuffixes: [String] = [
        "ique", "iques", "al", "ale", "aux", "ales", "ien", "ienne", "iens", "iennes", "ain", "aine", "ains", "aines",
        "ais", "aise", "aises", "ois", "oise", "oises", "el", "elle", "els", "elles", "if", "ive", "ifs", "ives",
        "aire",
        "aires", "é", "ée", "és", "ées", "eux", "euse", "euses", "in", "ine", "ins", "ines", "éen", "éenne", "an",
        "ane",
    ]
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
