import ParoleCore

/// Words before a name that tell what it names: place prepositions (`à Rafah`,
/// `en Bretagne`, `dans le Lot`) and cue nouns (`le groupe Valtéo`, `la ville de
/// Rafah`, `le festival Estivoix`).
struct PlaceCues {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// Prepositions that introduce a place.
    static let placePrepositions: Set<String> = ["a", "en", "au", "aux", "vers", "depuis", "jusqu'a", "pres", "via", "outre"]

    /// How strongly the words before `start` say "place": `à`, `en`, `au` strongly;
    /// `de`, `dans le` weakly; `nil` when they do not.
    func placeCue(before start: Int, sentenceStart: Int) -> Mention.Strength? {
        let traits = context.traits
        let index = start - 1
        guard index >= sentenceStart, traits[index].isWord else { return nil }
        let key = context.key(index)
        // `à` folds to `a`, like the verb `a`: the verb is written without accent.
        if key == "a" { return context.norm(index) == "à" ? .context : nil }
        if Self.placePrepositions.contains(key) { return .context }
        if key == "de" || key == "d'" { return .guess }
        if key == "le" || key == "la" || key == "l'" || key == "les", index - 1 >= sentenceStart {
            let before = context.key(index - 1)
            if before == "dans" || before == "sur" || before == "vers" { return .context }
        }
        return nil
    }

    /// The label a cue noun before `start` gives (`groupe` → ORG, `ville de` → LOC).
    func cueLabel(before start: Int, sentenceStart: Int) -> Entity.Label? {
        let traits = context.traits
        var index = start - 1
        var skipped = 0
        var crossedDe = false
        while index >= sentenceStart, skipped < 4 {
            let token = traits[index]
            if token.isWord, !token.isCapitalized, let label = token.cue.cueLabel {
                if crossedDe && label != .location { return nil }
                return label
            }
            let isArticle = token.isWord && (context.key(index) == "la" || context.key(index) == "l'")
            if !crossedDe, token.isWord, token.isDeForm || isArticle {
                if isArticle {
                    // `de la`, `de l'`: step over the article to `de`.
                    index -= 1
                    skipped += 1
                    continue
                }
                crossedDe = true
                index -= 1
                skipped += 1
                continue
            }
            if !crossedDe, token.isWord, token.isAdjective {
                index -= 1
                skipped += 1
                continue
            }
            return nil
        }
        return nil
    }

    /// Whether a single-word name is a saint's-name place: `Saint-Étienne`, `St-Aubin`.
    func isSaintPlace(_ index: Int) -> Bool {
        let norm = context.norm(index)
        guard norm.utf8.contains(0x2D) else { return false }  // every prefix ends with '-'
        return norm.hasPrefix("saint-") || norm.hasPrefix("sainte-") || norm.hasPrefix("st-") || norm.hasPrefix("ste-")
    }

    /// Prefixes of compound place names: `Basse-Normandie`, `Haute-Savoie`, `Nouvelle-Zélande`.
    static let placePrefixes: [String] = [
        "haute-", "haut-", "basse-", "bas-", "nord-", "sud-", "grand-", "grande-", "nouvelle-", "nouveau-", "petite-",
        "petit-", "val-", "mont-", "port-", "pont-", "fort-", "bourg-", "villeneuve-", "neuilly-", "la-", "le-",
    ]

    /// Whether a single-word name begins with a compound place prefix (`Haute-Garonne`).
    func hasPlacePrefix(_ index: Int) -> Bool {
        let norm = context.norm(index)
        guard norm.utf8.contains(0x2D) else { return false }  // every prefix ends with '-'
        return Self.placePrefixes.contains { norm.hasPrefix($0) && norm.count > $0.count + 2 }
    }

    /// Words that begin or end multi-word place names in many languages.
    static let placeNameWords: Set<String> = [
        "san", "santa", "sao", "saint", "sainte", "st", "new", "los", "las", "el", "la", "le", "les", "port", "puerto",
        "porto", "mont", "cap", "fort", "lake", "salt", "ciudad", "rio", "buenos", "nueva", "nuevo", "bad", "sankt", "city",
        "beach", "island", "islands", "springs", "town", "ville", "bay", "valley", "hills", "sur", "lez", "les",
    ]

    /// Whether a multi-word run looks like a place name (`Salt Lake City`, `Port Moresby`).
    func looksLikePlaceName(_ run: Range<Int>) -> Bool {
        let last = context.key(run.upperBound - 1)
        return Self.placeNameWords.contains(context.key(run.lowerBound))
            || Self.placeNameWords.contains(last)
            || lexicons.knownNames[last]?.contains { $0.label == .location && $0.keys.count == 1 } == true
    }

    /// Whether the word before `start` is a determiner or contracted preposition
    /// (`la CFDT`, `du Hamas`).
    func hasDeterminer(before start: Int, sentenceStart: Int) -> Bool {
        let index = start - 1
        guard index >= sentenceStart, context.traits[index].isWord else { return false }
        return context.traits[index].isDeterminer
    }

    /// The label a cue noun in apposition after the name gives: `Rafah, la ville la plus
    /// au sud`, `Arequipa, la deuxième ville du pays`, `Valtéo, le groupe lyonnais`.
    func cueLabel(after end: Int, limit: Int) -> Entity.Label? {
        guard context.isPunct(end, 0x2C) else { return nil }
        let traits = context.traits
        var index = end + 1
        var sawDeterminer = false
        while index < limit, index - end <= 4 {
            let token = traits[index]
            guard token.isWord, !token.isCapitalized else { return nil }
            if let label = token.cue.cueLabel { return sawDeterminer ? label : nil }
            if token.isDeterminer || token.isRoleModifier || context.norm(index).hasSuffix("ième") || token.isAdjective
                || context.key(index) == "plus"
            {
                sawDeterminer = sawDeterminer || token.isDeterminer
                index += 1
                continue
            }
            return nil
        }
        return nil
    }

    /// After a cue noun, a name made of a capitalised common word and lowercase words
    /// up to a punctuation mark: `l'association Toits pour tous, qu'il dirigeait`.
    func phraseNameEnd(after first: Int, limit: Int) -> Int? {
        let traits = context.traits
        let norm = context.norm(first)
        let singular = norm.hasSuffix("s") || norm.hasSuffix("x") ? String(norm.dropLast()) : norm
        guard traits[first].isCommonWord || lexicons.commonWords[singular] == .noun else { return nil }
        var index = first + 1
        while index < limit, index - first <= 4 {
            let token = traits[index]
            if !token.isWord {
                return context.tokens[index].kind == .punct && index > first + 1 ? index : nil
            }
            if token.isCapitalized || token.isElision || token.isVerb
                || ["qui", "que", "dont", "où", "et", "ou"].contains(context.key(index))
            {
                return nil
            }
            index += 1
        }
        return nil
    }
}
