import Foundation
import Parole
import Testing

@Suite("Stage options and the registry")
struct StageOptionsTests {
    /// A stage that records the options it was made with.
    private struct EchoStage: Stage {
        let options: StageOptions
        var name: String { "echo" }
        var requiredLayers: [LayerName] { [] }
        var producedLayers: [LayerName] { [] }
        func process(_ document: inout Document) throws {}
    }

    private var registry: StageRegistry {
        var registry = StageRegistry()
        let declared = [
            StageOption("level", .integer(1...3), summary: "how deep"),
            StageOption("mode", .choice(["fast", "slow"]), summary: "speed"),
            StageOption("strict", .flag, summary: "refuse doubtful input"),
        ]
        registry.register("echo", options: declared) { EchoStage(options: $0) }
        registry.register("plain") { EchoStage(options: StageOptions(stage: "plain")) }
        return registry
    }

    @Test("stage.key=value assignments are split at the first dot and the first equals sign")
    func parsing() throws {
        let configuration = try StageConfiguration(parsing: ["echo.mode=fast", "echo.level=2", "echo.mode=slow"])
        #expect(configuration.values == ["echo": ["mode": "slow", "level": "2"]])
        #expect(
            try StageConfiguration(parsing: ["sentences.locale=fr@ss=standard"]).values["sentences"]?["locale"]
                == "fr@ss=standard")
        for bad in ["dates", "dates=2025", ".year=2025", "dates.=2025", "year"] {
            #expect(throws: StageOptionError.malformed(bad)) { try StageConfiguration(parsing: [bad]) }
        }
    }

    @Test("Options and the environment reach the factory, typed")
    func reachTheStage() throws {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let configuration = try StageConfiguration(
            parsing: ["echo.level=3", "echo.strict=off"], environment: StageEnvironment(now: now))
        let stage = try #require(
            try registry.makeStage(named: "echo", options: configuration.options(for: "echo")) as? EchoStage)
        #expect(try stage.options.integer("level", in: 1...3) == 3)
        #expect(try stage.options.flag("strict") == false)
        #expect(try stage.options.choice("mode", among: ["fast", "slow"]) == nil)
        #expect(stage.options.environment.now == now)
        #expect(stage.options.environment.currentYear == 2023)
    }

    @Test("Unknown stages, unknown keys and bad values are refused when the pipeline is built")
    func refused() throws {
        func build(_ assignments: [String]) throws {
            _ = try registry.pipeline(named: ["echo"], configuration: try StageConfiguration(parsing: assignments))
        }
        #expect(throws: StageOptionError.unknownStage("ehco", known: ["echo", "plain"])) { try build(["ehco.level=1"]) }
        #expect(
            throws: StageOptionError.unknownKey(stage: "echo", key: "depth", accepted: ["level", "mode", "strict"])
        ) {
            try build(["echo.depth=1"])
        }
        #expect(
            throws: StageOptionError.badValue(
                stage: "echo", key: "level", value: "4", accepted: "a whole number from 1 to 3")
        ) {
            try build(["echo.level=4"])
        }
        #expect(throws: StageOptionError.badValue(stage: "echo", key: "strict", value: "maybe", accepted: "on or off"))
        {
            try build(["echo.strict=maybe"])
        }
        // A stage registered with the factory of no argument takes no options.
        #expect(throws: StageOptionError.unknownKey(stage: "plain", key: "level", accepted: [])) {
            try build(["plain.level=1"])
        }
        try build(["echo.mode=fast"])
    }

    @Test("The messages name the stage, the key and the accepted values")
    func messages() {
        let unknown = StageOptionError.unknownKey(stage: "dates", key: "yaer", accepted: ["year", "references"])
        #expect(unknown.description == "stage \"dates\" has no option \"yaer\"; its options: year, references")
        let bad = StageOptionError.badValue(stage: "quotes", key: "speaker-ranker", value: "2", accepted: "on or off")
        #expect(bad.description == "stage option quotes.speaker-ranker: \"2\" is not accepted; expected on or off")
    }

    @Test("The standard stages declare their options")
    func standardOptions() {
        let registry = StageRegistry.standard
        #expect(registry.options(of: "dates").map(\.key) == ["year", "references"])
        #expect(registry.options(of: "quotes").map(\.key) == ["speaker-ranker", "explain"])
        #expect(registry.options(of: "entities").map(\.key) == ["explain"])
        #expect(registry.options(of: "sentences").map(\.key) == ["locale", "model"])
        #expect(registry.options(of: "tokenize").isEmpty)
    }

    @Test("sentences.model=off keeps a heading line in the next sentence")
    func sentenceModel() throws {
        let text = "Résultats du second tour Les électeurs ont voté dimanche."
        func count(_ assignments: [String]) throws -> Int {
            let pipeline = try StageRegistry.standard.pipeline(
                parsing: "tokenize,sentences", configuration: try StageConfiguration(parsing: assignments))
            return try pipeline.analyze(Document(id: "d", text: text)).sentences.count
        }
        #expect(try count([]) == 2)
        #expect(try count(["sentences.model=off"]) == 1)
        #expect(try count(["sentences.locale=fr@ss=standard", "sentences.model=off"]) == 1)
    }
}
