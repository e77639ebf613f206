// Run the standard stages over one article and read the sentences, the entities and the
// JSON that `parole analyze` writes (README.md, "Library").
import Parole

let pipeline = try StageRegistry.standard.pipeline(parsing: "tokenize,sentences,entities")
var document = Document(
    id: "a1", text: "M. Blinken est arrivé au Caire mercredi.",
    date: try ReferenceDate(parsing: "2024-02-07"))
try pipeline.run(&document)

for sentence in document.sentences { print(document.text(of: sentence)) }
for entity in document.entities { print(document.text(of: entity), entity.label, entity.canonical) }
let json = try DocumentJSONWriter().string(document)  // the `parole analyze` JSON
// snippet.hide
print(json)
