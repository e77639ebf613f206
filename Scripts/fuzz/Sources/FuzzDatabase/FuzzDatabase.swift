import Foundation
import Parole
import ParoleDatabase

private let database = try! QuoteDatabase()
private let indexer = try! QuoteIndexer(database: database, jobs: 1)

/// Loads the lexicons and models before the first input, so that libFuzzer's per-input
/// timeout measures the stages, not the one-time loading (slow under AddressSanitizer).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    var document = Document(id: "warm-up", text: "Le maire de Lyon a déclaré lundi : « Tout va bien. »")
    try? indexer.pipeline.run(&document)
    return 0
}

/// Stores the analysed bytes and searches their first words back: no crash, and
/// every quote stored is found with its whole text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDatabase(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let document = Document(id: "fuzz", text: text)
    let summary = indexer.index([.success(document)])
    precondition(summary.failures.isEmpty, "storing failed: \(summary.failures)")
    let stored = (try? database.search(QuoteQuery())) ?? []
    let analysed = try! indexer.pipeline.analyze(document)
    precondition(stored.count == analysed.quotes.count, "quotes lost")
    let expected = analysed.quotes.map { analysed.text(of: $0.span) }.sorted()
    precondition(stored.map(\.text).sorted() == expected, "quote text changed in the database")
    if let word = text.split(whereSeparator: { !$0.isLetter }).first {
        _ = try? database.search(QuoteQuery(text: String(word), speaker: String(word)))
    }
    return 0
}
