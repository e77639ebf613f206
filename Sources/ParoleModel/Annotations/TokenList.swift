/// The tokens of a document, stored compactly: thirteen bytes a token and one table of
/// the document's distinct normalized forms.
///
/// A token of a long document costs its span (8 bytes), the index of its normalized form
/// (4 bytes) and its kind (1 byte); each distinct form is stored once, however many tokens
/// share it (`la`, `de`, `l'` come back thousands of times). The list reads as a
/// random-access collection of ``Token`` values, which are made on the fly:
///
/// ```swift
/// let tokens = try FrenchTokenizer().tokenize("L'armée a dit-il.")
/// tokens[0].norm                      // "l'"
/// tokens.map(\.kind)                  // [.word, .word, .word, .word, .word, .punct]
/// tokens.normIndex(at: 0)             // the same index for every token whose norm is "l'"
/// tokens.norms[tokens.normIndex(at: 0)]  // "l'"
/// ```
///
/// Two lists are equal when they hold the same tokens in the same order, whatever the
/// order of their tables.
public struct TokenList: Sendable {
    /// The span and normalized-form index of one token.
    @usableFromInline
    struct Entry: Sendable, Hashable {
        @usableFromInline var start: Int32
        @usableFromInline var end: Int32
        @usableFromInline var norm: UInt32

        @inlinable
        init(start: Int32, end: Int32, norm: UInt32) {
            self.start = start
            self.end = end
            self.norm = norm
        }
    }

    @usableFromInline var entries: [Entry]
    @usableFromInline var kinds: [Token.Kind]
    /// The distinct normalized forms, in order of first occurrence; ``normIndex(at:)``
    /// indexes them.
    public private(set) var norms: [String]

    /// A list made by the tokenizer's builder or the initialisers below.
    init(entries: [Entry], kinds: [Token.Kind], norms: [String]) {
        self.entries = entries
        self.kinds = kinds
        self.norms = norms
    }

    /// An empty list.
    public init() {
        self.init(entries: [], kinds: [], norms: [])
    }

    /// A list of `tokens`, in the order given.
    public init(_ tokens: some Sequence<Token>) {
        var builder = Builder()
        for token in tokens { builder.append(span: token.span, kind: token.kind, norm: token.norm) }
        self = builder.finish()
    }

    /// The index in ``norms`` of the normalized form of token `position`: two tokens have
    /// the same norm exactly when they have the same index.
    @inlinable
    public func normIndex(at position: Int) -> Int { Int(entries[position].norm) }

    /// The span of token `position`, without making the token.
    @inlinable
    package func span(at position: Int) -> Span {
        let entry = entries[position]
        return Span(start: Int(entry.start), end: Int(entry.end))
    }

    /// The kind of token `position`, without making the token.
    @inlinable
    package func kind(at position: Int) -> Token.Kind { kinds[position] }

    /// The norm of token `position`, without making the token.
    @inlinable
    package func norm(at position: Int) -> String { norms[Int(entries[position].norm)] }
}

extension TokenList: RandomAccessCollection, MutableCollection {
    /// The position of the first token, 0.
    @inlinable
    public var startIndex: Int { 0 }

    /// The number of tokens.
    @inlinable
    public var endIndex: Int { entries.count }

    /// The token at `position`. Replacing a token looks its norm up among ``norms``, in
    /// time linear in their number: stages make new lists rather than edit them.
    @inlinable
    public subscript(position: Int) -> Token {
        get {
            let entry = entries[position]
            return Token(
                span: Span(start: Int(entry.start), end: Int(entry.end)), kind: kinds[position],
                norm: norms[Int(entry.norm)])
        }
        set { replace(at: position, with: newValue) }
    }

    @usableFromInline
    mutating func replace(at position: Int, with token: Token) {
        let norm = norms.firstIndex { $0.utf8.elementsEqual(token.norm.utf8) } ?? norms.count
        if norm == norms.count { norms.append(token.norm) }
        entries[position] = Entry(start: Int32(token.span.start), end: Int32(token.span.end), norm: UInt32(norm))
        kinds[position] = token.kind
    }
}

extension TokenList: ExpressibleByArrayLiteral {
    /// A list of the tokens written.
    public init(arrayLiteral tokens: Token...) {
        self.init(tokens)
    }
}

extension TokenList: Hashable {
    /// Whether the two lists hold the same tokens in the same order.
    public static func == (lhs: TokenList, rhs: TokenList) -> Bool {
        guard lhs.entries.count == rhs.entries.count, lhs.kinds == rhs.kinds else { return false }
        if lhs.norms == rhs.norms { return lhs.entries == rhs.entries }
        return lhs.elementsEqual(rhs)
    }

    /// Hashes the tokens in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for token in self { hasher.combine(token) }
    }
}

extension TokenList: Codable {
    /// Reads a JSON array of tokens.
    public init(from decoder: any Decoder) throws {
        self.init(try [Token](from: decoder))
    }

    /// Writes the tokens as a JSON array.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for token in self { try container.encode(token) }
    }
}

extension TokenList: CustomStringConvertible {
    /// The tokens, as an array of tokens prints.
    public var description: String { Array(self).description }
}

extension TokenList {
    /// Makes a ``TokenList`` one token at a time, storing each distinct norm once.
    package struct Builder {
        private var entries: [Entry] = []
        private var kinds: [Token.Kind] = []
        private var norms: [String] = []
        private var index = UTF8StringTable(expected: 256)

        /// An empty builder with room for about `capacity` tokens (and a third as many norms).
        package init(capacity: Int = 0) {
            entries.reserveCapacity(capacity)
            kinds.reserveCapacity(capacity)
            if capacity > 768 { index = UTF8StringTable(expected: Swift.min(capacity / 3, 1 << 12)) }
        }

        /// The number of tokens added.
        package var count: Int { entries.count }

        /// The index in the finished list's ``TokenList/norms`` of `norm`, added when new.
        package mutating func normIndex(of norm: String) -> Int {
            let (found, isNew) = index.intern(norm)
            if isNew { norms.append(norm) }
            return Int(found)
        }

        /// The index in the finished list's ``TokenList/norms`` of the norm whose UTF-8 bytes
        /// are `utf8`, added when new (the string is made only then).
        package mutating func normIndex(ofUTF8 utf8: UnsafeBufferPointer<UInt8>) -> Int {
            let (found, isNew) = index.intern(utf8)
            if isNew { norms.append(String(decoding: utf8, as: UTF8.self)) }
            return Int(found)
        }

        /// Adds a token whose norm has the index `normIndex` (from ``normIndex(of:)``).
        package mutating func append(span: Span, kind: Token.Kind, normIndex: Int) {
            precondition(normIndex >= 0 && normIndex < norms.count, "a norm index of this builder")
            entries.append(Entry(start: Int32(span.start), end: Int32(span.end), norm: UInt32(normIndex)))
            kinds.append(kind)
        }

        /// Adds a token.
        package mutating func append(span: Span, kind: Token.Kind, norm: String) {
            append(span: span, kind: kind, normIndex: normIndex(of: norm))
        }

        /// The list of the tokens added, its storage trimmed when more than an eighth of it is unused.
        package consuming func finish() -> TokenList {
            TokenList(entries: Self.trimmed(entries), kinds: Self.trimmed(kinds), norms: norms)
        }

        private static func trimmed<Element>(_ array: [Element]) -> [Element] {
            guard array.capacity - array.count > array.count / 8 + 16 else { return array }
            return [Element](unsafeUninitializedCapacity: array.count) { buffer, count in
                count = array.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
            }
        }
    }
}
