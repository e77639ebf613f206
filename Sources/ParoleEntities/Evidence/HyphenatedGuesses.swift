import ParoleCore

/// Compounds of capitalised words joined by hyphens that only the default took for a
/// person (`Namur-Andenne-Gembloux-Eghezée`, `Abobo-Adjamé`, `Post-Modern`): in news such
/// a compound alone is a list of places, a route, a match or a piece of a title far more
/// often than a person's name, and a double-barrelled surname comes with its first name
/// somewhere in the document. Such a guess is dropped when its first part is no first
/// name (`Jean-Mimi` stays) and no longer name of the document holds it.
struct HyphenatedGuesses {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// `mentions` without the hyphenated guesses.
    func apply(to mentions: [Mention]) -> [Mention] {
        guard mentions.contains(where: isCandidate) else { return mentions }
        return mentions.filter { mention in
            guard isCandidate(mention) else { return true }
            let key = context.key(mention.tokens.lowerBound)
            // `Marie Dupont-Lajoie … Dupont-Lajoie`: the compound in a longer name is a surname.
            return mentions.contains { other in
                other.tokens.count > 1 && other.tokens.contains { context.key($0) == key }
            }
        }
    }

    /// Whether `mention` is a one-token default person made of two or more capitalised
    /// parts joined by hyphens, the first no first name.
    private func isCandidate(_ mention: Mention) -> Bool {
        guard mention.isDefault, mention.label == .person, mention.strength == .guess, mention.tokens.count == 1
        else { return false }
        let index = mention.tokens.lowerBound
        guard !context.traits[index].isFirstName else { return false }
        let parts = context.text(mention.tokens).split(separator: "-")
        guard parts.count >= 2, parts.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        return lexicons.firstNames[Normalizer.foldingKey(String(parts[0]))] == nil
    }
}
