import Foundation
import Parole

private let pipeline = try! StageRegistry.standard.pipeline(named: StageRegistry.standardPipeline)
private let date = try! ReferenceDate(parsing: "2024-02-07")

/// Loads the lexicons and models before the first input, so that libFuzzer's per-input
/// timeout measures the stages, not the one-time loading (slow under AddressSanitizer).
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    var document = Document(id: "warm-up", text: "Le maire de Lyon a déclaré lundi : « Tout va bien. »")
    try? pipeline.run(&document)
    return 0
}

/// Runs every stage on the bytes (decoded as UTF-8, invalid sequences replaced):
/// no crash, every span inside the text and in order, and JSON that encodes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    var document = Document(id: "fuzz", text: text, date: date)
    do {
        try pipeline.run(&document)
    } catch {
        return 0
    }
    let length = document.utf16.count
    func check(_ span: Span, _ what: String) {
        precondition(
            0 <= span.start && span.start <= span.end && span.end <= length, "\(what) span \(span) out of text")
    }
    var previous = 0
    for token in document.tokens {
        check(token.span, "token")
        precondition(token.span.start >= previous, "tokens out of order")
        previous = token.span.end
    }
    for sentence in document.sentences { check(sentence.span, "sentence") }
    for entity in document.entities { check(entity.span, "entity") }
    for expression in document.dates { check(expression.span, "date") }
    for quote in document.quotes {
        check(quote.span, "quote")
        if let speaker = quote.speaker { check(speaker.span, "speaker") }
        if let cue = quote.cue { check(cue.span, "cue") }
    }
    precondition((try? DocumentJSONWriter().encode(document)) != nil, "the JSON writer failed")
    return 0
}
