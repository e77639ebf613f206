import ParoleCore

/// The quote candidates found so far, indexed by position, so that a rule that looks
/// back at earlier candidates (a reported clause over the same words, the clause
/// around a fragment, the quote a participle continues) reads a few of them rather
/// than all: on a long document, all of them would be read once per rule application.
struct CandidateIndex: Sendable {
    /// An indexed candidate: where it starts, and its index in ``QuoteFinder/candidates``.
    private struct Entry: Sendable {
        var start: Int
        var candidate: Int
    }

    /// The indirect candidates, by first token, then by index.
    private var indirect: [Entry] = []
    /// The greatest number of tokens of an indirect candidate.
    private(set) var longestIndirect = 0
    /// The candidates with a cue, by the cue's first code unit, then by index.
    private var cued: [Entry] = []
    /// The last direct candidate followed by an incise, if any.
    private(set) var lastDirectWithIncise: Int?

    /// Records candidate `index`.
    mutating func add(_ candidate: QuoteCandidate, at index: Int) {
        if candidate.kind == .indirect {
            Self.insert(Entry(start: candidate.tokens.lowerBound, candidate: index), into: &indirect)
            longestIndirect = max(longestIndirect, candidate.tokens.count)
        }
        if let cue = candidate.cue { Self.insert(Entry(start: cue.span.start, candidate: index), into: &cued) }
        if candidate.kind == .direct && candidate.inciseEnd != nil { lastDirectWithIncise = index }
    }

    /// The indirect candidates whose first token lies in `starts`, by first token.
    func indirect(startingIn starts: Range<Int>) -> [Int] {
        Self.entries(startingIn: starts, of: indirect)
    }

    /// The candidates whose cue's first code unit lies in `starts`, by that code unit.
    func cued(startingIn starts: Range<Int>) -> [Int] {
        Self.entries(startingIn: starts, of: cued)
    }

    /// Inserts `entry` after the entries that start before it or at the same place.
    private static func insert(_ entry: Entry, into entries: inout [Entry]) {
        var position = entries.count
        while position > 0 && entries[position - 1].start > entry.start { position -= 1 }
        entries.insert(entry, at: position)
    }

    /// The candidates of the entries that start in `starts`.
    private static func entries(startingIn starts: Range<Int>, of entries: [Entry]) -> [Int] {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].start < starts.lowerBound { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        while low < entries.count && entries[low].start < starts.upperBound {
            found.append(entries[low].candidate)
            low += 1
        }
        return found
    }
}
