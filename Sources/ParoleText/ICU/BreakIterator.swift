import CParoleICU
import Foundation

/// ICU's text-boundary analysis for one kind of boundary and locale.
///
/// A break iterator is not thread-safe. Share a ``BreakIteratorPool`` between
/// threads instead, which hands each caller an iterator of its own.
package final class BreakIterator {
    /// The boundaries ICU can find.
    package enum Kind: Int32, Sendable {
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
    package struct Boundaries: Sendable {
        /// Offsets after each segment, in increasing order; the last is the text length.
        package var offsets: [Int32]
        /// Rule status of each boundary (for words: 0–99 none, 100–199 number, 200–299 letter);
        /// empty when statuses were not asked for.
        package var statuses: [Int32]
    }

    package let pointer: OpaquePointer

    /// Opens a break iterator, such as `.sentence` for `fr@ss=standard`.
    package init(kind: Kind, locale: String) throws(ICUError) {
        var status: Int32 = 0
        let pointer = parole_break_open(kind.rawValue, locale, &status)
        try ICUError.check(status, "opening a \(kind) break iterator for \(locale)")
        guard let pointer else { throw ICUError(code: 7, operation: "opening a break iterator") }
        self.pointer = pointer
    }

    private init(pointer: OpaquePointer) { self.pointer = pointer }

    deinit { parole_break_close(pointer) }

    /// An independent copy, for use on another thread.
    package func clone() throws(ICUError) -> BreakIterator {
        var status: Int32 = 0
        let copy = parole_break_clone(pointer, &status)
        try ICUError.check(status, "cloning a break iterator")
        guard let copy else { throw ICUError(code: 7, operation: "cloning a break iterator") }
        return BreakIterator(pointer: copy)
    }

    /// Every boundary of `text` after its start, with rule statuses when `statuses` is true.
    package func boundaries(
        in text: UnsafeBufferPointer<UInt16>, statuses wantsStatuses: Bool = true
    ) throws(ICUError) -> Boundaries {
        var status: Int32 = 0
        parole_break_set_text(pointer, text.baseAddress, Int32(text.count), &status)
        try ICUError.check(status, "setting the text of a break iterator")
        // French has a word boundary every three code units or so (sentences far fewer):
        // start there and grow only for texts that need more.
        var capacity = max(64, wantsStatuses ? text.count / 3 : text.count / 32)
        var offsets = [Int32](repeating: 0, count: capacity)
        var statuses = wantsStatuses ? [Int32](repeating: 0, count: capacity) : []
        var count = 0
        while true {
            let room = capacity - count
            let written = offsets.withUnsafeMutableBufferPointer { offsetBuffer in
                statuses.withUnsafeMutableBufferPointer { statusBuffer in
                    Int(
                        parole_break_collect(
                            pointer, offsetBuffer.baseAddress! + count,
                            wantsStatuses ? statusBuffer.baseAddress! + count : nil, Int32(room)))
                }
            }
            count += written
            if written < room { break }
            let extra = max(64, capacity / 2)
            offsets += [Int32](repeating: 0, count: extra)
            if wantsStatuses { statuses += [Int32](repeating: 0, count: extra) }
            capacity += extra
        }
        offsets.removeLast(capacity - count)
        if wantsStatuses { statuses.removeLast(capacity - count) }
        return Boundaries(offsets: offsets, statuses: statuses)
    }

    /// Calls `body` with every boundary of `text` after its start and its rule status,
    /// collecting them a thousand at a time so that no array of all boundaries is made.
    package func forEachBoundary(
        in text: UnsafeBufferPointer<UInt16>, _ body: (_ offset: Int, _ status: Int32) -> Void
    ) throws(ICUError) {
        var status: Int32 = 0
        parole_break_set_text(pointer, text.baseAddress, Int32(text.count), &status)
        try ICUError.check(status, "setting the text of a break iterator")
        let chunk = 1024
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: chunk * 2) { buffer in
            let offsets = buffer.baseAddress!
            let statuses = offsets + chunk
            while true {
                let written = Int(parole_break_collect(pointer, offsets, statuses, Int32(chunk)))
                for index in 0..<written { body(Int(offsets[index]), statuses[index]) }
                if written < chunk { break }
            }
        }
    }

    /// Every boundary of `units` after its start, with rule statuses when `statuses` is true.
    package func boundaries(in units: [UInt16], statuses: Bool = true) throws(ICUError) -> Boundaries {
        try units.withUnsafeBufferPointer { buffer throws(ICUError) in try boundaries(in: buffer, statuses: statuses) }
    }
}

/// Break iterators of one kind and locale, shared safely between threads.
///
/// Opening an iterator costs more than reusing one; the pool keeps the
/// iterators that callers give back and clones a prototype when it runs out.
package final class BreakIteratorPool: @unchecked Sendable {
    // The prototype is only touched under `lock`; idle iterators belong to the pool.
    private let prototype: BreakIterator
    private let lock = NSLock()
    private var idle: [BreakIterator] = []

    /// Creates a pool, opening the prototype at once so that a bad locale fails here.
    package init(kind: BreakIterator.Kind, locale: String) throws(ICUError) {
        prototype = try BreakIterator(kind: kind, locale: locale)
    }

    /// Runs `body` with an iterator that no other thread uses meanwhile.
    package func withIterator<Result>(
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

    /// Every boundary of `units` after its start, with rule statuses when `statuses` is true.
    package func boundaries(in units: [UInt16], statuses: Bool = true) throws -> BreakIterator.Boundaries {
        try withIterator { try $0.boundaries(in: units, statuses: statuses) }
    }
}
