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
}
