import ParoleCore

/// Organisation and place names that begin with a head noun and go on with
/// adjectives and `de` complements: `Conseil national de sécurité des États-Unis`,
/// `Muséum national d'histoire naturelle`, `Institut géophysique du Pérou`.
struct OrganizationHeads {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// The label a head gives (`Conseil` → ORG, `Mont` → LOC), or `nil` for other words.
    func headLabel(_ index: Int) -> Entity.Label? {
        let traits = context.traits[index]
        guard let kind = lexicons.cues[traits.key] else { return nil }
        guard traits.isCapitalized || kind.contains(.lowercaseHead) else { return nil }
        if kind.contains(.organizationHead) { return .organization }
        if kind.contains(.locationHead) { return .location }
        return nil
    }

    /// The end of the name that starts with the head at `start` and whose words so far
    /// end at `end`: adjectives, capitalised words and `de` complements are taken in,
    /// known names after `de` included (`… des États-Unis`).
    func extend(from start: Int, end: Int, limit: Int) -> Int {
        let traits = context.traits
        var end = end
        var steps = 0
        var afterNoun = true
        var sawName = false
        while end < limit, steps < 4 {
            let token = traits[end]
            if afterNoun, lexicons.isAdjective(token), !Self.temporalAdjectives.contains(token.key), !lexicons.isVerb(token) || token.norm.hasSuffix("é")
                || token.norm.hasSuffix("ée")
            {
                end += 1
                steps += 1
                continue
            }
            guard token.isWord, !token.isCapitalized, EntityLexicons.deForms.contains(token.key) else { break }
            var next = end + 1
            if next < limit, traits[next].key == "la" || traits[next].key == "l'" { next += 1 }
            guard next < limit else { break }
            let complement = traits[next]
            if complement.isCapitalized && complement.isWord && !complement.isElision {
                next += 1
                while next < limit, traits[next].isCapitalized, traits[next].isWord, !traits[next].isElision { next += 1 }
                end = next
                afterNoun = true
                sawName = true
            } else if !sawName, isComplementWord(complement) {
                end = next + 1
                afterNoun = true
            } else {
                break
            }
            steps += 1
        }
        return end
    }

    /// Adjectives that qualify an institution at a time, not part of its name:
    /// `la Chambre actuelle`, `le ministère précédent`.
    static let temporalAdjectives: Set<String> = [
        "actuel", "actuelle", "actuels", "actuelles", "ancien", "ancienne", "prochain", "prochaine", "dernier", "derniere",
        "precedent", "precedente", "futur", "future", "sortant", "sortante", "entier", "entiere", "meme", "tout", "toute",
    ]

    /// A lowercase noun or adjective that can follow `de` inside a name (`de sécurité`),
    /// not an infinitive (`de voter`) nor a function word.
    private func isComplementWord(_ traits: TokenTraits) -> Bool {
        guard traits.isWord, !traits.isCapitalized, !traits.isElision else { return false }
        switch lexicons.commonWords[traits.norm] {
        case .noun?, .adjective?: return true
        case .function?: return false
        case .verb?:
            return !(traits.norm.hasSuffix("er") || traits.norm.hasSuffix("ir") || traits.norm.hasSuffix("re"))
        case nil: return traits.norm.count > 3
        }
    }
}
