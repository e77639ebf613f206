/// A half-open range of the original text, in UTF-16 code units.
///
/// Every annotation in a ``Document`` is a span over ``Document/text``. Inside
/// the library offsets count UTF-16 code units, which is what ICU works in and
/// what makes `document.utf16[span.start..<span.end]` a constant-time slice.
/// The JSON output converts them to Unicode scalar offsets (see
/// `ScalarOffsets`), as the output contract asks; ``Document/range(of:)`` turns a
/// span into a `Range<String.Index>`. A span's `Codable` conformance writes and reads
/// scalar offsets when the coder carries the document's `ScalarOffsets`, its own
/// UTF-16 offsets otherwise, so that it always decodes to the span encoded.
///
/// Offsets are stored as 32-bit integers (a document holds up to 2³¹ − 1 code
/// units), which halves the size of every annotation of a long document.
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    @usableFromInline var storedStart: Int32
    @usableFromInline var storedEnd: Int32

    /// The offset of the first code unit.
    @inlinable
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(newValue) }
    }

    /// The offset just past the last code unit.
    @inlinable
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(newValue) }
    }

    /// Creates a span from `start` up to, not including, `end`.
    @inlinable
    public init(start: Int, end: Int) {
        precondition(start <= end, "a span cannot end before it starts")
        storedStart = Int32(start)
        storedEnd = Int32(end)
    }

    /// Creates a span covering `range`.
    @inlinable
    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// The number of code units covered.
    @inlinable
    public var length: Int { end - start }

    /// Whether the span covers nothing.
    @inlinable
    public var isEmpty: Bool { start == end }

    /// The span as a range of offsets.
    @inlinable
    public var range: Range<Int> { start..<end }

    /// Whether `other` lies entirely inside this span.
    @inlinable
    public func contains(_ other: Span) -> Bool {
        start <= other.start && other.end <= end
    }

    /// Whether `offset` lies inside this span.
    @inlinable
    public func contains(_ offset: Int) -> Bool {
        start <= offset && offset < end
    }

    /// Whether the two spans share at least one code unit.
    @inlinable
    public func overlaps(_ other: Span) -> Bool {
        start < other.end && other.start < end
    }

    /// The smallest span covering both spans.
    @inlinable
    public func union(_ other: Span) -> Span {
        Span(start: min(start, other.start), end: max(end, other.end))
    }

    /// Orders spans by start, then by end.
    @inlinable
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    /// `start..<end`.
    public var description: String { "\(start)..<\(end)" }
}

/// An annotation that covers a span of the document's text.
public protocol Spanned {
    /// The text the annotation covers.
    var span: Span { get }
}
