import ParoleCore

/// What a cue or head noun says about the name next to it (`entities-cues.txt`).
struct CueKind: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// A lowercase noun before an organisation's name: `le groupe Valtéo`.
    static let organizationCue = CueKind(rawValue: 1 << 0)
    /// A lowercase noun before a place's name: `la ville de Rafah`.
    static let locationCue = CueKind(rawValue: 1 << 1)
    /// A lowercase noun before another name: `le festival Estivoix`.
    static let miscellaneousCue = CueKind(rawValue: 1 << 2)
    /// A capitalised noun that begins an organisation's name: `Conseil`, `Université`.
    static let organizationHead = CueKind(rawValue: 1 << 3)
    /// A capitalised noun that begins a place's name: `Mont`, `Lac`.
    static let locationHead = CueKind(rawValue: 1 << 4)
    /// An abbreviation that begins a club's name: `US Kerlann`, `AC Montval`.
    static let organizationPrefix = CueKind(rawValue: 1 << 5)
    /// A head written lowercase in the lexicon (`ministère`): it may begin a name lowercase.
    static let lowercaseHead = CueKind(rawValue: 1 << 6)
    /// A lowercase noun whose `de` complement is a place: `l'hôpital de Quimperlé`,
    /// `le maire de Figeac`, `au nord de Kiev`.
    static let placeComplement = CueKind(rawValue: 1 << 7)
    /// A capitalised noun that begins the name of an event: `Festival`, `Open`, `Coupe`.
    static let miscellaneousHead = CueKind(rawValue: 1 << 8)
    /// A capitalised word that ends the name of an event: `Cup`, `Open`, `Trophy`.
    static let miscellaneousTail = CueKind(rawValue: 1 << 9)
    /// A capitalised word that ends an organisation's name in English: `Foundation`, `Institute`.
    static let organizationTail = CueKind(rawValue: 1 << 10)
    /// A lowercase noun before a person's name: `le gouvernement Legault`, `la famille Dupont`.
    static let personCue = CueKind(rawValue: 1 << 11)
    /// A lowercase noun whose `de` complement is an organisation: `le patron de X`,
    /// `les salariés de X`.
    static let organizationComplement = CueKind(rawValue: 1 << 12)
    /// A capitalised word that ends the name of a venue in English: `Arena`, `Stadium`.
    static let locationTail = CueKind(rawValue: 1 << 13)
    /// A lowercase noun of a street, square or station that is part of the name only
    /// before an article's complement or a new name (`la place de la Concorde`, `la gare
    /// du Nord`, `la place Tahrir`; not `la gare de Rennes`): see ``StreetNames``.
    static let streetHead = CueKind(rawValue: 1 << 14)
    /// A lowercase noun whose `de` complement is a person or a body, not a place:
    /// `la dictature de X`, `aux côtés de X`, `les tableaux de X`.
    static let personComplement = CueKind(rawValue: 1 << 15)
    /// A street noun whose bare `de` complement names the street itself, not the town it
    /// is in (`la rue de Vaugirard`, `le chemin d'Auteuil`; not `la gare de Rennes`).
    static let roadHead = CueKind(rawValue: 1 << 16)
    /// A place cue noun for an establishment someone keeps (`le bar X`, `le restaurant X`):
    /// through `de`, a person's full name is its owner (`le restaurant de Paul Martin`).
    static let venue = CueKind(rawValue: 1 << 17)

    init(rawValue: UInt32) { self.rawValue = rawValue }

    init?(code: String, word: String) {
        let lowercaseHead = word.utf16.first.map { !$0.isUppercaseUnit } ?? false
        switch code {
        case "ORG-cue": self = .organizationCue
        case "LOC-cue": self = .locationCue
        case "LOC-venue": self = [.locationCue, .venue]
        case "MISC-cue": self = .miscellaneousCue
        case "PER-cue": self = .personCue
        case "LOC-of": self = .placeComplement
        case "ORG-of": self = .organizationComplement
        case "ORG-head": self = lowercaseHead ? [.organizationHead, .lowercaseHead] : .organizationHead
        case "LOC-head": self = lowercaseHead ? [.locationHead, .lowercaseHead] : .locationHead
        case "MISC-head": self = lowercaseHead ? [.miscellaneousHead, .lowercaseHead] : .miscellaneousHead
        case "MISC-tail": self = .miscellaneousTail
        case "ORG-tail": self = .organizationTail
        case "LOC-tail": self = .locationTail
        case "PER-of": self = .personComplement
        case "LOC-street": self = [.locationHead, .lowercaseHead, .streetHead]
        case "LOC-road": self = [.locationHead, .lowercaseHead, .streetHead, .roadHead]
        case "ORG-prefix": self = .organizationPrefix
        default: return nil
        }
    }

    /// Whether the kind is a lowercase cue noun (whose plural cues too).
    var isCueNoun: Bool {
        !intersection([
            .organizationCue, .locationCue, .miscellaneousCue, .personCue, .placeComplement, .organizationComplement,
        ])
        .isEmpty
    }

    /// The label a cue gives to the name after it.
    var cueLabel: Entity.Label? {
        if contains(.organizationCue) { return .organization }
        if contains(.locationCue) { return .location }
        if contains(.miscellaneousCue) { return .miscellaneous }
        if contains(.personCue) { return .person }
        return nil
    }

    /// The label a head gives to the name it begins, if it is a head.
    var headLabel: Entity.Label? {
        if contains(.organizationHead) { return .organization }
        if contains(.locationHead) { return .location }
        if contains(.miscellaneousHead) { return .miscellaneous }
        return nil
    }
}
