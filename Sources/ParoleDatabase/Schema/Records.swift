import Foundation
import GRDB

/// A row of the `document` table: one analysed document.
package struct DocumentRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    package static let databaseTableName = "document"
    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    package var id: Int64?
    /// The document's id in the corpus (the file name without extension).
    package var key: String
    /// The reference date, `YYYY-MM` or `YYYY-MM-DD`.
    package var date: String?
    package var text: String
    package var analyzedAt: String
    /// The document's id in its corpus (a JSONL `id`, a file name without extension).
    package var docId: String?
    /// The JSONL fields `url`, `title`, `outlet` and `author`.
    package var url: String?
    package var title: String?
    package var outlet: String?
    package var author: String?
    /// The other metadata fields, as a JSON object.
    package var meta: String?

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    package func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["key"] = key
        container["date"] = date
        container["text"] = WholeText(text)
        container["analyzed_at"] = analyzedAt
        container["doc_id"] = docId.map(WholeText.init)
        container["url"] = url.map(WholeText.init)
        container["title"] = title.map(WholeText.init)
        container["outlet"] = outlet.map(WholeText.init)
        container["author"] = author.map(WholeText.init)
        container["meta"] = meta.map(WholeText.init)
    }
}

/// A row of the `speaker` table: one canonical name across the whole database.
struct SpeakerRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "speaker"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var id: Int64?
    var name: String
    /// The name folded for search: lowercase, no accents.
    var nameKey: String
    /// `PER`, `ORG`, … when the speaker is a named entity.
    var label: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of the `speaker_alias` table: another way a document names a speaker.
struct SpeakerAliasRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "speaker_alias"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    var speakerId: Int64
    var alias: String
    var aliasKey: String
}

/// A row of the `quote` table.
package struct QuoteRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    package static let databaseTableName = "quote"
    package static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    package static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase

    package var id: Int64?
    package var documentId: Int64
    package var speakerId: Int64?
    /// The words that name the speaker at this quote (a name, a description, a pronoun).
    package var speakerText: String?
    package var text: String
    package var kind: String
    package var cue: String?
    package var cueText: String?
    /// Offsets in Unicode scalars into the document text, as in the JSON output.
    package var start: Int
    package var end: Int
    /// The sentence or sentences the quote stands in.
    package var sentence: String
    package var documentDate: String?
    /// The quote's index in its document's `quotes` layer, and the index of the quote that holds it.
    package var position: Int?
    package var parent: Int?
    /// The name that links the quote to a global speaker (a person or an organisation), and its entity label.
    package var speakerName: String?
    package var speakerLabel: String?
    /// How the speaker is named (`name`, `description`, `pronoun`, `organisation`, `source`).
    package var speakerKind: String?
    /// `male`, `female` or `nil`.
    package var speakerGender: String?
    /// The function the text gives the speaker.
    package var speakerRole: String?
    /// ``speakerText`` folded, to group copies of a quote whose speaker is not a global one.
    package var speakerKey: String?
    /// When it was said (TIMEX3 value), else the document date.
    package var quoteDate: String?
    /// The normalised text (see ``TextKey``).
    package var textKey: String?
    /// The id of the group of copies of the same quote.
    package var quoteGroup: Int64?

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    package func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["document_id"] = documentId
        container["speaker_id"] = speakerId
        container["speaker_text"] = speakerText.map(WholeText.init)
        container["text"] = WholeText(text)
        container["kind"] = kind
        container["cue"] = cue
        container["cue_text"] = cueText.map(WholeText.init)
        container["start"] = start
        container["end"] = end
        container["sentence"] = WholeText(sentence)
        container["document_date"] = documentDate
        container["position"] = position
        container["parent"] = parent
        container["speaker_name"] = speakerName.map(WholeText.init)
        container["speaker_label"] = speakerLabel
        container["speaker_kind"] = speakerKind
        container["speaker_gender"] = speakerGender
        container["speaker_role"] = speakerRole.map(WholeText.init)
        container["speaker_key"] = speakerKey.map(WholeText.init)
        container["quote_date"] = quoteDate
        container["text_key"] = textKey.map(WholeText.init)
        container["quote_group"] = quoteGroup
    }
}

/// Text stored whole: SQLite's C interface as GRDB calls it ends text at U+0000,
/// so text that holds one is stored as its UTF-8 bytes (a blob, which SQLite's
/// `LIKE`, FTS5 and GRDB's `String` decoding all read as the same text).
struct WholeText: DatabaseValueConvertible {
    var text: String

    init(_ text: String) { self.text = text }

    var databaseValue: DatabaseValue {
        text.utf8.contains(0) ? Data(text.utf8).databaseValue : text.databaseValue
    }

    static func fromDatabaseValue(_ dbValue: DatabaseValue) -> WholeText? {
        String.fromDatabaseValue(dbValue).map(WholeText.init)
    }
}
