// Analyses a French news paragraph with emoji, writes it as JSON both ways (the
// `parole analyze` writer and `Codable`), reads it back, checks equality, and prints
// what the navigation calls find. Exits with status 1 on any mismatch.

import Foundation
import Parole

/// Prints `message` to standard error and exits with status 1.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("mismatch: \(message)\n".utf8))
    exit(1)
}

let text = """
    🇫🇷 « Nous ne laisserons personne sur le bord de la route 🚜 », a déclaré mardi le Premier ministre \
    Gabriel Attal à Paris, devant des agriculteurs venus de Bretagne. Selon la FNSEA, 𝔘𝔫 accord pourrait \
    être signé le 7 février 2024 💶. « C'est une première étape », a estimé Arnaud Rousseau.
    """

let registry = StageRegistry.standard
let pipeline = try registry.pipeline(named: registry.names)
let document = try pipeline.analyze(
    Document(id: "outside", text: text, date: try ReferenceDate(parsing: "2024-01-30")))

// The writer's JSON (scalar offsets), read back.
let line = try DocumentJSONWriter().encode(document)
let read = try DocumentJSONReader().document(from: Data(line))
guard read == document else { fail("the reader's document differs from the one written") }
guard try DocumentJSONWriter().encode(read) == line else { fail("the reader's document writes other bytes") }

// `Codable`, on the document and on the annotations alone.
let encoded = try JSONEncoder().encode(document)
guard try JSONDecoder().decode(Document.self, from: encoded) == document else { fail("Codable document") }
let entities = try JSONDecoder().decode([Entity].self, from: JSONEncoder().encode(document.entities))
guard entities == document.entities else { fail("Codable entities") }
let quotes = try JSONDecoder().decode([Quote].self, from: JSONEncoder().encode(document.quotes))
guard quotes == document.quotes else { fail("Codable quotes") }

guard !document.entities.isEmpty, !document.quotes.isEmpty, !document.dates.isEmpty else {
    fail("the paragraph lost its entities, quotes or dates")
}
print("round trip: \(line.count) bytes, \(document.tokens.count) tokens, equal")

// Navigation.
for (index, sentence) in document.sentences.enumerated() {
    let range = document.range(of: sentence.span)
    guard document.span(of: range) == sentence.span else { fail("range of sentence \(index)") }
    let tokens = document.tokens(in: sentence)
    let names = document.entities(in: sentence).map { "\(document.text(of: $0)) (\($0.label.rawValue))" }
    print("sentence \(index): \(tokens.count) tokens, starts \"\(document.text[range].prefix(24))…\"")
    print("  entities: \(names.joined(separator: ", "))")
    for quote in document.quotes(in: sentence) {
        let speaker = quote.speaker?.canonical ?? quote.speaker.map { document.text(of: $0) } ?? "?"
        print("  \(quote.kind.rawValue) quote by \(speaker): « \(document.text(of: quote)) »")
    }
}
for entity in document.entities {
    guard let sentence = document.sentence(containing: entity.span), document.entities(in: sentence).contains(entity)
    else { fail("the sentence of \(document.text(of: entity))") }
    guard String(document.text[document.range(of: entity.span)]) == document.text(of: entity) else {
        fail("the range of \(document.text(of: entity))")
    }
}
for date in document.dates {
    let interval = date.timex?.dateInterval().map { "\($0.start) – \($0.end)" } ?? "no calendar interval"
    print("date \"\(document.text(of: date))\": \(date.value), \(interval)")
}
print("ok")
