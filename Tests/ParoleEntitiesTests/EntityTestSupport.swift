import Parole
import Testing

/// Runs `tokenize,sentences,entities` on `text`.
func analyzeEntities(_ text: String) throws -> Document {
    let pipeline = try StageRegistry.standard.pipeline(parsing: "tokenize,sentences,entities")
    var document = Document(id: "test", text: text)
    try pipeline.run(&document)
    return document
}

/// The entities of `text` as `text/LABEL` strings, in text order.
func entityList(_ text: String) throws -> [String] {
    let document = try analyzeEntities(text)
    return document.entities.map { "\(document.text(of: $0.span))/\($0.label.rawValue)" }
}

/// Whether `text` has exactly the entity `name` with `label` somewhere.
func hasEntity(_ text: String, _ name: String, _ label: String) throws -> Bool {
    try entityList(text).contains("\(name)/\(label)")
}
