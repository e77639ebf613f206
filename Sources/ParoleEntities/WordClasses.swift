import ParoleCore

/// Small closed classes of French words that the rules test tokens against, and the
/// lexicon-backed tests built on them (is this word an adjective, a verb, a name part).
extension EntityLexicons {
    /// Lowercase particles inside personal names: `von der Leyen`, `ben Hamad`, `da Silva`.
    static let nameParticles: Set<String> = [
        "von", "van", "der", "den", "ben", "bin", "bint", "ibn", "al", "el", "da", "di", "dos", "do", "del",
        "della", "de", "du", "des", "d'", "la", "le", "y", "zu", "ter", "ten", "abou", "abu", "bou", "ould", "st",
    ]
    /// The preposition `de` and its contracted and elided forms.
    static let deForms: Set<String> = ["de", "du", "des", "d'"]
    /// Definite articles.
    static let articles: Set<String> = ["le", "la", "l'", "les"]
    /// Determiners and contracted prepositions that may stand before a name of an
    /// organisation (`la CFDT`, `du Hamas`, `au Sénat`).
    static let determiners: Set<String> = ["le", "la", "l'", "les", "du", "des", "au", "aux", "un", "une", "ce", "cette"]
    /// Capitalised articles and particles that may open a surname: `Le Goff`, `De Gaulle`.
    static let surnameArticles: Set<String> = ["le", "la", "de", "du", "des", "van", "von", "di", "da", "del", "mac", "mc"]
    /// Cardinal directions that follow `du` in place names: `Caroline du Nord`.
    static let directions: Set<String> = ["nord", "sud", "est", "ouest", "centre", "nord-est", "nord-ouest", "sud-est", "sud-ouest"]
    /// Words that may stand between a role and its determiner: `le nouveau président`.
    static let roleModifiers: Set<String> = [
        "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "jeune", "futur", "future", "premier", "première",
        "actuel", "actuelle", "vice", "haut", "haute", "grand", "grande", "célèbre", "fameux", "fameuse", "certain",
    ]
    /// Suffixes of adjectives, for lowercase words the common-word list does not have.
    static let adjectiveSuffixes: [String] = [
        "ique", "iques", "al", "ale", "aux", "ales", "ien", "ienne", "iens", "iennes", "ain", "aine", "ains", "aines",
        "ais", "aise", "aises", "ois", "oise", "oises", "el", "elle", "els", "elles", "if", "ive", "ifs", "ives", "aire",
        "aires", "é", "ée", "és", "ées", "eux", "euse", "euses", "in", "ine", "ins", "ines", "éen", "éenne", "an", "ane",
    ]

    /// Whether the lowercase word is an adjective, by the common-word list, the
    /// demonyms, or (for unknown words) its ending.
    func isAdjective(_ traits: TokenTraits) -> Bool {
        guard traits.isWord, !traits.isCapitalized else { return false }
        if demonyms.contains(traits.key) { return true }
        if let wordClass = commonWords[traits.norm] { return wordClass == .adjective }
        return Self.adjectiveSuffixes.contains { traits.norm.hasSuffix($0) } && traits.norm.count > 3
    }

    /// Whether the lowercase word can be the noun of a complement inside a name
    /// (`de sécurité`, `des artisans`, `d'histoire`).
    func isComplementNoun(_ traits: TokenTraits) -> Bool {
        guard traits.isWord, !traits.isCapitalized, !traits.isElision else { return false }
        guard let wordClass = commonWords[traits.norm] else { return traits.norm.count > 3 }
        return wordClass == .noun || wordClass == .adjective
    }

    /// Whether the word is a common French word (its lowercase form is in the list).
    func isCommonWord(_ traits: TokenTraits) -> Bool {
        commonWords[traits.norm] != nil || Self.determiners.contains(traits.norm) || traits.isElision
    }

    /// Whether the word is a verb or auxiliary in the common-word list.
    func isVerb(_ traits: TokenTraits) -> Bool {
        commonWords[traits.norm] == .verb
    }

    /// Whether the word is a role noun (`président`, `ministre`).
    func isRole(_ traits: TokenTraits) -> Bool {
        traits.isWord && roles[traits.key] != nil
    }
}
