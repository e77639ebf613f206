import ParoleCore

/// Splits French text into tokens: ICU word boundaries, then French rules.
///
/// ICU finds the word boundaries of UAX #29; the French rules then follow the
/// Universal Dependencies French conventions on top of them:
///
/// - elided words split with their apostrophe: `l'armée` → `l'` `armée`, but
///   `aujourd'hui` stays whole;
/// - hyphenated compounds stay whole (`cessez-le-feu`, `Saint-Étienne`) while an
///   inverted pronoun splits off: `a-t-il` → `a` `-t-il`, `dit-il` → `dit` `-il`;
/// - numbers keep their group separators and decimal comma: `32 000`, `12 500,50`;
/// - abbreviations and initials keep their period: `M.`, `etc.`, `J.-C.`;
/// - web and e-mail addresses are one token; every quotation mark is its own.
///
/// The lists behind these rules are in `Resources/lexicons` (see ``TokenizerRules``).
/// A tokenizer is immutable and can be shared between threads.
package struct FrenchTokenizer: Sendable {
    /// The word lists in use.
    package let rules: TokenizerRules
    private let wordBreaks: BreakIteratorPool

    /// Creates a tokenizer with `rules`, or with the shipped French lists.
    package init(rules: TokenizerRules? = nil) throws {
        self.rules = try rules ?? .french()
        self.wordBreaks = try BreakIteratorPool(kind: .word, locale: "fr")
    }

    /// The tokens of a text given as UTF-16 code units, in text order.
    package func tokenize(_ units: [UInt16]) throws -> TokenList {
        try units.withUnsafeBufferPointer { buffer in
            var scanner = TokenScanner(units: buffer, rules: rules)
            try wordBreaks.withIterator { iterator in
                try iterator.forEachBoundary(in: buffer) { offset, _ in scanner.addBoundary(offset) }
            }
            return scanner.scan()
        }
    }

    /// The tokens of `text`; their spans count UTF-16 code units.
    package func tokenize(_ text: String) throws -> TokenList {
        try tokenize(Array(text.utf16))
    }
}
