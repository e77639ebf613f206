// A stage of your own with a layer of its own, registered by name and run after the
// built-in tokenizer (README.md, "Writing a stage").
// swift-format-ignore-file
import Parole

// snippet.hide
/// Amounts written as a number token followed by `euros` or `dollars`.
func findAmounts(_ tokens: TokenList) -> [MoneyAmount] {
    var amounts: [MoneyAmount] = []
    for (number, unit) in zip(tokens, tokens.dropFirst()) where number.kind == .number {
        let currency = unit.norm.hasPrefix("euro") ? "EUR" : unit.norm.hasPrefix("dollar") ? "USD" : nil
        guard let currency, let value = Double(number.norm.filter { !$0.isWhitespace }) else { continue }
        amounts.append(
            MoneyAmount(span: Span(start: number.span.start, end: unit.span.end), value: value, currency: currency))
    }
    return amounts
}
// snippet.show
struct MoneyAmount: Codable, Sendable { var span: Span; var value: Double; var currency: String }

enum MoneyLayer: LayerKey {
    typealias Value = [MoneyAmount]
    static let name: LayerName = "money"
}

struct MoneyStage: Stage {
    let name = "money"
    let requiredLayers: [LayerName] = [TokenLayer.name]
    let producedLayers: [LayerName] = [MoneyLayer.name]
    func process(_ document: inout Document) throws {
        document[MoneyLayer.self] = findAmounts(document.tokens)
    }
}

var registry = StageRegistry.standard
registry.register("money") { MoneyStage() }
let pipeline = try registry.pipeline(parsing: "tokenize,money")
// snippet.hide
var document = Document(id: "m1", text: "Un plafond de 12 500 euros.")
try pipeline.run(&document)
print(document[MoneyLayer.self] ?? [])
