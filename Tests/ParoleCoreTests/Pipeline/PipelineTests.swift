import Foundation
import ParoleCore
import Synchronization
import Testing

/// Counts its live instances, to catch results that are never released.
final class Tracked: Sendable {
    static let alive = Atomic<Int>(0)
    init() { Self.alive.add(1, ordering: .sequentiallyConsistent) }
    deinit { Self.alive.subtract(1, ordering: .sequentiallyConsistent) }
}

/// A user-defined layer: amounts of money, as a user of the library would write it.
struct MoneyAmount: Codable, Hashable, Sendable {
    var span: Span
    var amount: Double
    var currency: String
}

enum MoneyLayer: LayerKey {
    typealias Value = [MoneyAmount]
    static let name: LayerName = "money"
}

/// A user-defined stage: a number token followed by `euros` or `€`.
struct MoneyStage: Stage {
    let name = "money"
    let requiredLayers: [LayerName] = [TokenLayer.name]
    let producedLayers: [LayerName] = [MoneyLayer.name]

    func process(_ document: inout Document) throws {
        let tokens = document.tokens
        var amounts: [MoneyAmount] = []
        for (index, token) in tokens.enumerated().dropLast() where token.kind == .number {
            let next = tokens[index + 1]
            guard next.norm == "euros" || next.norm == "€" else { continue }
            let digits = token.norm.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: ".")
            guard let value = Double(digits) else { continue }
            amounts.append(MoneyAmount(span: token.span.union(next.span), amount: value, currency: "EUR"))
        }
        document[MoneyLayer.self] = amounts
    }
}

/// A stage that always fails, to check that failures name the stage and document.
struct FailingStage: Stage {
    struct Boom: Error, CustomStringConvertible { var description: String { "boom" } }
    let name = "failing"
    let requiredLayers: [LayerName] = []
    let producedLayers: [LayerName] = []
    func process(_ document: inout Document) throws { throw Boom() }
}

@Suite("Pipeline and plugins")
struct PipelineTests {
    @Test("A stage placed before the stage it needs is refused, naming both")
    func orderCheck() throws {
        #expect(throws: PipelineError.missingLayer(stage: "sentences", layer: "tokens", producer: "tokenize")) {
            try StageRegistry.core.pipeline(named: ["sentences", "tokenize"])
        }
        let error = PipelineError.missingLayer(stage: "quotes", layer: "entities", producer: "entities")
        #expect(error.description.hasPrefix("`quotes` needs `entities`"))
    }

    @Test("A need that no stage meets is refused")
    func missingProducer() throws {
        #expect(throws: PipelineError.missingLayer(stage: "money", layer: "tokens", producer: nil)) {
            try Pipeline(stages: [MoneyStage()])
        }
    }

    @Test("Unknown, duplicate and empty stage lists are refused")
    func badLists() throws {
        #expect(throws: PipelineError.unknownStage("lemmas", known: ["tokenize", "sentences"])) {
            try StageRegistry.core.pipeline(parsing: "tokenize,lemmas")
        }
        #expect(throws: PipelineError.duplicateStage("tokenize")) {
            try StageRegistry.core.pipeline(parsing: "tokenize,tokenize")
        }
        #expect(throws: PipelineError.emptyPipeline) { try StageRegistry.core.pipeline(parsing: " , ") }
    }

    @Test("A custom stage registers by name and adds its own typed layer")
    func customStage() throws {
        var registry = StageRegistry.core
        registry.register("money") { MoneyStage() }
        let pipeline = try registry.pipeline(parsing: "tokenize, money")
        #expect(pipeline.stageNames == ["tokenize", "money"])
        let document = try pipeline.analyze(Document(id: "m", text: "Un plafond de 12 500 euros, puis 3 €."))
        let amounts = try #require(document[MoneyLayer.self])
        #expect(amounts.map(\.amount) == [12500, 3])
        #expect(document.text(of: amounts[0].span) == "12 500 euros")
    }

    @Test("A custom layer appears in the JSON output with scalar offsets")
    func customLayerJSON() throws {
        var registry = StageRegistry.core
        registry.register("money") { MoneyStage() }
        let document = try registry.pipeline(parsing: "tokenize,money").analyze(Document(id: "m", text: "😀 5 €"))
        let json = try JSONSerialization.jsonObject(with: Data(DocumentJSONWriter().encode(document))) as? [String: Any]
        let money = try #require(json?["money"] as? [[String: Any]])
        let span = try #require(money.first?["span"] as? [String: Int])
        #expect(span == ["start": 2, "end": 5])  // the emoji is one scalar but two UTF-16 units
    }

    @Test("A failing stage reports its name and the document")
    func failure() throws {
        let pipeline = try Pipeline(stages: [FailingStage()])
        #expect {
            try pipeline.analyze(Document(id: "doc-7", text: "x"))
        } throws: { error in
            let failure = error as? StageFailure
            return failure?.stage == "failing" && failure?.document == "doc-7" && "\(failure!)".contains("boom")
        }
    }

    @Test("The parallel runner releases every result once consumed")
    func parallelRelease() throws {
        ParallelRunner(jobs: 2, batchSize: 8).run(Array(0..<40), transform: { _ in Tracked() }, consume: { _, _ in })
        #expect(Tracked.alive.load(ordering: .sequentiallyConsistent) == 0)
    }

    @Test("The parallel runner keeps input order")
    func parallelOrder() throws {
        var seen: [Int] = []
        ParallelRunner(jobs: 4, batchSize: 7).run(
            Array(0..<100), transform: { $0 * 2 },
            consume: { index, result in
                #expect((try? result.get()) == index * 2)
                seen.append(index)
            })
        #expect(seen == Array(0..<100))
    }
}

@Suite("Lexicon files")
struct LexiconTests {
    @Test("Headers, blank lines, carriage returns and tab-separated fields")
    func parsing() {
        let lexicon = Lexicon(
            name: "test",
            contents:
                "# Origin: written for a test.\n#  Second line\n\nM.\ttitle\r\n  etc. \t final \n\t\n# a comment\nav.\n"
        )
        #expect(lexicon.header == ["Origin: written for a test.", "Second line"])
        #expect(lexicon.entries == [["M.", "title"], ["etc.", "final"], ["av."]])
        #expect(lexicon.words == ["M.", "etc.", "av."])
    }

    @Test("Every shipped lexicon says where its content comes from")
    func headers() throws {
        let names = try LexiconStore.shared.lexiconNames()
        #expect(!names.isEmpty)
        for name in names {
            let lexicon = try Lexicon.named(name)
            #expect(!lexicon.header.isEmpty, "\(name) has no header")
            #expect(!lexicon.entries.isEmpty, "\(name) has no entries")
        }
    }
}
