/// A word, number, punctuation mark or other unit of the text.
///
/// Tokens follow the Universal Dependencies French conventions for surface
/// tokens: elided words keep their apostrophe (`l'`, `qu'`), hyphenated
/// compounds stay whole (`cessez-le-feu`) while inverted subject pronouns split
/// off (`a` `-t-il`), and numbers keep their group separators (`32 000`).
public struct Token: Spanned, Hashable, Sendable, Codable {
    /// What sort of unit a token is.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// Letters, possibly with apostrophes, hyphens or a final abbreviation period.
        case word
        /// Digits, possibly with group separators, a decimal comma or an ordinal suffix.
        case number
        /// A punctuation mark, such as `,` `.` `…` `(` `–`.
        case punct
        /// A quotation mark: `«` `»` `“` `”` `"`, or `'` `‘` `’` used as one.
        case quote
        /// A symbol, such as `€` `%` `+` or an emoji.
        case symbol
        /// A web address.
        case url
        /// An e-mail address.
        case email
    }

    /// Where the token is.
    public var span: Span
    /// What sort of unit it is.
    public var kind: Kind
    /// A normalized form for lookups: NFKC case-folded, `’` as `'`, no-break spaces as spaces.
    public var norm: String

    /// Creates a token.
    public init(span: Span, kind: Kind, norm: String) {
        self.span = span
        self.kind = kind
        self.norm = norm
    }
}

/// The `tokens` layer: the document's tokens in text order.
public enum TokenLayer: LayerKey {
    /// Tokens in text order, not overlapping.
    public typealias Value = TokenList
    /// `tokens`.
    public static let name: LayerName = "tokens"
}
