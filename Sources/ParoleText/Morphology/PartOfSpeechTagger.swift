import Foundation
import ParoleCore

/// A greedy left-to-right part-of-speech tagger: an averaged perceptron over hashed
/// features (``TaggerFeatures``), with weights trained by
/// `Scripts/tagger/train_tagger.py` on UD French treebanks and shipped in
/// `Resources/models/tagger.bin`, which also holds the lemmas seen in training.
package final class PartOfSpeechTagger: Sendable {
    private static let classCount = PartOfSpeech.allCases.count
    /// The weights' row of each hash bucket, if a feature reached it.
    private let rows: BucketRows
    /// The weights of the first 16 classes, 16 a row in bucket order, each row on its own
    /// 64-byte cache line (from ``alignedStart(_:)``): one line read a feature, not two.
    private let lowWeights: [Float]
    /// The weight of the 17th class, one a row.
    private let lastWeights: [Float]
    private let bucketMask: UInt64
    /// The norms that have lemmas seen in training.
    private let lemmaForms: UTF8StringTable
    /// For each norm of ``lemmaForms``, the parts of speech and lemmas seen in training.
    private let lemmaChoices: [[(PartOfSpeech, String)]]
    /// The role scores of a missing neighbour (see ``tag(forms:formFeatures:formScores:)``).
    private let edges: [Float]
    /// The scores of the features of the two previous tags, for each pair of tags.
    private let pairs: [Float]

    private static let loaded: Result<PartOfSpeechTagger, any Error> = Result {
        let store = LexiconStore.shared
        let path = "models/tagger.bin"
        return try PartOfSpeechTagger(contents: try store.contents(of: path), file: store.location(of: path))
    }

    /// The tagger shipped with Parole, read once per process on first use.
    package static func shared() throws -> PartOfSpeechTagger { try loaded.get() }

    /// Reads a `tagger.bin` file: a `#` header ended by an empty line, then the weights
    /// and lemmas (layout in `Scripts/tagger/train_tagger.py`).
    package init(contents bytes: [UInt8], file: String = "tagger.bin") throws {
        var reader = ByteReader(bytes: bytes)
        func fail(_ reason: String) -> LexiconError { .malformed(file, 0, reason) }
        guard let body = reader.skipHeader(), body else { throw fail("no header") }
        guard reader.take(4) == Array("PTAG".utf8), reader.u32() == 1, let bits = reader.u32(),
            bits <= 26, let classes = reader.u32(), Int(classes) == Self.classCount, let count = reader.u32()
        else { throw fail("not a version 1 tagger for \(Self.classCount) classes") }
        let bucketCount = 1 << Int(bits)
        var buckets: [Int] = []
        var fileWeights = [Float](repeating: 0, count: Int(count) * Self.classCount)
        for row in 0..<Int(count) {
            guard let bucket = reader.u32(), Int(bucket) < bucketCount else { throw fail("bad bucket") }
            buckets.append(Int(bucket))
            for cls in 0..<Self.classCount {
                guard let half = reader.u16() else { throw fail("truncated weights") }
                fileWeights[row * Self.classCount + cls] = Self.float(half: half)
            }
        }
        // Rows in bucket order, as BucketRows numbers them.
        let order = buckets.indices.sorted { buckets[$0] < buckets[$1] }
        // One row more than the file's, all zeros (``zeroRow``), and room for the alignment.
        var lowWeights = [Float](repeating: 0, count: 16 * (order.count + 2))
        var lastWeights: [Float] = []
        lastWeights.reserveCapacity(order.count)
        lowWeights.withUnsafeMutableBufferPointer { lows in
            let start = Self.alignedStart(UnsafePointer(lows.baseAddress!))
            for (position, row) in order.enumerated() {
                for cls in 0..<16 { lows[start + 16 * position + cls] = fileWeights[row * Self.classCount + cls] }
                lastWeights.append(fileWeights[row * Self.classCount + 16])
            }
        }
        lastWeights.append(0)
        for position in order.indices.dropFirst() where buckets[order[position]] == buckets[order[position - 1]] {
            throw fail("repeated bucket")
        }
        let rows = BucketRows(buckets: order.map { buckets[$0] }, bucketCount: bucketCount)
        guard let lemmaCount = reader.u32() else { throw fail("no lemma table") }
        var lemmaForms = UTF8StringTable(expected: Int(lemmaCount))
        var lemmaChoices: [[(PartOfSpeech, String)]] = []
        for _ in 0..<Int(lemmaCount) {
            guard let formLength = reader.u16(), let form = reader.take(Int(formLength)), let tag = reader.u8(),
                let partOfSpeech = PartOfSpeech(rawValue: tag), let lemmaLength = reader.u16(),
                let lemma = reader.take(Int(lemmaLength))
            else { throw fail("truncated lemma table") }
            let (index, isNew) = form.withUnsafeBufferPointer { lemmaForms.intern($0) }
            if isNew { lemmaChoices.append([]) }
            lemmaChoices[Int(index)].append((partOfSpeech, String(decoding: lemma, as: UTF8.self)))
        }
        self.rows = rows
        self.lowWeights = lowWeights
        self.lastWeights = lastWeights
        self.bucketMask = UInt64(bucketCount - 1)
        self.lemmaForms = lemmaForms
        self.lemmaChoices = lemmaChoices
        let table = WeightTable(
            rows: rows, lowWeights: lowWeights, lastWeights: lastWeights, bucketMask: UInt64(bucketCount - 1))
        self.edges = Self.edgeScores(table)
        self.pairs = Self.tagPairScores(table)
    }

    /// The lemma seen in training for a norm (as UTF-8) read as `partOfSpeech`, if any.
    func trainingLemma(norm: UnsafeBufferPointer<UInt8>, as partOfSpeech: PartOfSpeech) -> String? {
        guard let index = lemmaForms.index(of: norm) else { return nil }
        return lemmaChoices[index].first(where: { $0.0 == partOfSpeech })?.1
    }

    /// How many scores ``formScores(_:)`` writes for one form: ``classCount`` for each
    /// of its ``FormRole``s.
    static let formStride = FormRole.allCases.count * classCount

    /// The places a form's features are read from: the token itself (the features that read
    /// it alone) and each neighbour role (the features that read the word or classes of the
    /// token before, after, two before or two after).
    enum FormRole: Int, CaseIterable {
        case own, previous, next, beforePrevious, afterNext

        /// The roles of a neighbour, every role but ``own``.
        static let neighbours: [FormRole] = [.previous, .next, .beforePrevious, .afterNext]
    }

    /// The summed weights of every feature that reads each form of `features` in each role
    /// (see ``FormRole``): ``formStride`` scores a form, in the order of `features`, computed
    /// once for each distinct form of a document.
    func formScores(_ features: [TaggerFeatures]) -> [Float] {
        let stride = Self.formStride
        let total = features.count * stride
        return [Float](unsafeUninitializedCapacity: total) { out, initialized in
            rows.words.withUnsafeBufferPointer { rows in
                lowWeights.withUnsafeBufferPointer { lows in
                    lastWeights.withUnsafeBufferPointer { lasts in
                        let raw = UnsafeRawPointer(lows.baseAddress! + Self.alignedStart(lows.baseAddress!))
                        let mask = bucketMask
                        var low = SIMD16<Float>()
                        var last: Float = 0
                        var cursor = out.baseAddress!
                        let zeroRow = lasts.count - 1
                        @inline(__always) func add(_ hash: UInt64) {
                            let row = BucketRows.row(
                                ofBucket: Int(truncatingIfNeeded: hash & mask), in: rows, missing: zeroRow)
                            low += raw.load(fromByteOffset: row * 64, as: SIMD16<Float>.self)
                            last += lasts[row]
                        }
                        @inline(__always) func flush() {
                            UnsafeMutableRawPointer(cursor).storeBytes(of: low, as: SIMD16<Float>.self)
                            cursor[16] = last
                            cursor += Self.classCount
                            low = SIMD16<Float>()
                            last = 0
                        }
                        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.ownCount) { hashes in
                            let own = hashes.baseAddress!
                            for feature in features {
                                feature.ownHashes(into: own)
                                for index in 0..<TaggerFeatures.ownCount { add(own[index]) }
                                flush()
                                for role in FormRole.neighbours {
                                    let hashes = TaggerFeatures.neighbourHashes(
                                        word: feature.word, classes: feature.classes, role: role)
                                    add(hashes.0)
                                    if let second = hashes.1 { add(second) }
                                    flush()
                                }
                            }
                        }
                    }
                }
            }
            initialized = total
        }
    }

    /// Appends the summed weight rows of `hashes`: ``classCount`` scores.
    private static func appendSum(_ table: WeightTable, _ hashes: [UInt64], to scores: inout [Float]) {
        hashes.withUnsafeBufferPointer { table.appendSum(of: $0, to: &scores) }
    }

    /// The weights as read from the file, for the sums made once at loading.
    private struct WeightTable {
        let rows: BucketRows
        let lowWeights: [Float]
        let lastWeights: [Float]
        let bucketMask: UInt64

        /// Appends the summed weight rows of `hashes`: ``classCount`` scores.
        func appendSum(of hashes: UnsafeBufferPointer<UInt64>, to scores: inout [Float]) {
            let classCount = PartOfSpeechTagger.classCount
            var sum = [Float](repeating: 0, count: classCount)
            lowWeights.withUnsafeBufferPointer { lows in
                let start = PartOfSpeechTagger.alignedStart(lows.baseAddress!)
                for hash in hashes {
                    let row = rows.row(ofBucket: Int(truncatingIfNeeded: hash & bucketMask))
                    if row < 0 { continue }
                    for cls in 0..<16 { sum[cls] += lows[start + 16 * row + cls] }
                    sum[16] += lastWeights[row]
                }
            }
            scores.append(contentsOf: sum)
        }
    }

    /// The scores of the neighbour roles where there is no token (before the first, after
    /// the last), ``formStride`` scores laid out as ``formScores(_:)`` lays them.
    private static func edgeScores(_ table: WeightTable) -> [Float] {
        var scores = [Float](repeating: 0, count: classCount)
        for role in FormRole.allCases.dropFirst() {
            let hashes = TaggerFeatures.neighbourHashes(
                word: TaggerFeatures.boundary, classes: TaggerFeatures.boundary, role: role)
            appendSum(table, [hashes.0] + (hashes.1.map { [$0] } ?? []), to: &scores)
        }
        return scores
    }

    /// The scores of the features that read only the two previous tags, for each pair:
    /// `(previous * 18 + beforePrevious) * classCount`.
    private static func tagPairScores(_ table: WeightTable) -> [Float] {
        var scores: [Float] = []
        let tags = UInt64(classCount + 1)
        for previous in 0..<tags {
            for beforePrevious in 0..<tags {
                let hashes = TaggerFeatures.tagPairHashes(previous: previous, beforePrevious: beforePrevious)
                appendSum(table, [hashes.0, hashes.1], to: &scores)
            }
        }
        return scores
    }

    /// The part of speech of each token, chosen left to right: `forms[i]` is the distinct
    /// form of token `i`, whose features are `formFeatures[forms[i]]` and whose role scores
    /// start at `forms[i] * formStride` in `formScores`.
    ///
    /// A first pass sums, for every token, what does not depend on the tags chosen before
    /// (its own scores, its neighbours' role scores, the two pair features of the token and
    /// the next); the second pass adds the scores of the previous tags and chooses.
    func tag(forms: [Int32], formFeatures: [TaggerFeatures], formScores: [Float]) -> [PartOfSpeech] {
        guard !forms.isEmpty else { return [] }
        return forms.withUnsafeBufferPointer { forms in
            formFeatures.withUnsafeBufferPointer { features in
                formScores.withUnsafeBufferPointer { scores in
                    edges.withUnsafeBufferPointer { edges in
                        pairs.withUnsafeBufferPointer { pairs in
                            rows.words.withUnsafeBufferPointer { rows in
                                lowWeights.withUnsafeBufferPointer { lows in
                                    lastWeights.withUnsafeBufferPointer { lasts in
                                        let tables = ScoringTables(
                                            forms: forms, features: features,
                                            scores: UnsafeRawPointer(scores.baseAddress!),
                                            edges: UnsafeRawPointer(edges.baseAddress!),
                                            pairs: UnsafeRawPointer(pairs.baseAddress!), rows: rows,
                                            lows: UnsafeRawPointer(
                                                lows.baseAddress! + Self.alignedStart(lows.baseAddress!)),
                                            lasts: lasts, bucketMask: bucketMask)
                                        return tables.tags()
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The tagger's tables seen as raw memory for one call of ``tag(forms:formFeatures:formScores:)``
    /// (valid only inside it), and the two passes that read them.
    private struct ScoringTables {
        let forms: UnsafeBufferPointer<Int32>
        let features: UnsafeBufferPointer<TaggerFeatures>
        let scores: UnsafeRawPointer
        let edges: UnsafeRawPointer
        let pairs: UnsafeRawPointer
        let rows: UnsafeBufferPointer<BucketRows.Word>
        let lows: UnsafeRawPointer
        let lasts: UnsafeBufferPointer<Float>
        let bucketMask: UInt64
        var count: Int { forms.count }

        /// Adds the 17 floats at `offset` floats from `base`: 16 to `low`, the 17th to `last`.
        @inline(__always)
        func add(_ base: UnsafeRawPointer, _ offset: Int, _ low: inout SIMD16<Float>, _ last: inout Float) {
            low += base.loadUnaligned(fromByteOffset: offset * MemoryLayout<Float>.stride, as: SIMD16<Float>.self)
            last += base.load(fromByteOffset: (offset + 16) * MemoryLayout<Float>.stride, as: Float.self)
        }

        /// Adds the scores of the form at `position` in `role` (the edge scores outside the text).
        @inline(__always)
        func role(_ position: Int, _ role: FormRole, _ low: inout SIMD16<Float>, _ last: inout Float) {
            let offset = role.rawValue * PartOfSpeechTagger.classCount
            if position >= 0 && position < count {
                add(scores, Int(forms[position]) * PartOfSpeechTagger.formStride + offset, &low, &last)
            } else {
                add(edges, offset, &low, &last)
            }
        }

        /// Adds the weights of the feature hashed `hash`, when its bucket has a row.
        @inline(__always)
        func weight(_ hash: UInt64, _ low: inout SIMD16<Float>, _ last: inout Float) {
            let row = BucketRows.row(
                ofBucket: Int(truncatingIfNeeded: hash & bucketMask), in: rows, missing: lasts.count - 1)
            low += lows.load(fromByteOffset: row * 64, as: SIMD16<Float>.self)
            last += lasts[row]
        }

        /// The tags, left to right: first what does not depend on the tags before, then the
        /// scores of the previous tags and the choice.
        func tags() -> [PartOfSpeech] {
            // 16 scores then the 17th, per token.
            var lowScores = [SIMD16<Float>](repeating: SIMD16<Float>(), count: count)
            var lastScores = [Float](repeating: 0, count: count)
            for i in 0..<count {
                var low = SIMD16<Float>()
                var last: Float = 0
                role(i, .own, &low, &last)
                role(i - 1, .previous, &low, &last)
                role(i + 1, .next, &low, &last)
                role(i - 2, .beforePrevious, &low, &last)
                role(i + 2, .afterNext, &low, &last)
                let token = features[Int(forms[i])]
                let next = i + 1 < count ? features[Int(forms[i + 1])] : nil
                let pair = TaggerFeatures.pairHashes(token, next: next)
                weight(pair.0, &low, &last)
                weight(pair.1, &low, &last)
                lowScores[i] = low
                lastScores[i] = last
            }
            let classCount = PartOfSpeechTagger.classCount
            var tags = [PartOfSpeech](repeating: .other, count: count)
            var previous = TaggerFeatures.startTag
            var beforePrevious = TaggerFeatures.startTag
            for i in 0..<count {
                var low = lowScores[i]
                var last = lastScores[i]
                add(pairs, Int(previous * UInt64(classCount + 1) + beforePrevious) * classCount, &low, &last)
                let token = features[Int(forms[i])]
                let tagged = TaggerFeatures.tagHashes(token, previous: previous)
                weight(tagged.0, &low, &last)
                weight(tagged.1, &low, &last)
                // The first class of the highest score, as a left-to-right scan finds it.
                let bestScore = PartOfSpeechTagger.highest(low)
                var best = 16
                if !(last > bestScore) {
                    let hits = low .== SIMD16<Float>(repeating: bestScore)
                    best = 0
                    while !hits[best] { best += 1 }
                }
                tags[i] = PartOfSpeech(rawValue: UInt8(best))!
                beforePrevious = previous
                previous = UInt64(best)
            }
            return tags
        }
    }

    /// The highest of 16 scores (none NaN), by halving: a few vector comparisons where
    /// `max()` compares one lane after another.
    @inline(__always)
    static func highest(_ scores: SIMD16<Float>) -> Float {
        let eight = scores.lowHalf.replacing(with: scores.highHalf, where: scores.highHalf .> scores.lowHalf)
        let four = eight.lowHalf.replacing(with: eight.highHalf, where: eight.highHalf .> eight.lowHalf)
        let two = four.lowHalf.replacing(with: four.highHalf, where: four.highHalf .> four.lowHalf)
        return two[1] > two[0] ? two[1] : two[0]
    }

    /// How many floats from `base` the first 64-byte boundary is (0 to 15).
    @inline(__always)
    static func alignedStart(_ base: UnsafePointer<Float>) -> Int {
        (16 - (Int(bitPattern: base) >> 2) & 15) & 15
    }

    /// An IEEE half-precision number as a `Float`.
    static func float(half: UInt16) -> Float {
        let sign = UInt32(half >> 15) << 31
        let exponent = UInt32(half >> 10) & 0x1F
        let mantissa = UInt32(half) & 0x3FF
        if exponent == 0 {
            return (sign != 0 ? -1 : 1) * Float(mantissa) * Float(sign: .plus, exponent: -24, significand: 1)
        }
        if exponent == 0x1F { return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13)) }
        return Float(bitPattern: sign | ((exponent + 112) << 23) | (mantissa << 13))
    }
}

/// Reads little-endian numbers and byte strings from a byte array.
struct ByteReader {
    let bytes: [UInt8]
    var position = 0

    /// Skips the `#` header up to its empty line; `true` when one was found.
    mutating func skipHeader() -> Bool? {
        while position + 1 < bytes.count {
            if bytes[position] == 0x0A && bytes[position + 1] == 0x0A {
                position += 2
                return true
            }
            position += 1
        }
        return nil
    }

    mutating func take(_ count: Int) -> [UInt8]? {
        guard position + count <= bytes.count else { return nil }
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    mutating func u8() -> UInt8? { take(1)?[0] }

    mutating func u16() -> UInt16? {
        guard position + 2 <= bytes.count else { return nil }
        defer { position += 2 }
        return UInt16(bytes[position]) | UInt16(bytes[position + 1]) << 8
    }

    mutating func u32() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 { value |= UInt32(bytes[position + offset]) << (8 * offset) }
        position += 4
        return value
    }
}
