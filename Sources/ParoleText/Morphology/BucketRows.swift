/// Which hash buckets of the tagger have a row of weights, and which row: one bit a
/// bucket with the count of set bits before each 64-bucket word, the rows stored in
/// bucket order.
///
/// It replaces an array of one row number per bucket (4 bytes a bucket, 2 MiB for 2¹⁹
/// buckets) by 2 bits a bucket (128 KiB), small enough to stay in the cache while every
/// token looks up a dozen features.
///
/// ```swift
/// let rows = BucketRows(buckets: [3, 70, 71], bucketCount: 128)
/// rows.row(ofBucket: 70)  // 1
/// rows.row(ofBucket: 4)   // -1: no weights
/// ```
struct BucketRows: Sendable {
    /// 64 buckets: which have a row, and the row of the first of them that has one.
    struct Word: Sendable {
        var bits: UInt64 = 0
        var firstRow: Int = 0
    }

    /// One word for each 64 buckets.
    let words: [Word]

    /// The rows of `buckets`, which must be distinct and ascending, among `bucketCount`
    /// buckets (a multiple of 64): the row of `buckets[i]` is `i`.
    init(buckets: [Int], bucketCount: Int) {
        var words = [Word](repeating: Word(), count: max(1, bucketCount / 64))
        for bucket in buckets { words[bucket >> 6].bits |= 1 << UInt64(bucket & 63) }
        var rows = 0
        for index in words.indices {
            words[index].firstRow = rows
            rows += words[index].bits.nonzeroBitCount
        }
        self.words = words
    }

    /// The row of `bucket`, or -1 when it has no weights.
    func row(ofBucket bucket: Int) -> Int {
        words.withUnsafeBufferPointer { Self.row(ofBucket: bucket, in: $0) }
    }

    /// The row of `bucket` among `words`, or -1 when it has no weights.
    @inline(__always)
    static func row(ofBucket bucket: Int, in words: UnsafeBufferPointer<Word>) -> Int {
        let word = words[bucket >> 6]
        let bit: UInt64 = 1 << UInt64(bucket & 63)
        guard word.bits & bit != 0 else { return -1 }
        return word.firstRow + (word.bits & (bit &- 1)).nonzeroBitCount
    }

    /// The row of `bucket` among `words`, or `missing` when it has no weights, without a
    /// branch: a caller that keeps a row of zeros at `missing` adds it unconditionally, so
    /// that the loads of several features overlap instead of waiting on each test.
    @inline(__always)
    static func row(ofBucket bucket: Int, in words: UnsafeBufferPointer<Word>, missing: Int) -> Int {
        let word = words[bucket >> 6]
        let shift = UInt64(bucket & 63)
        let rank = word.firstRow + (word.bits & ((1 << shift) &- 1)).nonzeroBitCount
        let present = 0 &- Int(truncatingIfNeeded: (word.bits >> shift) & 1)
        return (rank & present) | (missing & ~present)
    }
}
