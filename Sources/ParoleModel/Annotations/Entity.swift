/// A mention of a named person, organisation, place or other named thing.
public struct Entity: Spanned, Hashable, Sendable, Codable {
    /// The four coarse kinds of named entity.
    public enum Label: String, Sendable, Hashable, CaseIterable, Codable {
        /// A person: `Antony Blinken`.
        case person = "PER"
        /// An organisation, army, party, company or government named as an institution.
        case organization = "ORG"
        /// A place: country, city, region, geographic feature.
        case location = "LOC"
        /// Another name: an event, a document, a nationality used as a noun.
        case miscellaneous = "MISC"
    }

    /// The name alone, without title or determiner (`Blinken` in `M. Blinken`).
    public var span: Span
    /// The kind of thing named.
    public var label: Label
    /// The fullest name of the same entity in the document (`Antony Blinken`).
    public var canonical: String
    /// The index of the entity's cluster in ``Document/entityClusters``.
    public var cluster: Int?

    /// Creates an entity mention.
    public init(span: Span, label: Label, canonical: String, cluster: Int? = nil) {
        self.span = span
        self.label = label
        self.canonical = canonical
        self.cluster = cluster
    }
}

/// Grammatical gender, as the text shows it (`M.`/`Mme`, `a-t-elle`, agreement).
public enum Gender: String, Sendable, Hashable, CaseIterable, Codable {
    /// Masculine.
    case masculine
    /// Feminine.
    case feminine
}

/// All the mentions of one named thing in a document.
public struct EntityCluster: Hashable, Sendable, Codable {
    /// The kind of thing named.
    public var label: Entity.Label
    /// The fullest name used (`Antony Blinken`).
    public var canonical: String
    /// Every distinct way the document names it (`Antony Blinken`, `Blinken`).
    public var aliases: [String]
    /// The gender the text shows, when it shows one.
    public var gender: Gender?
    /// The indices of the mentions in ``Document/entities``.
    public var mentions: [Int]

    /// Creates a cluster.
    public init(
        label: Entity.Label, canonical: String, aliases: [String], gender: Gender? = nil,
        mentions: [Int]
    ) {
        self.label = label
        self.canonical = canonical
        self.aliases = aliases
        self.gender = gender
        self.mentions = mentions
    }
}

/// The `entities` layer: named-entity mentions in text order.
public enum EntityLayer: LayerKey {
    /// Mentions in text order, not overlapping.
    public typealias Value = [Entity]
    /// `entities`.
    public static let name: LayerName = "entities"
}

/// The `entityClusters` layer, made by the same stage as ``EntityLayer``.
public enum EntityClusterLayer: LayerKey {
    /// One cluster per named thing.
    public typealias Value = [EntityCluster]
    /// `entityClusters`.
    public static let name: LayerName = "entityClusters"
}
