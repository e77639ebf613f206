import Foundation
import ParoleDatabase

/// Writes quotes as readable text, JSON lines or CSV.
///
/// CSV and JSON lines carry the export columns (see ``columns``), in that order;
/// CSV fields that a spreadsheet would run as formulas are neutralised.
struct QuoteFormatter {
    let format: QuotesCommand.Format

    /// The export columns, in order.
    static let columns = [
        "document", "document_date", "quote_date", "outlet", "url", "title", "author", "speaker", "speaker_text",
        "speaker_kind", "speaker_gender", "speaker_role", "text", "kind", "cue", "quote_group", "position", "parent",
        "sentence", "start", "end",
    ]

    func write(_ quotes: [StoredQuote], to output: OutputSink) {
        switch format {
        case .text:
            for quote in quotes {
                let who = quote.speaker ?? quote.speakerText ?? "unknown speaker"
                let traits = [quote.speakerKind, quote.speakerGender].compactMap { $0 }
                let about = traits.isEmpty ? "" : " (\(traits.joined(separator: ", ")))"
                let cue = quote.cue.map { ", \($0)" } ?? ""
                let date = quote.quoteDate ?? quote.date
                let line =
                    "«\(quote.text)» — \(who)\(about)\(cue) [\(quote.kind)] \(quote.document)\(date.map { " · \($0)" } ?? "")"
                output.write(TerminalText.neutralized(line, keepingLineBreaks: false) + "\n")
            }
            if quotes.isEmpty { output.write("no quote matches\n") }
        case .jsonl:
            for quote in quotes {
                let object = Dictionary(uniqueKeysWithValues: zip(Self.columns, Self.values(quote).map(Self.json)))
                if let data = try? JSONSerialization.data(
                    withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                {
                    output.write(Array(data) + [0x0A])
                }
            }
        case .csv:
            output.write(Self.columns.joined(separator: ",") + "\n")
            for quote in quotes {
                output.write(Self.values(quote).map { Self.csvField(Self.text($0)) }.joined(separator: ",") + "\n")
            }
        }
    }

    /// A quote's values in the order of ``columns``.
    static func values(_ quote: StoredQuote) -> [Any?] {
        [
            quote.document, quote.date, quote.quoteDate, quote.outlet, quote.url, quote.title, quote.author,
            quote.speaker, quote.speakerText, quote.speakerKind, quote.speakerGender, quote.speakerRole, quote.text,
            quote.kind, quote.cue, quote.quoteGroup, quote.position, quote.parent, quote.sentence, quote.start,
            quote.end,
        ]
    }

    private static func json(_ value: Any?) -> Any { value ?? NSNull() }

    private static func text(_ value: Any?) -> String {
        switch value {
        case let string as String: string
        case let number as Int: String(number)
        case let number as Int64: String(number)
        default: ""
        }
    }

    /// A CSV field, quoted when it holds a comma, a quotation mark or a line break (RFC 4180).
    /// A field that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
    /// a tab or a carriage return) starts with `'` instead, so it is shown as text.
    static func csvField(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
