import ParoleCore
import ParoleText

/// Places and bodies named after a person, which French writes as one word, the first
/// name joined to the surname by a hyphen: `l'aréna Georges-Vézina`, `l'hôpital
/// Anna-Laberge`, `dans Jean-Talon`. A person's own name keeps its space, so such a word
/// right after a noun heading these names (`entities-eponym-places.txt`) or a place
/// preposition names the place or the body. Compound first names (`Jean-Pierre`) are
/// left alone: their second part is a first name too.
struct EponymousPlaces {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// The heads and the label of what they name, by key.
    static let heads = EntityWordSets.shipped.eponymPlaceHeads

    /// `dans`: before a bare name, a place's (`dans Jean-Talon`).
    static let inside = FrenchWordLists.grammar.keys(.inside)

    /// The label of the one-word name at `index`, when it joins a first name and a
    /// surname and a head noun or a place preposition comes right before it.
    func label(of index: Int, cues: PlaceCues, sentenceStart: Int) -> Entity.Label? {
        let traits = context.traits
        guard index > sentenceStart, traits[index - 1].isWord, joinsFirstNameAndSurname(index) else { return nil }
        let before = index - 1
        if !traits[before].isCapitalized, let label = Self.heads[context.key(before)] { return label }
        if Self.inside.contains(context.key(before)) { return .location }
        return cues.placeCue(before: index, sentenceStart: sentenceStart) == .context ? .location : nil
    }

    /// Whether the word at `index` is a first name, a hyphen and a capitalised word that
    /// is no first name (`Georges-Vézina`, not `Jean-Pierre` nor `Saint-Paul`).
    func joinsFirstNameAndSurname(_ index: Int) -> Bool {
        let traits = context.traits[index]
        guard traits.isCapitalized, !traits.isFirstName, !traits.isAcronym,
            context.key(index).utf8.contains(UInt8(ascii: "-"))
        else { return false }
        let parts = context.key(index).split(separator: "-", omittingEmptySubsequences: false)
        let written = context.text(index..<(index + 1)).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, written.count == 2, parts.allSatisfy({ $0.count >= 2 }),
            lexicons.firstNames[String(parts[0])] != nil, lexicons.firstNames[String(parts[1])] == nil,
            written[1].first?.isUppercase == true
        else { return false }
        return true
    }

    /// The heads of `lexicon` by folding key; a row of other than two fields or of a label
    /// other than LOC and ORG is a thrown ``LexiconError``.
    static func table(from lexicon: Lexicon) throws -> [String: Entity.Label] {
        let labels: Set<Entity.Label> = [.location, .organization]
        try lexicon.check(LexiconSchema(fields: 2...2, codes: [1: Set(labels.map(\.rawValue))]))
        var table: [String: Entity.Label] = [:]
        for entry in lexicon.entries {
            guard let label = Entity.Label(rawValue: entry[1]) else { continue }
            table[Normalizer.foldingKey(entry[0])] = label
        }
        return table
    }
}
