import Foundation
import ParoleDatabase

/// Writes search results as readable text, JSON lines or CSV.
struct QuoteFormatter {
    let format: QuotesCommand.Format

    func write(_ quotes: [StoredQuote], to output: OutputSink) {
        switch format {
        case .text:
            for quote in quotes {
                let who = quote.speaker ?? quote.speakerText ?? "unknown speaker"
                let cue = quote.cue.map { ", \($0)" } ?? ""
                let line =
                    "«\(quote.text)» — \(who)\(cue) [\(quote.kind)] \(quote.document)\(quote.date.map { " · \($0)" } ?? "")"
                output.write(TerminalText.neutralized(line, keepingLineBreaks: false) + "\n")
            }
            if quotes.isEmpty { output.write("no quote matches\n") }
        case .jsonl:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for quote in quotes {
                if let data = try? encoder.encode(quote) { output.write(Array(data) + [0x0A]) }
            }
        case .csv:
            output.write("date,document,speaker,speaker_text,cue,kind,text,sentence,start,end\n")
            for quote in quotes {
                let fields = [
                    quote.date ?? "", quote.document, quote.speaker ?? "", quote.speakerText ?? "", quote.cue ?? "",
                    quote.kind, quote.text, quote.sentence, String(quote.start), String(quote.end),
                ]
                output.write(fields.map(Self.csvField).joined(separator: ",") + "\n")
            }
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
