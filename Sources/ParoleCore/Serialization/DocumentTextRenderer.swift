/// A view of an analysed document for a person to read in a terminal.
///
/// Each sentence on its own numbered line, followed by the entities, dates and
/// quotes found in it:
///
/// ```text
/// ═══ 002_557486a02dfe6108 · date 2024-02 · 9 sentences, 412 tokens
/// [1] Les efforts diplomatiques déployés par les États-Unis …
///     entity  États-Unis  LOC
///     date    ce mercredi 7 février 2024  DATE 2024-02-07
///     quote   «…» (indirect) — Antony Blinken [name, male, role: secrétaire d'État, cluster 2], déclarer, said 2024-02-07
/// ```
///
/// Quotes are numbered from 1 in the order of the `quotes` layer for `inside quote N`.
/// When the document has a `RuleLayer`, each entity and quote ends with the rule that
/// made it (`  ← RunClassifier.classify`).
package struct DocumentTextRenderer: Sendable {
    /// Creates a renderer.
    package init() {}

    /// The readable view of `document`, ending with a blank line.
    package func render(_ document: Document) -> String {
        var lines: [String] = []
        var summary = ["═══ \(document.id)", document.date.map { "date \($0)" } ?? "no date"]
        if let sentences = document[SentenceLayer.self] { summary.append("\(sentences.count) sentences") }
        if let tokens = document[TokenLayer.self] { summary.append("\(tokens.count) tokens") }
        lines.append(summary.joined(separator: " · "))
        let sentences =
            document[SentenceLayer.self] ?? [Sentence(span: Span(start: 0, end: document.length), tokens: 0..<0)]
        let entityRules = rules(of: EntityLayer.name, count: document.entities.count, in: document)
        let quoteRules = rules(of: QuoteLayer.name, count: document.quotes.count, in: document)
        for (number, sentence) in sentences.enumerated() {
            lines.append("[\(number + 1)] " + flattened(document.text(of: sentence.span)))
            for (index, entity) in document.entities.enumerated() where sentence.span.contains(entity.span) {
                let canonical = entity.canonical == document.text(of: entity) ? "" : "  → \(entity.canonical)"
                lines.append(
                    "    entity  \(document.text(of: entity))  \(entity.label.rawValue)\(canonical)"
                        + (entityRules.map { "  ← " + $0[index] } ?? ""))
            }
            for date in document.dates where sentence.span.contains(date.span) {
                lines.append("    date    \(document.text(of: date))  \(date.kind.rawValue) \(date.value)")
            }
            for (index, quote) in document.quotes.enumerated()
            where sentence.span.overlaps(quote.span) && quote.span.start >= sentence.span.start {
                lines.append("    quote   " + describe(quote, document) + (quoteRules.map { "  ← " + $0[index] } ?? ""))
            }
        }
        if document[SentenceLayer.self] == nil, let tokens = document[TokenLayer.self] {
            lines.append("    tokens  " + tokens.map { document.text(of: $0.span) }.joined(separator: " │ "))
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// The rules of the layer named `layer` when the `RuleLayer` has one per annotation.
    private func rules(of layer: LayerName, count: Int, in document: Document) -> [String]? {
        guard let rules = document[RuleLayer.self]?[layer.rawValue], rules.count == count else { return nil }
        return rules
    }

    private func describe(_ quote: Quote, _ document: Document) -> String {
        var text = "«\(flattened(document.text(of: quote)))» (\(quote.kind.rawValue))"
        if let speaker = quote.speaker {
            text += " — " + (speaker.canonical ?? document.text(of: speaker))
            var traits = [speaker.kind?.rawValue, speaker.gender?.outputName].compactMap { $0 }
            if let role = speaker.role { traits.append("role: " + flattened(document.text(of: role))) }
            if let cluster = speaker.cluster { traits.append("cluster \(cluster)") }
            if !traits.isEmpty { text += " [" + traits.joined(separator: ", ") + "]" }
        } else {
            text += " — unknown speaker"
        }
        if let cue = quote.cue { text += ", \(cue.lemma)" }
        if let date = quote.date { text += ", said \(date)" }
        if let parent = quote.parent { text += ", inside quote \(parent + 1)" }
        return text
    }

    private func flattened(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
