import CParoleICU
import Foundation

/// ICU's text-boundary analysis for one kind of boundary and locale.
///
/// A break iterator is not thread-safe. Share a ``BreakIteratorPool`` between
/// threads instead, which hands each caller an iterator of its own.
public final class BreakIterator {
    /// The boundaries ICU can find.
    public enum Kind: Int32, Sendable {
        /// User-perceived characters (grapheme clusters).
        case character = 0
        /// Words, numbers, spaces and punctuation, per UAX #29.
        case word = 1
        /// Line-break opportunities.
        case line = 2
        /// Sentences, per UAX #29 and the locale's suppressions.
        case sentence = 3
    }

    /// Boundaries found in a text, with the status of the rule behind each.
    public struct Boundaries: Sendable {
        /// Offsets after each segment, in increasing order; the last is the text length.
        public var offsets: [Int32]
        /// Rule status of each boundary (for words: 0–99 none, 100–199 number, 200–299 letter).
        public var statuses: [Int32]
    }

    let pointer: OpaquePointer

    /// Opens a break iterator, such as `.sentence` for `fr@ss=standard`.
    public init(kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        let pointer = parole_break_open(kind.rawValue, locale, &status)
        try ICUError.check(status, "opening a \(kind) break iterator for \(locale)")
        guard let pointer else { throw ICUError(code: 7, operation: "opening a break iterator") }
        self.pointer = pointer
    }

    private init(pointer: OpaquePointer) { self.pointer = pointer }

    deinit { parole_break_close(pointer) }

    /// An independent copy, for use on another thread.
    public func clone() throws(ICUError) -> BreakIterator {
        var status: Int32 = 0
        let copy = parole_break_clone(pointer, &status)
        try ICUError.check(status, "cloning a break iterator")
        guard let copy else { throw ICUError(code: 7, operation: "cloning a break iterator") }
        return BreakIterator(pointer: copy)
    }

    /// Every boundary of `text` after its start, with rule statuses.
    public func boundaries(in text: UnsafeBufferPointer<UInt16>) throws(ICUError) -> Boundaries {
        var status: Int32 = 0
        parole_break_set_text(pointer, text.baseAddress, Int32(text.count), &status)
        try ICUError.check(status, "setting the text of a break iterator")
        // There is at most one boundary per code unit, so one call fills both arrays.
        let capacity = text.count + 1
        var collected: [Int32] = []
        let statuses = [Int32](unsafeUninitializedCapacity: capacity) { statusBuffer, statusCount in
            collected = [Int32](unsafeUninitializedCapacity: capacity) { offsetBuffer, offsetCount in
                offsetCount = Int(
                    parole_break_collect(pointer, offsetBuffer.baseAddress, statusBuffer.baseAddress, Int32(capacity)))
            }
            statusCount = collected.count
        }
        return Boundaries(offsets: collected, statuses: statuses)
    }

    /// Every boundary of `units` after its start, with rule statuses.
    public func boundaries(in units: [UInt16]) throws(ICUError) -> Boundaries {
        try units.withUnsafeBufferPointer { buffer throws(ICUError) in try boundaries(in: buffer) }
    }
}

/// Break iterators of one kind and locale, shared safely between threads.
///
/// Opening an iterator costs more than reusing one; the pool keeps the
/// iterators that callers give back and clones a prototype when it runs out.
public final class BreakIteratorPool: @unchecked Sendable {
    // The prototype is only touched under `lock`; idle iterators belong to the pool.
    private let prototype: BreakIterator
    private let lock = NSLock()
    private var idle: [BreakIterator] = []

    /// Creates a pool, opening the prototype at once so that a bad locale fails here.
    public init(kind: BreakIterator.Kind, locale: String) throws(ICUError) {
        prototype = try BreakIterator(kind: kind, locale: locale)
    }

    /// Runs `body` with an iterator that no other thread uses meanwhile.
    public func withIterator<Result>(
        _ body: (BreakIterator) throws -> Result
    ) throws -> Result {
        let iterator = try checkOut()
        defer {
            lock.lock()
            idle.append(iterator)
            lock.unlock()
        }
        return try body(iterator)
    }

    private func checkOut() throws(ICUError) -> BreakIterator {
        lock.lock()
        defer { lock.unlock() }
        if let reused = idle.popLast() { return reused }
        return try prototype.clone()
    }

    /// Every boundary of `units` after its start, with rule statuses.
    public func boundaries(in units: [UInt16]) throws -> BreakIterator.Boundaries {
        try withIterator { try $0.boundaries(in: units) }
    }
}
