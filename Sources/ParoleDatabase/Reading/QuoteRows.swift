import Foundation
import Parole

/// The rows a document becomes: its metadata, and its quotes with offsets in
/// Unicode scalars, the sentence around each, and who said it.
///
/// Only people and organisations become global speakers: a quote whose speaker is
/// named, or is a description or pronoun that the document resolves to a named
/// thing (`le premier ministre` → that document's `Benyamin Netanyahu`), links to
/// that name; an unresolved description, a pronoun or an unnamed source stays the
/// speaker text of its quote.
package struct QuoteRows {
    /// A speaker named by an entity (or at least by a proper name).
    package struct Speaker {
        package var name: String
        package var label: String?
        package var aliases: [String]
    }

    /// One quote: its record (without document and speaker ids) and its global speaker.
    package struct Quote {
        package var record: QuoteRecord
        package var speaker: Speaker?
    }

    /// The metadata fields that have columns of their own.
    static let metadataColumns: Set<String> = ["url", "title", "outlet", "author"]

    package let quotes: [Quote]
    package let document: DocumentRecord

    package init(_ document: Document, key: String, analyzedAt: String) {
        let fields = document.metadata.fields
        var others: [String: Any] = fields.filter { !Self.metadataColumns.contains($0.key) }
        for (key, json) in document.metadata.jsonFields where !Self.metadataColumns.contains(key) {
            others[key] = (try? JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)) ?? json
        }
        var meta: String?
        if !others.isEmpty,
            let data = try? JSONSerialization.data(
                withJSONObject: others, options: [.sortedKeys, .withoutEscapingSlashes])
        {
            meta = String(decoding: data, as: UTF8.self)
        }
        self.document = DocumentRecord(
            key: key, date: document.date?.description, text: document.text, analyzedAt: analyzedAt,
            docId: document.id, url: fields["url"], title: fields["title"], outlet: fields["outlet"],
            author: fields["author"], meta: meta)
        let offsets = ScalarOffsets(document.utf16)
        let sentences = document.sentences
        let clusters = document.entityClusters
        let documentDate = document.date?.description
        quotes = document.quotes.enumerated().map { index, quote in
            let said = quote.speaker
            let cluster = said?.cluster.flatMap { clusters.indices.contains($0) ? clusters[$0] : nil }
            let speaker = said.flatMap { Self.globalSpeaker($0, cluster: cluster, document) }
            let speakerText = said.map { document.text(of: $0.span) }
            let around = sentences.filter { $0.span.overlaps(quote.span) }
            let sentenceSpan = around.isEmpty ? quote.span : around[0].span.union(around[around.count - 1].span)
            let text = document.text(of: quote.span)
            let record = QuoteRecord(
                id: nil, documentId: 0, speakerId: nil, speakerText: speakerText, text: text,
                kind: quote.kind.rawValue, cue: quote.cue?.lemma, cueText: quote.cue.map { document.text(of: $0.span) },
                start: offsets.scalarOffset(quote.span.start), end: offsets.scalarOffset(quote.span.end),
                sentence: document.text(of: sentenceSpan), documentDate: documentDate, position: index,
                parent: quote.parent, speakerName: speaker?.name, speakerLabel: speaker?.label,
                speakerKind: said?.kind?.rawValue, speakerGender: (said?.gender ?? cluster?.gender)?.outputName,
                speakerRole: said?.role.map { document.text(of: $0) }, speakerKey: speakerText.map(TextKey.of),
                quoteDate: quote.date ?? documentDate, textKey: TextKey.of(text), quoteGroup: nil)
            return Quote(record: record, speaker: speaker)
        }
    }

    /// The person or organisation a quote's speaker stands for, or `nil` for an
    /// unresolved description, a pronoun or an unnamed source.
    private static func globalSpeaker(_ said: Parole.Quote.Speaker, cluster: EntityCluster?, _ document: Document)
        -> Speaker?
    {
        if said.kind == .source { return nil }
        if let cluster, !cluster.canonical.isEmpty {
            var aliases = cluster.aliases
            if said.kind == .name || said.kind == nil {
                let text = document.text(of: said.span)
                if !aliases.contains(text), text != cluster.canonical { aliases.append(text) }
            }
            return Speaker(name: cluster.canonical, label: cluster.label.rawValue, aliases: aliases)
        }
        // A proper name that the entity stage left without a cluster is still a name.
        guard said.kind == .name, let name = said.canonical, !name.isEmpty else { return nil }
        let text = document.text(of: said.span)
        return Speaker(name: name, label: nil, aliases: text == name ? [] : [text])
    }
}
