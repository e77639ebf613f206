import ParoleCore
import ParoleText

/// Word sets read only by rarer rules, held by one immutable reference: institution
/// nouns of lowercase names defined by an acronym, a club's staff nouns, web domains,
/// GeoNames' towns, the Swiss cantons' codes.
/// They are loaded once per process, apart from ``EntityLexicons``, whose copies the
/// rules make all the time and which a larger layout makes slower to copy.
final class EntityWordSets: Sendable {
    /// The shipped lists, loaded on first use; empty lists if a file cannot be read.
    static let shipped: EntityWordSets = (try? EntityWordSets()) ?? EntityWordSets(empty: ())

    /// Nouns that head a lowercase name defined by its acronym (`la police nationale
    /// d'Haïti (PNH)`), by key (`entities-institution-nouns.txt`).
    let institutionNouns: Set<String>
    /// Nouns of a club's staff and players whose `de` complement is the club (`entraîneur`),
    /// by key, plurals included (`entities-club-staff.txt`).
    let clubStaffNouns: Set<String>
    /// Generic top-level domains that end a site's name (`com`, `net`), by key
    /// (`entities-web-domains.txt`).
    let webDomains: Set<String>
    /// Lowercase heads of bodies named after a place and local councils' adjectives, by
    /// key, with their class (`entities-head-classes.txt`).
    let headClasses: [String: HeadClass]
    /// Definite articles of other languages that open outlets' and companies' names
    /// (`Al Arabiya`, `Het Laatste Nieuws`), by key (`entities-foreign-articles.txt`).
    let foreignArticles: Set<String>
    /// Lowercase nouns heading names given after a person (`l'aréna Georges-Vézina`), by
    /// key, with the label of what they name (`entities-eponym-places.txt`).
    let eponymPlaceHeads: [String: Entity.Label]
    /// Feasts named in one word (`Noël`, `Toussaint`, `Saint-Sylvestre`), by key, read from
    /// the dates stage's holidays (`dates-holidays.txt`).
    let holidayNames: Set<String>
    /// Towns of the French-speaking countries from GeoNames, by the key of the whole name
    /// (`entities-places-geonames.txt`): what a name read as a person on no evidence is.
    let towns: Set<String>
    /// Heads of political bodies whose `de` complement may name their leader (`le Parti
    /// socialiste d'Olivier Faure`), by key (`entities-leader-heads.txt`).
    let leaderHeads: Set<String>
    /// Codes of the Swiss cantons written in parentheses after a name (`Meyrin (GE)`), by
    /// key (`entities-region-codes.txt`, from ISO 3166-2).
    let regionCodes: Set<String>

    private init(empty: Void) {
        holidayNames = []
        towns = []
        leaderHeads = []
        regionCodes = []
        headClasses = [:]
        institutionNouns = []
        clubStaffNouns = []
        webDomains = []
        foreignArticles = []
        eponymPlaceHeads = [:]
    }

    /// Loads the lists from the shipped lexicons.
    init() throws {
        institutionNouns = Set(
            try Lexicon.named("entities-institution-nouns", schema: EntityLexicons.wordRows).words.map(
                Normalizer.foldingKey))
        webDomains = Set(
            try Lexicon.named("entities-web-domains", schema: EntityLexicons.wordRows).words.map(Normalizer.foldingKey))
        foreignArticles = Set(
            try Lexicon.named("entities-foreign-articles", schema: EntityLexicons.wordRows).words.map(
                Normalizer.foldingKey))
        headClasses = try HeadClass.table(from: Lexicon.named("entities-head-classes"))
        eponymPlaceHeads = try EponymousPlaces.table(from: Lexicon.named("entities-eponym-places"))
        let holidays = try Lexicon.named("dates-holidays", schema: LexiconSchema(fields: 3...3)).words
        holidayNames = Set(holidays.filter { !$0.contains(" ") }.map(Normalizer.foldingKey))
        towns = Set(
            try Lexicon.named("entities-places-geonames", schema: EntityLexicons.wordRows).words.map(
                Normalizer.foldingKey))
        leaderHeads = Set(
            try Lexicon.named("entities-leader-heads", schema: EntityLexicons.wordRows).words.map(Normalizer.foldingKey)
        )
        regionCodes = Set(
            try Lexicon.named("entities-region-codes", schema: LexiconSchema(fields: 2...2)).words.map(
                Normalizer.foldingKey))
        let staff = try Lexicon.named("entities-club-staff", schema: EntityLexicons.wordRows).words.map(
            Normalizer.foldingKey)
        clubStaffNouns = Set(staff + staff.map { $0.hasSuffix("eur") || !$0.hasSuffix("s") ? $0 + "s" : $0 })
    }
}
