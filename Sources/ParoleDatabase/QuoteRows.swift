import Parole

/// The rows a document's quotes become: offsets in Unicode scalars, the
/// sentence around each quote, and each speaker's canonical name and aliases.
struct QuoteRows {
    /// A speaker named by an entity (or at least by a canonical name).
    struct Speaker {
        var name: String
        var label: String?
        var aliases: [String]
    }

    /// One quote: its record (without document and speaker ids) and its speaker.
    struct Quote {
        var record: QuoteRecord
        var speaker: Speaker?
    }

    let quotes: [Quote]

    init(_ document: Document) {
        let offsets = ScalarOffsets(document.utf16)
        let sentences = document.sentences
        let clusters = document.entityClusters
        quotes = document.quotes.map { quote in
            var speaker: Speaker?
            if let said = quote.speaker, let name = said.canonical, !name.isEmpty {
                let cluster = said.cluster.flatMap { clusters.indices.contains($0) ? clusters[$0] : nil }
                var aliases = cluster?.aliases ?? []
                let text = document.text(of: said.span)
                if !aliases.contains(text), text != name, cluster == nil { aliases.append(text) }
                speaker = Speaker(name: name, label: cluster?.label.rawValue, aliases: aliases)
            }
            let around = sentences.filter { $0.span.overlaps(quote.span) }
            let sentenceSpan = around.isEmpty ? quote.span : around[0].span.union(around[around.count - 1].span)
            let record = QuoteRecord(
                id: nil, documentId: 0, speakerId: nil,
                speakerText: quote.speaker.map { document.text(of: $0.span) },
                text: document.text(of: quote.span), kind: quote.kind.rawValue, cue: quote.cue?.lemma,
                cueText: quote.cue.map { document.text(of: $0.span) },
                start: offsets.scalarOffset(quote.span.start), end: offsets.scalarOffset(quote.span.end),
                sentence: document.text(of: sentenceSpan), documentDate: document.date?.description)
            return Quote(record: record, speaker: speaker)
        }
    }
}
