import Parole
import Testing

/// The pipeline the quote tests run, built once (the lexicons load once).
enum QuotePipeline {
    static let shared = try! StageRegistry.standard.pipeline(parsing: "tokenize,sentences,entities,quotes")
}

/// Runs `tokenize,sentences,entities,quotes` on `text`.
func analyzeQuotes(_ text: String) throws -> Document {
    var document = Document(id: "test", text: text)
    try QuotePipeline.shared.run(&document)
    return document
}

/// A quote as the tests compare it: its kind, its words, who said them (the
/// speaker's canonical name, or the words naming the speaker) and the cue's lemma.
struct QuoteSummary: Equatable, CustomStringConvertible {
    var kind: Quote.Kind
    var text: String
    var speaker: String?
    var cue: String?

    init(_ kind: Quote.Kind, _ text: String, _ speaker: String?, _ cue: String? = nil) {
        self.kind = kind
        self.text = text
        self.speaker = speaker
        self.cue = cue
    }

    var description: String { "\(kind.rawValue): «\(text)» — \(speaker ?? "nil") [\(cue ?? "nil")]" }
}

/// The quotes of `text`, summarised.
func quotes(_ text: String) throws -> [QuoteSummary] {
    let document = try analyzeQuotes(text)
    return document.quotes.map { quote in
        QuoteSummary(
            quote.kind, document.text(of: quote.span),
            quote.speaker.map { $0.canonical ?? document.text(of: $0.span) }, quote.cue?.lemma)
    }
}

/// The quote of `text` whose words start with `prefix`.
func quote(_ text: String, startingWith prefix: String) throws -> QuoteSummary? {
    try quotes(text).first { $0.text.hasPrefix(prefix) }
}

/// The words and the canonical name of the speaker of the quote starting with `prefix`.
func speakerWords(_ text: String, startingWith prefix: String) throws -> (words: String, canonical: String?)? {
    let document = try analyzeQuotes(text)
    guard let quote = document.quotes.first(where: { document.text(of: $0.span).hasPrefix(prefix) }),
        let speaker = quote.speaker
    else { return nil }
    return (document.text(of: speaker.span), speaker.canonical)
}
