import Parole
import Testing

/// The stage under test, built once: loading ICU names and lexicons is not free.
/// Documents with no date assume the current year is 2025.
let dateStage: DateStage = {
    do { return try DateStage(currentYear: 2025) } catch { fatalError("cannot build the dates stage: \(error)") }
}()

/// The TimeML-style stage, which also marks `maintenant`, `désormais`.
let timemlDateStage: DateStage = {
    do { return try DateStage(marksReferences: true, currentYear: 2025) } catch {
        fatalError("cannot build the dates stage: \(error)")
    }
}()

private let segmentation: (TokenizeStage, SentenceStage) = {
    do { return (try TokenizeStage(), try SentenceStage()) } catch { fatalError("cannot build the pipeline: \(error)") }
}()

/// One temporal expression as the tests compare it: its text, type and value.
struct Found: Equatable, CustomStringConvertible {
    var text: String
    var kind: String
    var value: String
    var description: String { "\(kind) «\(text)» \(value)" }
}

/// The expressions the stage finds in `text`, read on `date` (`YYYY-MM[-DD]`, or nil).
func dates(_ text: String, on date: String?, stage: DateStage = dateStage) throws -> [Found] {
    try analysed(text, on: date, stage: stage).found
}

/// The analysed document and its expressions.
func analysed(_ text: String, on date: String?, stage: DateStage = dateStage) throws
    -> (document: Document, found: [Found])
{
    let reference = try date.map { try ReferenceDate(parsing: $0) }
    var document = Document(id: "test", text: text, date: reference)
    try segmentation.0.process(&document)
    try segmentation.1.process(&document)
    try stage.process(&document)
    let found = document.dates.map {
        Found(text: document.text(of: $0.span), kind: $0.kind.rawValue, value: $0.value)
    }
    return (document, found)
}

/// The value of the expression whose text is `text`, or nil.
func value(of text: String, in found: [Found]) -> String? {
    found.first { $0.text == text }?.value
}
