import ParoleCore

/// The `entities` stage: finds the names of people (PER), organisations (ORG),
/// places (LOC) and other things (MISC) in French news, and groups the mentions of
/// each into a cluster with a canonical name and, for people, a gender.
///
/// ```swift
/// var registry = StageRegistry.core
/// registry.register(EntityStage.defaultName) { try EntityStage() }
/// let pipeline = try registry.pipeline(parsing: "tokenize,sentences,entities")
/// var document = Document(id: "a", text: "Le secrétaire d'État Antony Blinken est au Caire. M. Blinken a déclaré …")
/// try pipeline.run(&document)
/// // document.entities: Antony Blinken (PER), Caire (LOC), Blinken (PER, canonical "Antony Blinken")
/// // document.entityClusters[0].gender == .masculine
/// ```
///
/// The rules combine capitalised runs and their connectors, titles and roles,
/// organisation, place and event heads, cue nouns (with their own complements), place
/// prepositions, hyphenated place shapes, clubs' and venues' endings, cues in the clause
/// (examples after `comme`, an apposition before a comma, `le patron de X`, a river in
/// flood: see `ClauseCues`), acronyms in parentheses and the purposes before them
/// (`PurposeComplements`; none for an acronym of a common phrase: `CommonAcronyms`),
/// lowercase heads of natural features, streets and museums (`StreetNames`), company word
/// endings (`CompanyWords`), datelines (`Datelines`), model numbers and numbered bodies
/// (`ModelNumbers`), numbered universities (`NumberedCampuses`), legal acts (`LegalActs`),
/// works' titles in apposition to a work noun (`WorkTitles`), towns named as a team's
/// opponent (`SportsOpponents`), outlets a statement is given to (`MediaOutlets`), venues
/// named like bodies (`VenueNames`), a headline's opening place (`HeadlineTopics`), a
/// minister's later portfolios (`PortfolioLists`), names joined by a hyphen that the
/// document names alone (`HyphenatedPairs`), a body's name with the place it is named for
/// (`OrganizationBranches`), a body's two names joined by a slash (`SlashPairs`), lists, lexicons
/// (`Resources/lexicons/entities-*.txt`) and ICU's French country names, then propagate
/// each name's best label through the document. With no evidence at all, two unknown
/// capitalised words make a person (an organisation after an article), and so does one
/// without a determiner (measured against a place or an organisation on unseen news; see
/// `RunClassifier`); such a default, or a bare `de`, yields to any other guess of the same
/// name in the document.
public struct EntityStage: Stage {
    /// `entities`.
    public static let defaultName = "entities"

    /// The tables the rules read.
    package let lexicons: EntityLexicons

    /// The stage's name.
    public var name: String { Self.defaultName }
    /// `tokens` and `sentences`.
    public var requiredLayers: [LayerName] { [TokenLayer.name, SentenceLayer.name] }
    /// `entities` and `entityClusters`, and `rules` when the stage explains its entities.
    public var producedLayers: [LayerName] {
        explains
            ? [EntityLayer.name, EntityClusterLayer.name, RuleLayer.name] : [EntityLayer.name, EntityClusterLayer.name]
    }

    /// Whether the stage records the rule that made each entity in the ``RuleLayer``.
    package var explains = false

    /// The options of the registered stage: `explain` (`off` by default).
    public static let options = [
        StageOption("explain", .flag, summary: "record the rule that made each entity (the rules layer)")
    ]

    /// Creates the stage from registry options (see ``options``).
    public init(options: StageOptions) throws {
        try self.init(lexicons: nil)
        explains = try options.flag("explain") ?? false
    }

    /// Creates the stage with the shipped lexicons.
    public init() throws {
        try self.init(lexicons: nil)
    }

    /// Creates the stage with `lexicons`, or with the shipped ones.
    package init(lexicons: EntityLexicons? = nil) throws {
        self.lexicons = try lexicons ?? Self.shippedLexicons.get()
    }

    /// The tables of the shipped lexicons, built once per process and shared by every
    /// stage made without lexicons of its own.
    private static let shippedLexicons = Result { try EntityLexicons() }

