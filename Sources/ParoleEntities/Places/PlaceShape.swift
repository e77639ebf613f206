import ParoleCore

/// Hyphenated word shapes that place names have and personal names do not: a saint's
/// name (`Saint-Étienne`, `St-Aubin`), a compound prefix (`Haute-Garonne`,
/// `Nouvelle-Zélande`), a lowercase link inside (`Comblain-sur-Vesdre`, `Puy-en-Velay`,
/// `Montarnaud-le-Vieux`, `Villeneuve-d'Ascq`) or a place suffix (`Thionville-Basse`,
/// `Belle-Île`, `Bruxelles-Nord`). Double-barrelled surnames (`Lapointe-Girard`, `Haddou-Le`) have none.
///
/// Tested once per form on its lowercase norm (``FormFacts/Flags/placeShape``).
enum PlaceShape {
    /// Prefixes of saints' names: any word after them makes a place.
    static let saintPrefixes = EntityWordLists.places.list(.saintPrefix)

    /// Prefixes of compound place names: `Basse-Normandie`, `Haute-Savoie`, `Nouvelle-Zélande`
    /// (with three more characters at least).
    static let compoundPrefixes = EntityWordLists.places.list(.compoundPrefix)

    /// Lowercase words that link the parts of a place name: `-sur-`, `-en-`, `-lès-`.
    static let links = EntityWordLists.places.words(.link)

    /// Last parts of place names: `-Basse`, `-Plage`, `-les-Bains`, `Belle-Île`.
    /// Directions too: `Bruxelles-Nord`, `Charleroi-Sud`.
    static let suffixes = EntityWordLists.places.words(.suffix)

    private static let saintBytes = saintPrefixes.map { Array($0.utf8) }
    private static let compoundBytes = compoundPrefixes.map { Array($0.utf8) }
    private static let linkBytes = Set(links.map { Array($0.utf8) })
    private static let suffixBytes = Set(suffixes.map { Array($0.utf8) })

    /// Whether the lowercase norm `utf8` has a place's shape.
    static func matches(_ utf8: some Sequence<UInt8>) -> Bool {
        guard utf8.contains(0x2D) else { return false }
        let bytes = Array(utf8)
        for prefix in saintBytes where bytes.starts(with: prefix) { return true }
        for prefix in compoundBytes where bytes.count >= prefix.count + 3 && bytes.starts(with: prefix) { return true }
        let parts = bytes.split(separator: 0x2D, omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        if let last = parts.last, suffixBytes.contains(Array(last)) { return true }
        for (offset, part) in parts.enumerated() where offset > 0 {
            let part = Array(part)
            if offset < parts.count - 1, linkBytes.contains(part) { return true }
            // `Villeneuve-d'Ascq`, `Gonfreville-l'Orcher`.
            if part.count > 3, part[1] == 0x27, part[0] == 0x64 || part[0] == 0x6C { return true }
        }
        return false
    }
}
