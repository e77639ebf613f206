import ParoleCore

extension QuoteText {
    /// The kind and flags of a token.
    struct TokenFlags: Sendable {
        /// Case and position flags.
        struct Flags: OptionSet, Sendable {
            let rawValue: UInt8

            /// The token begins with an uppercase letter.
            static let capitalized = Flags(rawValue: 1 << 0)
            /// A line break stands between the token and the one before (set on the first token).
            static let lineStart = Flags(rawValue: 1 << 1)
            /// The token lies inside a temporal expression of the `dates` layer.
            static let inDate = Flags(rawValue: 1 << 2)
            /// An entity covers the token.
            static let inEntity = Flags(rawValue: 1 << 3)
            /// The token is the first an entity covers.
            static let entityStart = Flags(rawValue: 1 << 4)
        }

        /// What sort of unit the token is.
        var kind: Token.Kind
        /// Case and position flags.
        var flags: Flags
    }
}
