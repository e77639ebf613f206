/// A set of tokens given as ranges, stored as their union: sorted ranges that do not
/// touch, searched by bisection.
struct TokenRanges: Sendable {
    private var ranges: [Range<Int>] = []

    /// The union of `ranges`.
    init(_ ranges: [Range<Int>]) {
        for range in ranges.filter({ !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = self.ranges.last, range.lowerBound <= last.upperBound {
                self.ranges[self.ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                self.ranges.append(range)
            }
        }
    }

    /// Whether token `index` lies in one of the ranges.
    func contains(_ index: Int) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= index { low = middle + 1 } else { high = middle }
        }
        return low > 0 && index < ranges[low - 1].upperBound
    }
}
