import ParoleCore
import ParoleText

/// Towns that name their football club in a document: once a town is the complement of a
/// club's staff noun (`l'entraîneur de Caen`, `le gardien de Monaco`), its mentions as a
/// team (`face à Monaco`, `Monaco a fait un match positif`) are the club, an organisation;
/// where a place preposition introduces it (`à Monaco`, `en Corse`), it stays the place.
/// Towns in parentheses after people's names, two or more in a document (`Leonardo
/// Jardim (Monaco)`), are clubs too: a coach's or a player's affiliation. So are towns
/// followed by a match score or a rank in brackets (`contre Bordeaux (0-0)`, `Nice (6e)`).
struct ClubTowns {
    let lexicons: EntityLexicons
    let context: EntityContext

    /// Prepositions that introduce a place, not a team.
    static let placePrepositions = FrenchWordLists.grammar.keys(.locative, .toward, .inside)

    /// `mentions` with the club towns relabelled as organisations.
    func apply(to mentions: [Mention]) -> [Mention] {
        var clubs: Set<String> = []
        for mention in mentions where mention.label == .location && isClubComplement(mention.tokens.lowerBound) {
            clubs.insert(context.key(mention.tokens))
        }
        // `Leonardo Jardim (Monaco)`, `Alain Casanova (Toulouse)`: towns in parentheses after
        // people, twice or more in a document, are the teams of a round of reactions; a
        // canton's code (`Antonio Hodgers (GE)`) is where they sit for.
        var affiliations: Set<String> = []
        for (index, mention) in mentions.enumerated().dropFirst()
        where mention.label == .location && !isRegionCode(mention.tokens) {
            let previous = mentions[index - 1]
            let open = mention.tokens.lowerBound - 1
            guard previous.label == .person, previous.tokens.upperBound == open, context.isPunct(open, 0x28),
                mention.tokens.upperBound < context.tokens.count, context.isPunct(mention.tokens.upperBound, 0x29)
            else { continue }
            affiliations.insert(context.key(mention.tokens))
        }
        if affiliations.count >= 2 { clubs.formUnion(affiliations) }
        // `contre Bordeaux (0-0)`, `de Nice (6e)`: a town followed by a score or a rank in
        // the table, where no place preposition introduces it, is a team.
        // An unknown name with no other evidence than its shape (`Quevilly (2-2)`) counts too.
        // `face à La Rochelle (22-17)`: `face à` introduces the opponent, not a place.
        for mention in mentions where Self.mayNameTown(mention) {
            guard hasResult(after: mention.tokens.upperBound), !followsPlacePreposition(mention.tokens) else {
                continue
            }
            clubs.insert(context.key(mention.tokens))
        }
        // `Face à Brest`, `Battus par Davos`: towns named as an opponent in a sports report.
        // A club named with its prefix (`FC Sion`) makes a sports report too.
        let prefixedClub = mentions.contains {
            $0.label == .organization && $0.tokens.count >= 2
                && context.traits[$0.tokens.lowerBound].cue.contains(.organizationPrefix)
        }
        clubs.formUnion(
            SportsOpponents(lexicons: lexicons, context: context).towns(
                in: mentions, clubsFound: !clubs.isEmpty || prefixedClub))
        guard !clubs.isEmpty else { return mentions }
        var result = mentions
        for index in result.indices where Self.mayNameTown(result[index]) {
            let tokens = result[index].tokens
            guard clubs.contains(context.key(tokens)), !followsPlacePreposition(tokens) else { continue }
            result[index].label = .organization
        }
        return result
    }

    /// Whether `tokens` are a Swiss canton's code in capitals (`GE`, `VD`).
    private func isRegionCode(_ tokens: Range<Int>) -> Bool {
        tokens.count == 1 && context.traits[tokens.lowerBound].isAcronym
            && EntityWordSets.shipped.regionCodes.contains(context.key(tokens.lowerBound))
    }

    /// Whether a place preposition introduces `tokens` (`à Monaco`), not `face à` (`face à
    /// Monaco` is the team).
    private func followsPlacePreposition(_ tokens: Range<Int>) -> Bool {
        let preposition = tokens.lowerBound - 1
        guard preposition >= 0, context.traits[preposition].isWord,
            Self.placePrepositions.contains(context.key(preposition))
        else { return false }
        return preposition == 0 || !SportsOpponents.Markers.shipped.facing.contains(context.key(preposition - 1))
    }

    /// Longest staff noun in words (`milieu de terrain`).
    static let longestStaffNoun = 3

    /// Whether the name at `start` follows a staff noun and `de` (`entraîneur de`, `gardien d'`,
    /// `milieu de terrain de`).
    private func isClubComplement(_ start: Int) -> Bool {
        guard start >= 2, context.traits[start - 1].isWord, context.traits[start - 1].isDeForm,
            context.isDe(start - 1)
        else { return false }
        let staff = EntityWordSets.shipped.clubStaffNouns
        for width in 1...Self.longestStaffNoun where start - 1 - width >= 0 {
            let words = (start - 1 - width)..<(start - 1)
            guard words.allSatisfy({ context.traits[$0].isWord }) else { return false }
            if staff.contains(context.key(words)) { return true }
        }
        return false
    }

    /// Whether `mention` may be a town standing for its team: a place, or a name read as a
    /// person by default only (`Quevilly (2-2)`).
    private static func mayNameTown(_ mention: Mention) -> Bool {
        mention.label == .location || (mention.isDefault && mention.label == .person)
    }

    /// Whether a match result or a rank in brackets starts at token `open`: `(0-0)`,
    /// `(2-1)`, `(6e)`, `(1er)`.
    func hasResult(after open: Int) -> Bool {
        guard context.isPunct(open, 0x28) else { return false }
        var close = open + 1
        while close < context.tokens.count, close - open <= 5, !context.isPunct(close, 0x29) { close += 1 }
        guard close < context.tokens.count, context.isPunct(close, 0x29), close > open + 1 else { return false }
        let inside = Array(context.text((open + 1)..<close).unicodeScalars.filter { $0 != " " })
        let digits = inside.prefix { ("0"..."9").contains($0) }.count
        guard digits >= 1, digits <= 2 else { return false }
        let rest = String(String.UnicodeScalarView(inside[digits...]))
        if rest == "e" || rest == "er" || rest == "ème" || rest == "re" { return true }
        // A score: digits, a dash, digits.
        guard let dash = rest.unicodeScalars.first, dash == "-" || dash == "–" else { return false }
        let after = rest.unicodeScalars.dropFirst()
        return (1...2).contains(after.count) && after.allSatisfy { ("0"..."9").contains($0) }
    }
}
