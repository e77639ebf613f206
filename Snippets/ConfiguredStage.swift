// A stage that declares an option, read by its factory from the registry
// (Parole.docc, "Writing a stage", "Configure it").
// swift-format-ignore-file
import Parole

// snippet.hide
struct MoneyStage: Stage {
    let currency: String
    let name = "money"
    let requiredLayers: [LayerName] = [TokenLayer.name]
    let producedLayers: [LayerName] = []
    func process(_ document: inout Document) throws {}
}
var registry = StageRegistry.standard
// snippet.show
registry.register(
    "money",
    options: [StageOption("currency", .choice(["EUR", "USD"]), summary: "the currency of bare amounts")]
) { options in
    MoneyStage(currency: try options.choice("currency", among: ["EUR", "USD"]) ?? "EUR")
}
let configuration = try StageConfiguration(parsing: ["money.currency=USD"])
let pipeline = try registry.pipeline(parsing: "tokenize,money", configuration: configuration)
// snippet.hide
print(pipeline.stageNames)
