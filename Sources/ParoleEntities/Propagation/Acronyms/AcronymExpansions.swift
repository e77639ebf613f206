import ParoleCore

/// Organisations cut short before their complement, widened when the document spells the
/// whole name with an acronym elsewhere: `l'Instance supérieure indépendante pour les
/// élections` … `les résultats de l'ISIE`. The rules stop a capitalised name at its first
/// lowercase preposition; the acronym's letters, the first letters of the name's words in
/// order (a link word such as `de` or `pour` may lend its letter or not), show that the
/// name goes on. A name the acronym already spells stays as it is.
struct AcronymExpansions {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// The fewest letters an acronym needs to widen a name.
    static let minimumLetters = 3

    /// `mentions` with each organisation that the document's acronyms spell only once it
    /// takes in the words after it widened to them, marked in `claimed`.
    func apply(to mentions: [Mention], claimed: inout [Bool]) -> [Mention] {
        let acronyms = documentAcronyms()
        guard !acronyms.isEmpty else { return mentions }
        let definitions = AcronymDefinitions(lexicons: lexicons, context: context)
        let traits = context.traits
        var result = mentions
        for position in result.indices where result[position].label == .organization {
            let tokens = result[position].tokens
            guard traits[tokens.lowerBound].isCapitalized, !traits[tokens.lowerBound].isAcronym,
                tokens.upperBound < traits.count, !claimed[tokens.upperBound],
                definitions.isNameWord(tokens.upperBound)
            else { continue }
            var initials: [Initial] = []
            for index in tokens { append(index, to: &initials) }
            guard let first = initials.first, !first.isLink, let candidates = acronyms[first.letter],
                !candidates.contains(where: { Self.matches($0[...], initials[...]) })
            else { continue }
            var end = tokens.upperBound
            var widened: Int?
            while end < traits.count, end - tokens.lowerBound < AcronymDefinitions.maximumLength, !claimed[end],
                definitions.isNameWord(end), !context.isLineBreak(before: end)
            {
                let isLink = append(end, to: &initials)
                end += 1
                guard traits[end - 1].isWord, !isLink else { continue }
                if candidates.contains(where: { Self.matches($0[...], initials[...]) }) { widened = end }
            }
            guard let widened else { continue }
            for token in tokens.upperBound..<widened { claimed[token] = true }
            result[position].tokens = tokens.lowerBound..<widened
        }
        return result
    }

    /// A word's first letter, and whether it is a link word (`de`, `pour`).
    private struct Initial {
        var letter: UInt8
        var isLink: Bool
    }

    /// Appends the initial of the word at `index` (none for a mark, an elision or a word
    /// with no letter) to `initials`; returns whether the word is a link word.
    @discardableResult
    private func append(_ index: Int, to initials: inout [Initial]) -> Bool {
        let traits = context.traits[index]
        guard traits.isWord else { return false }
        let key = context.key(index)
        let isLink = AcronymDefinitions.linkWords.contains(key)
        guard !traits.isElision,
            let first = Self.letters(key.utf8.dropFirst(Int(traits.facts.joinedParticleLength))).first
        else { return isLink }
        initials.append(Initial(letter: first, isLink: isLink))
        return isLink
    }

    /// The letters of each acronym of the document with enough of them, once each, by
    /// first letter.
    private func documentAcronyms() -> [UInt8: [[UInt8]]] {
        var seen = Set<String>()
        var found: [UInt8: [[UInt8]]] = [:]
        for index in 0..<context.tokens.count where context.traits[index].isAcronym {
            let key = context.key(index)
            guard seen.insert(key).inserted else { continue }
            let letters = Self.letters(key.utf8)
            if letters.count >= Self.minimumLetters { found[letters[0], default: []].append(letters) }
        }
        return found
    }

    /// The ASCII letters of a folding key.
    private static func letters<S: Sequence>(_ units: S) -> [UInt8] where S.Element == UInt8 {
        units.filter { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// Whether `letters` are `initials`, each word that is no link word giving its first
    /// letter and each link word its first letter or none.
    private static func matches(_ letters: ArraySlice<UInt8>, _ initials: ArraySlice<Initial>)
        -> Bool
    {
        guard let word = initials.first else { return letters.isEmpty }
        let rest = initials.dropFirst()
        if word.isLink, matches(letters, rest) { return true }
        guard let letter = letters.first, letter == word.letter else { return false }
        return matches(letters.dropFirst(), rest)
    }
}
