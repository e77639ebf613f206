import Foundation

/// A greedy left-to-right part-of-speech tagger: an averaged perceptron over hashed
/// features (``TaggerFeatures``), with weights trained by
/// `Scripts/tagger/train_tagger.py` on UD French treebanks and shipped in
/// `Resources/models/tagger.bin`, which also holds the lemmas seen in training.
public final class PartOfSpeechTagger: Sendable {
    private static let classCount = PartOfSpeech.allCases.count
    /// The weights' row of each hash bucket, or -1 for a bucket no feature reached.
    private let rows: [Int32]
    /// ``classCount`` weights a row.
    private let weights: [Float]
    private let bucketMask: UInt64
    /// Lemmas seen in training, by norm: the part of speech and the lemma.
    let trainingLemmas: [String: [(PartOfSpeech, String)]]

    private static let loaded: Result<PartOfSpeechTagger, any Error> = Result {
        let store = LexiconStore.shared
        let path = "models/tagger.bin"
        return try PartOfSpeechTagger(contents: try store.contents(of: path), file: store.location(of: path))
    }

    /// The tagger shipped with Parole, read once per process on first use.
    public static func shared() throws -> PartOfSpeechTagger { try loaded.get() }

    /// Reads a `tagger.bin` file: a `#` header ended by an empty line, then the weights
    /// and lemmas (layout in `Scripts/tagger/train_tagger.py`).
    public init(contents bytes: [UInt8], file: String = "tagger.bin") throws {
        var reader = ByteReader(bytes: bytes)
        func fail(_ reason: String) -> LexiconError { .malformed(file, 0, reason) }
        guard let body = reader.skipHeader(), body else { throw fail("no header") }
        guard reader.take(4) == Array("PTAG".utf8), reader.u32() == 1, let bits = reader.u32(),
            bits <= 26, let classes = reader.u32(), Int(classes) == Self.classCount, let count = reader.u32()
        else { throw fail("not a version 1 tagger for \(Self.classCount) classes") }
        var rows = [Int32](repeating: -1, count: 1 << Int(bits))
        var weights = [Float](repeating: 0, count: Int(count) * Self.classCount)
        for row in 0..<Int(count) {
            guard let bucket = reader.u32(), Int(bucket) < rows.count else { throw fail("bad bucket") }
            rows[Int(bucket)] = Int32(row)
            for cls in 0..<Self.classCount {
                guard let half = reader.u16() else { throw fail("truncated weights") }
                weights[row * Self.classCount + cls] = Self.float(half: half)
            }
        }
        guard let lemmaCount = reader.u32() else { throw fail("no lemma table") }
        var lemmas: [String: [(PartOfSpeech, String)]] = [:]
        for _ in 0..<Int(lemmaCount) {
            guard let formLength = reader.u16(), let form = reader.take(Int(formLength)), let tag = reader.u8(),
                let partOfSpeech = PartOfSpeech(rawValue: tag), let lemmaLength = reader.u16(),
                let lemma = reader.take(Int(lemmaLength))
            else { throw fail("truncated lemma table") }
            lemmas[String(decoding: form, as: UTF8.self), default: []]
                .append((partOfSpeech, String(decoding: lemma, as: UTF8.self)))
        }
        self.rows = rows
        self.weights = weights
        self.bucketMask = UInt64(rows.count - 1)
        self.trainingLemmas = lemmas
    }

    /// The summed weights of the features that read a token alone: ``classCount``
    /// scores, computed once for each distinct form of a document.
    func ownScores(_ features: TaggerFeatures, into scores: inout [Float]) {
        var low = SIMD16<Float>()
        var last: Float = 0
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.ownCount) { hashes in
            features.ownHashes(into: hashes.baseAddress!)
            weights.withUnsafeBufferPointer { weights in
                let raw = UnsafeRawPointer(weights.baseAddress!)
                for hash in hashes {
                    let row = Int(rows[Int(truncatingIfNeeded: hash & bucketMask)])
                    if row < 0 { continue }
                    let base = row * Self.classCount
                    low += raw.loadUnaligned(fromByteOffset: base * MemoryLayout<Float>.stride, as: SIMD16<Float>.self)
                    last += weights[base + 16]
                }
            }
        }
        for cls in 0..<16 { scores.append(low[cls]) }
        scores.append(last)
    }

    /// The part of speech of each token, chosen left to right: `forms[i]` is the
    /// distinct form of token `i`, whose own scores start at `forms[i] * 17` in `ownScores`.
    func tag(_ features: [TaggerFeatures], forms: [Int32], ownScores: [Float]) -> [PartOfSpeech] {
        var tags = [PartOfSpeech](repeating: .other, count: features.count)
        let classCount = Self.classCount
        features.withUnsafeBufferPointer { tokens in
            rows.withUnsafeBufferPointer { rows in
                weights.withUnsafeBufferPointer { weights in
                    ownScores.withUnsafeBufferPointer { own in
                        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.contextCount) {
                            hashes in
                            var previous = TaggerFeatures.startTag
                            var beforePrevious = TaggerFeatures.startTag
                            let raw = UnsafeRawPointer(weights.baseAddress!)
                            let ownRaw = UnsafeRawPointer(own.baseAddress!)
                            for i in 0..<tokens.count {
                                TaggerFeatures.contextHashes(
                                    tokens, i, previous: previous, beforePrevious: beforePrevious,
                                    into: hashes.baseAddress!)
                                let base = Int(forms[i]) * classCount
                                var low = ownRaw.loadUnaligned(
                                    fromByteOffset: base * MemoryLayout<Float>.stride, as: SIMD16<Float>.self)
                                var last = own[base + 16]
                                for feature in 0..<TaggerFeatures.contextCount {
                                    let row = Int(rows[Int(truncatingIfNeeded: hashes[feature] & bucketMask)])
                                    if row < 0 { continue }
                                    let base = row * classCount
                                    low += raw.loadUnaligned(
                                        fromByteOffset: base * MemoryLayout<Float>.stride, as: SIMD16<Float>.self)
                                    last += weights[base + 16]
                                }
                                var best = 0
                                var bestScore = low[0]
                                for cls in 1..<16 where low[cls] > bestScore {
                                    best = cls
                                    bestScore = low[cls]
                                }
                                if last > bestScore { best = 16 }
                                tags[i] = PartOfSpeech(rawValue: UInt8(best))!
                                beforePrevious = previous
                                previous = UInt64(best)
                            }
                        }
                    }
                }
            }
        }
        return tags
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
