import ParoleCore

/// Streets, squares and stations whose lowercase noun belongs to their name: before an
/// article's complement (`la place de la Concorde`, `la gare du Nord`, `la rue des
/// Martyrs`) or a new name right after it (`la place Tahrir`). Before a bare `de` the
/// complement is most often the town the street or station is in (`la gare de Rennes`,
/// `la place de Paris`), so the noun stays out and the town is the name; a road's bare
/// `de` complement is its own name (`la rue de Vaugirard`, `le chemin d'Auteuil`), the
/// plural's the town's (`les rues de Lyon`). The complement must open with a capital (`la
/// place du centre de …` names no square).
struct StreetNames {
    let context: EntityContext

    /// Whether the name that the head at `head` begins and that ends at `end` keeps
    /// its lowercase street noun; heads of other kinds always do.
    func keepsNoun(head: Int, end: Int, claimed: [Bool]) -> Bool {
        guard context.traits[head].cue.contains(.streetHead), !context.traits[head].isCapitalized else { return true }
        let next = head + 1
        guard next < end else { return false }
        // A known name inside is a place of its own: `la place de la France en Europe`.
        // A direction is the station's or the street's own (`la gare du Nord`).
        if (next..<end).contains(where: { claimed[$0] && !EntityLexicons.directions.contains(context.key($0)) }) {
            return false
        }
        if context.traits[next].isCapitalized { return true }
        // The complement is a name: `la place du centre de …` names no square.
        let name: Int
        switch context.key(next) {
        case "du", "des": name = next + 1
        case "de" where next + 1 < end && (context.isLa(next + 1)):
            name = next + 2
        case _ where context.isDe(next) && context.traits[head].cue.contains(.roadHead):
            name = next + 1
        default: return false
        }
        return name < end && context.traits[name].isCapitalized
    }
}
