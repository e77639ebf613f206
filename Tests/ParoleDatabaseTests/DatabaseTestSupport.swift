import Foundation
import Parole

/// The path of a database file named `name` in `folder` (from ``withTemporaryFolder(_:)``),
/// that does not exist yet.
func databasePath(_ name: String = "quotes", in folder: URL) -> String {
    folder.appendingPathComponent("\(name).sqlite").path
}

/// Builds a document with quotes laid by hand, as the stages would make them.
struct ArticleBuilder {
    var document: Document

    init(id: String, text: String, date: String? = "2024-02-07", fields: [String: String] = [:]) throws {
        document = Document(
            id: id, text: text,
            metadata: DocumentMetadata(date: try date.map { try ReferenceDate(parsing: $0) }, fields: fields))
        document.sentences = [Sentence(span: Span(start: 0, end: document.utf16.count), tokens: 0..<0)]
    }

    /// The span of the first `part` at or after `start`.
    func span(_ part: String, after start: Int = 0) -> Span {
        let units = document.utf16
        let needle = Array(part.utf16)
        var index = start
        while !units[index..<index + needle.count].elementsEqual(needle) { index += 1 }
        return Span(start: index, end: index + needle.count)
    }

    /// Adds a cluster; returns its index.
    mutating func cluster(_ canonical: String, label: Entity.Label = .person, gender: Gender? = nil) -> Int {
        document.entityClusters.append(
            EntityCluster(label: label, canonical: canonical, aliases: [canonical], gender: gender, mentions: []))
        return document.entityClusters.count - 1
    }

    /// Adds a quote of `words` said by the words `by` (after `after`), linked to `cluster`.
    mutating func quote(
        _ words: String, by speaker: String, kind: Quote.Speaker.Kind, cluster: Int? = nil, gender: Gender? = nil,
        role: String? = nil, quoteKind: Quote.Kind = .direct, date: String? = nil, parent: Int? = nil
    ) {
        let quoteSpan = span(words)
        let speakerSpan = span(speaker)
        let canonical = cluster.map { document.entityClusters[$0].canonical } ?? speaker
        document.quotes.append(
            Quote(
                span: quoteSpan, kind: quoteKind,
                speaker: Quote.Speaker(
                    span: speakerSpan, canonical: canonical, cluster: cluster, kind: kind, gender: gender,
                    role: role.map { span($0) }),
                cue: Quote.Cue(span: span("a déclaré"), lemma: "déclarer"), date: date, parent: parent))
    }
}

/// An article where `name` says `words` (a person's name, with a cluster).
func article(id: String, name: String, words: String, gender: Gender? = .masculine, fields: [String: String] = [:])
    throws -> Document
{
    var builder = try ArticleBuilder(id: id, text: "\(name) a déclaré : « \(words) ».", fields: fields)
    let cluster = builder.cluster(name, gender: gender)
    builder.quote(words, by: name, kind: .name, cluster: cluster, gender: gender)
    return builder.document
}