    /// Adds the `entities` and `entityClusters` layers to `document`.
    public func process(_ document: inout Document) throws {
        let (entities, clusters, origins) = mentions(in: document)
        document.entities = entities
        document.entityClusters = clusters
        if explains { document.setRules(origins.map(\.name), for: EntityLayer.name) }
    }

    /// The entities and clusters of `document`, which must have tokens and sentences.
    public func recognize(in document: Document) -> (entities: [Entity], clusters: [EntityCluster]) {
        let (entities, clusters, _) = mentions(in: document)
        return (entities, clusters)
    }

    /// The entities, clusters and the rule that made each entity.
    private func mentions(in document: Document) -> (
        entities: [Entity], clusters: [EntityCluster], origins: [RuleOrigin]
    ) {
        let context = EntityContext(document: document, lexicons: lexicons)
        guard !context.tokens.isEmpty else { return ([], [], []) }
        var claimed = [Bool](repeating: false, count: context.tokens.count)
        let finder = SentenceMentions(lexicons: lexicons, context: context)
        var mentions: [Mention] = []
        for range in context.sentenceRanges where !range.isEmpty && range.upperBound <= context.tokens.count {
            mentions += finder.find(in: range, claimed: &claimed)
        }
        mentions = DocumentPropagation(lexicons: lexicons, context: context).apply(to: mentions, claimed: &claimed)
        mentions = InstitutionNames(context: context).apply(to: mentions, claimed: &claimed)
        mentions = EstablishmentNames(context: context).apply(to: mentions, claimed: &claimed)
        mentions = AcronymExpansions(lexicons: lexicons, context: context).apply(to: mentions, claimed: &claimed)
        mentions = ShortOrganizationNames(lexicons: lexicons, context: context).apply(to: mentions, claimed: &claimed)
        mentions = ClubTowns(lexicons: lexicons, context: context).apply(to: mentions)
        mentions = TeamNicknames(lexicons: lexicons, context: context).apply(to: mentions, claimed: &claimed)
        mentions = MediaOutlets(lexicons: lexicons, context: context).apply(to: mentions)
        mentions = NumberedOutlets(context: context).apply(to: mentions, claimed: &claimed)
        mentions = PlayerComplements(lexicons: lexicons, context: context).apply(to: mentions)
        mentions = VenueNames(context: context).apply(to: mentions)
        mentions = TitleArticles(context: context).apply(to: mentions, claimed: &claimed)
        mentions = ModelNumbers(context: context).apply(to: mentions, claimed: &claimed)
        mentions = NumberedCampuses(context: context).apply(to: mentions, claimed: &claimed)
        mentions = ModelNumbers(context: context).applyToBodies(mentions, claimed: &claimed)
        mentions = LegalActs(context: context).apply(to: mentions, claimed: &claimed)
        mentions = WorkTitles(context: context).apply(to: mentions, claimed: &claimed)
        mentions = NameJoins(lexicons: lexicons, context: context).apply(to: mentions, claimed: &claimed)
        mentions = LexiconNameKinds(context: context).apply(to: mentions)
        mentions = PersonTails(lexicons: lexicons, context: context).apply(to: mentions)
        mentions = CommonAcronyms(lexicons: lexicons, context: context).apply(to: mentions)
        mentions = PortfolioLists(context: context).apply(to: mentions)
        mentions = HeadlineTopics(lexicons: lexicons, context: context).apply(to: mentions)
        mentions = HyphenatedPairs(lexicons: lexicons, context: context).apply(to: mentions)
        mentions = AcronymOwners(context: context).apply(to: mentions)
        mentions = OrganizationBranches(context: context).apply(to: mentions)
        mentions = WholeNames(context: context).apply(to: mentions)
        mentions = ParticleHeads(context: context).apply(to: mentions)
        mentions = SlashPairs(context: context).apply(to: mentions)
        let (entities, clusters) = EntityClustering(lexicons: lexicons, context: context).cluster(mentions)
        return (entities, clusters, mentions.map(\.origin))
    }
}
