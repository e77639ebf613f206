import ParoleCore
import Testing

@testable import ParoleText

@Suite("Tagger bucket rows")
struct BucketRowsTests {
    @Test("Each bucket with weights gets its rank among them; the others get none")
    func ranks() {
        let rows = BucketRows(buckets: [3, 63, 64, 70, 71, 200], bucketCount: 256)
        #expect([3, 63, 64, 70, 71, 200].map { rows.row(ofBucket: $0) } == [0, 1, 2, 3, 4, 5])
        #expect([0, 4, 62, 65, 128, 199, 255].map { rows.row(ofBucket: $0) } == [-1, -1, -1, -1, -1, -1, -1])
    }

    @Test("Without a branch, a bucket with weights gets the same rank and the others the missing row")
    func branchlessRanks() {
        let rows = BucketRows(buckets: [3, 63, 64, 70, 71, 200], bucketCount: 256)
        rows.words.withUnsafeBufferPointer { words in
            for bucket in 0..<256 {
                let ranked = rows.row(ofBucket: bucket)
                let row = BucketRows.row(ofBucket: bucket, in: words, missing: 6)
                #expect(row == (ranked < 0 ? 6 : ranked), "bucket \(bucket)")
            }
        }
    }

    @Test("The highest of 16 tagger scores is found by halving, wherever it lies")
    func highestScore() {
        for lane in 0..<16 {
            var scores = SIMD16<Float>((0..<16).map { Float($0 % 5) - 3.5 })
            scores[lane] = 7.25
            #expect(PartOfSpeechTagger.highest(scores) == 7.25, "lane \(lane)")
        }
        #expect(PartOfSpeechTagger.highest(SIMD16<Float>(repeating: -2)) == -2)
    }
}
