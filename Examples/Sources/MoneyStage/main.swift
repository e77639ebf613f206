// Registers a custom stage next to the built-in ones, builds a pipeline from
// names, and prints the result as the same JSON `parole analyze` writes (the
// `money` layer included, because its value is Encodable).
//
//     swift run --package-path Examples money-stage "Le plafond passe à 12 500 euros."

import Foundation
import Parole

let text =
    CommandLine.arguments.dropFirst().joined(separator: " ").isEmpty
    ? "Le gouvernement porte le plafond à 12 500 euros ; le plan coûtera 1,4 milliard d'euros, soit 3 € par habitant."
    : CommandLine.arguments.dropFirst().joined(separator: " ")

do {
    var registry = StageRegistry.standard
    registry.register("money") { MoneyStage() }
    let pipeline = try registry.pipeline(parsing: "tokenize,sentences,money")
    let document = try pipeline.analyze(Document(id: "example", text: text))
    for amount in document[MoneyLayer.self] ?? [] {
        print("\(document.text(of: amount.span)) → \(amount.value) \(amount.currency)")
    }
    print(try DocumentJSONWriter().string(document))
} catch {
    FileHandle.standardError.write(Data("money-stage: \(error)\n".utf8))
    exit(1)
}
