/// The objects of the output contract's JSON (`spec/output.md`), with offsets already in
/// Unicode scalars: what ``Document``'s `Codable` conformance writes and reads.

/// A JSON object key of any name.
package struct AnyCodingKey: CodingKey, ExpressibleByStringLiteral {
    /// The key's name.
    package let stringValue: String
    /// None: keys are names.
    package var intValue: Int? { nil }
    /// The key `name`.
    package init(_ name: String) { stringValue = name }
    /// The key of a literal name.
    package init(stringLiteral name: String) { stringValue = name }
    /// The key `stringValue`.
    package init?(stringValue: String) { self.stringValue = stringValue }
    /// None: keys are names.
    package init?(intValue: Int) { nil }
}

/// `{"start", "end"}`.
struct SpanRecord: Codable {
    var start: Int
    var end: Int
}

/// One object of `tokens`.
struct TokenRecord: Codable {
    var start: Int
    var end: Int
    var text: String
    var norm: String
    var kind: Token.Kind
    var upos: PartOfSpeech?
    var lemma: String?
}

/// One object of `entities`.
struct EntityRecord: Codable {
    var start: Int
    var end: Int
    var text: String
    var label: Entity.Label
    var canonical: String
    var cluster: Int?

    private enum CodingKeys: String, CodingKey { case start, end, text, label, canonical, cluster }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encode(label, forKey: .label)
        try container.encode(canonical, forKey: .canonical)
        try container.encode(cluster, forKey: .cluster)
    }
}

/// One object of `clusters`.
struct ClusterRecord: Codable {
    var id: Int
    var canonical: String
    var label: Entity.Label
    var gender: String?
    var mentions: [Int]

    private enum CodingKeys: String, CodingKey { case id, canonical, label, gender, mentions }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(canonical, forKey: .canonical)
        try container.encode(label, forKey: .label)
        try container.encode(gender, forKey: .gender)
        try container.encode(mentions, forKey: .mentions)
    }
}

/// One object of `dates`.
struct DateRecord: Codable {
    var start: Int
    var end: Int
    var text: String
    var type: TemporalExpression.Kind
    var value: String
    var interval: [String]?
    var anchor: TemporalExpression.Anchor?
}

/// A quote's `speaker`.
struct SpeakerRecord: Codable {
    var start: Int
    var end: Int
    var text: String
    var canonical: String?
    var kind: Quote.Speaker.Kind?
    var cluster: Int?
    var gender: String?
    var role: String?

    private enum CodingKeys: String, CodingKey { case start, end, text, canonical, kind, cluster, gender, role }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encode(canonical, forKey: .canonical)
        try container.encode(kind, forKey: .kind)
        try container.encode(cluster, forKey: .cluster)
        try container.encode(gender, forKey: .gender)
        try container.encode(role, forKey: .role)
    }
}

/// A quote's `cue`.
struct CueRecord: Codable {
    var start: Int
    var end: Int
    var text: String
    var lemma: String
}

/// One object of `quotes`.
struct QuoteRecord: Codable {
    var start: Int
    var end: Int
    var text: String
    var type: Quote.Kind
    var speaker: SpeakerRecord?
    var cue: CueRecord?
    var date: String?
    var parent: Int?

    private enum CodingKeys: String, CodingKey { case start, end, text, type, speaker, cue, date, parent }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encode(type, forKey: .type)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(cue, forKey: .cue)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(parent, forKey: .parent)
    }
}

extension Gender {
    /// The gender of an output name, `male` or `female` (or a raw value).
    init?(outputName: String) {
        switch outputName {
        case "male": self = .masculine
        case "female": self = .feminine
        default: self.init(rawValue: outputName)
        }
    }
}
