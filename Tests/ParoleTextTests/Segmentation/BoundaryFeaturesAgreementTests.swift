import Foundation
import Testing

@testable import ParoleText

/// The sentence-boundary features are defined twice: in Swift (``BoundaryFeatures``, which
/// reads the shipped weights) and in Python (`Scripts/segmentation/boundary_features.py`,
/// which trains them). `Fixtures/boundary-features.txt`, written by
/// `Scripts/segmentation/boundary_fixture.py`, holds what Python computes for a few French
/// gaps; these tests compute the same in Swift. A change to either side's definition (a
/// template, the context group, the shapes, the hashing) makes them fail until both agree
/// and the fixture is generated again.
@Suite("Boundary features agree with the training script")
struct BoundaryFeaturesAgreementTests {
    /// One gap of the fixture, as Python saw and computed it.
    struct Case {
        var name = ""
        var text = ""
        var index = 0
        var first = 0
        var start = 0
        var kind: UInt64 = 0
        var capitalsRun: UInt64 = 0
        var hasVerb: UInt64 = 0
        var length: UInt64 = 0
        var contextGroup: UInt64 = 0
        var norms: [String] = []
        var classes: [UInt64] = []
        var hashes: [UInt64] = []
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/boundary-features.txt")
        guard let contents = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var cases: [Case] = []
        for line in contents.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let numbers = fields.dropFirst().map { UInt64($0) ?? 0 }
            switch fields[0] {
            case "case": cases.append(Case(name: fields[1]))
            case "text": cases[cases.count - 1].text = fields[1]
            case "gap":
                cases[cases.count - 1].index = Int(numbers[0])
                cases[cases.count - 1].first = Int(numbers[1])
                cases[cases.count - 1].start = Int(numbers[2])
                cases[cases.count - 1].kind = numbers[3]
            case "segment":
                cases[cases.count - 1].capitalsRun = numbers[0]
                cases[cases.count - 1].hasVerb = numbers[1]
                cases[cases.count - 1].length = numbers[2]
                cases[cases.count - 1].contextGroup = numbers[3]
            case "token":
                cases[cases.count - 1].norms.append(fields[1])
                cases[cases.count - 1].classes.append(UInt64(fields[2], radix: 16) ?? 0)
            case "hashes":
                cases[cases.count - 1].hashes = fields[1].split(separator: " ").map { UInt64($0, radix: 16) ?? 0 }
            default: continue
            }
        }
        return cases
    }()

    /// The gap of `fixture` as ``BoundaryFeatures`` sees it: the tokens' features from the
    /// fixture's forms, norms and classes; the segment's verb read with Swift's definition.
    static func gap(_ fixture: Case) throws -> BoundaryFeatures {
        let forms = fixture.text.split(separator: " ").map(String.init)
        let tokens = zip(forms, zip(fixture.norms, fixture.classes)).map { form, read in
            var norm = read.0
            return norm.withUTF8 { TaggerFeatures(norm: $0, text: ArraySlice(form.utf16), classes: read.1) }
        }
        let hasVerb = tokens[fixture.start..<fixture.index].contains { BoundaryFeatures.isOnlyVerb($0.classes) }
        return BoundaryFeatures(
            kind: try #require(BoundaryFeatures.Kind(rawValue: fixture.kind)),
            beforePrevious: fixture.index >= 2 ? tokens[fixture.index - 2] : nil,
            previous: tokens[fixture.index - 1], next: tokens[fixture.first],
            afterNext: fixture.first + 1 < tokens.count ? tokens[fixture.first + 1] : nil,
            capitalsRun: fixture.capitalsRun, segmentHasVerb: hasVerb ? 1 : 0,
            segmentLength: UInt64(min(fixture.index - fixture.start, 9)))
    }

    @Test("The fixture holds every context group and both feature spaces")
    func fixtureCoverage() {
        let cases = Self.cases
        #expect(cases.count >= 8)
        #expect(Set(cases.map(\.contextGroup)) == [0, 1])
        #expect(Set(cases.map { $0.hashes.count }) == [27, 30])
        #expect(cases.allSatisfy { $0.norms.count == $0.text.split(separator: " ").count })
    }

    @Test("Parole's tokenizer splits and normalises the fixture's texts as Python did", arguments: cases)
    func tokens(_ fixture: Case) throws {
        let units = Array(fixture.text.utf16)
        let tokens = try Shared.tokenizer.tokenize(units)
        #expect(
            tokens.map { String(decoding: units[$0.span.range], as: UTF16.self) }
                == fixture.text.split(separator: " ").map(String.init))
        #expect(tokens.map(\.norm) == fixture.norms)
    }

    @Test("Context group, segment and feature hashes are Python's", arguments: cases)
    func hashes(_ fixture: Case) throws {
        let gap = try Self.gap(fixture)
        #expect(gap.contextGroup == fixture.contextGroup, "context group of `\(fixture.name)`")
        #expect(gap.segmentHasVerb == fixture.hasVerb && gap.segmentLength == fixture.length)
        let hashes = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: BoundaryFeatures.count) { out in
            Array(out.prefix(gap.hashes(into: out.baseAddress!)))
        }
        #expect(hashes.count == fixture.hashes.count, "hash count of `\(fixture.name)`")
        let differing = zip(hashes, fixture.hashes).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(differing.isEmpty, "hashes of `\(fixture.name)` that differ, by position: \(differing)")
    }
}

extension BoundaryFeaturesAgreementTests.Case: CustomTestStringConvertible {
    var testDescription: String { name }
}
