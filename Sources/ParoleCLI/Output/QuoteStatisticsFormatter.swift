import Foundation
import ParoleDatabase

/// Writes ``QuoteStatistics`` as an aligned table, JSON lines or CSV: one row per
/// group, its values, then `quotes` and `speakers`.
struct QuoteStatisticsFormatter {
    let format: QuotesCommand.Format

    func write(_ statistics: QuoteStatistics, to output: OutputSink) {
        let header = statistics.dimensions.map(\.rawValue) + ["quotes", "speakers"]
        let rows = statistics.rows.map { $0.values + [String($0.quotes), String($0.speakers)] }
        switch format {
        case .csv:
            output.write(header.joined(separator: ",") + "\n")
            for row in rows { output.write(row.map(QuoteFormatter.csvField).joined(separator: ",") + "\n") }
        case .jsonl:
            for row in statistics.rows {
                var object: [String: Any] = ["quotes": row.quotes, "speakers": row.speakers]
                for (dimension, value) in zip(statistics.dimensions, row.values) { object[dimension.rawValue] = value }
                if let data = try? JSONSerialization.data(
                    withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                {
                    output.write(Array(data) + [0x0A])
                }
            }
        case .text:
            let shown = rows.map {
                $0.map { $0.isEmpty ? "-" : TerminalText.neutralized($0, keepingLineBreaks: false) }
            }
            let widths = header.indices.map { column in
                ([header[column]] + shown.map { $0[column] }).map(\.count).max() ?? 0
            }
            for row in [header] + shown {
                let cells = row.enumerated().map { column, cell in
                    // Counts align right, group values left.
                    let pad = String(repeating: " ", count: widths[column] - cell.count)
                    return column >= statistics.dimensions.count ? pad + cell : cell + pad
                }
                output.write(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n")
            }
            if rows.isEmpty { output.write("no quote matches\n") }
        }
    }
}
