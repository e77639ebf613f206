/// A part of speech codes as its UD tag (`"NOUN"`); an unknown tag fails to decode.
extension PartOfSpeech: Codable {
    /// Writes the UD tag.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(tag)
    }

    /// Reads a UD tag.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let tag = try container.decode(String.self)
        guard let value = PartOfSpeech(tag: tag) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(tag)' is not a UD tag")
        }
        self = value
    }
}

/// A reference date codes as `YYYY-MM` or `YYYY-MM-DD`, as the output's `meta.date`.
extension ReferenceDate: Codable {
    /// Writes `YYYY-MM` or `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Reads `YYYY-MM` or `YYYY-MM-DD`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            try self.init(parsing: try container.decode(String.self))
        } catch let error as ReferenceDateError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }
}

/// A layer name codes as its string.
extension LayerName: Codable {
    /// Writes the name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Reads a name.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }
}
