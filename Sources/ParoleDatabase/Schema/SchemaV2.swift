import GRDB
import Parole

/// Migration `v2`: who is speaking (kind, gender, role), statement dates, document
/// metadata, speakers merged across documents, and wire copies grouped.
///
/// A database made before `v2` is upgraded in place: its quotes keep their text,
/// speaker and document; speakers that were descriptions (no named entity behind
/// them) stop being global speakers and stay as the quote's speaker text; each quote's
/// statement date is its document's date until the document is analysed again.
enum SchemaV2 {
    static func migrate(_ db: Database) throws {
        try db.alter(table: "document") { table in
            table.add(column: "doc_id", .text)
            table.add(column: "url", .text)
            table.add(column: "title", .text)
            table.add(column: "outlet", .text)
            table.add(column: "author", .text)
            table.add(column: "meta", .text)
        }
        try db.create(index: "document_on_outlet", on: "document", columns: ["outlet"])
        try db.alter(table: "speaker") { table in
            table.add(column: "gender", .text)
        }
        try db.alter(table: "quote") { table in
            table.add(column: "position", .integer)
            table.add(column: "parent", .integer)
            table.add(column: "speaker_name", .text)
            table.add(column: "speaker_label", .text)
            table.add(column: "speaker_kind", .text)
            table.add(column: "speaker_gender", .text)
            table.add(column: "speaker_role", .text)
            table.add(column: "speaker_key", .text)
            table.add(column: "quote_date", .text)
            table.add(column: "text_key", .text)
            table.add(column: "quote_group", .integer)
        }
        try db.create(index: "quote_on_speaker_name", on: "quote", columns: ["speaker_name"])
        try db.create(index: "quote_on_quote_group", on: "quote", columns: ["quote_group"])
        // One row per distinct quote: its normalised text and who said it.
        try db.create(table: "quote_group") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("text_key", .text).notNull()
            table.column("speaker_key", .text).notNull()
            table.uniqueKey(["text_key", "speaker_key"])
        }
        // The user's alias file: each alias (folded) and the name it stands for.
        try db.create(table: "speaker_rule") { table in
            table.column("alias_key", .text).notNull().primaryKey()
            table.column("alias", .text).notNull()
            table.column("canonical", .text).notNull()
        }
        try upgradeRows(db)
    }

    /// Fills the new columns of rows stored by `v1`.
    private static func upgradeRows(_ db: Database) throws {
        let documents = try Row.fetchAll(db, sql: "SELECT id, key FROM document")
        for row in documents {
            let key: String = row["key"]
            try db.execute(
                sql: "UPDATE document SET doc_id = ? WHERE id = ?", arguments: [documentID(fromKey: key), row["id"]])
        }
        // Speakers without an entity label were descriptions or sources: not global speakers any more.
        try db.execute(
            sql: """
                UPDATE quote SET speaker_name = (SELECT name FROM speaker WHERE speaker.id = quote.speaker_id),
                                 speaker_label = (SELECT label FROM speaker WHERE speaker.id = quote.speaker_id),
                                 quote_date = document_date
                """)
        try db.execute(
            sql:
                "UPDATE quote SET speaker_id = NULL, speaker_name = NULL, speaker_label = NULL WHERE speaker_label IS NULL"
        )
        try db.execute(
            sql: "UPDATE quote SET speaker_kind = CASE speaker_label WHEN 'PER' THEN 'name' ELSE 'organisation' END"
                + " WHERE speaker_name IS NOT NULL")
        let quotes = try Row.fetchAll(
            db, sql: "SELECT id, document_id, text, speaker_text FROM quote ORDER BY document_id, start, id")
        var position = 0
        var document: Int64 = -1
        for row in quotes {
            let documentID: Int64 = row["document_id"]
            if documentID != document {
                document = documentID
                position = 0
            }
            let speakerText: String? = row["speaker_text"]
            try db.execute(
                sql: "UPDATE quote SET position = ?, text_key = ?, speaker_key = ? WHERE id = ?",
                arguments: [
                    position, TextKey.of(row["text"] as String), speakerText.map(TextKey.of), row["id"],
                ])
            position += 1
        }
        try SpeakerMerging.apply(db)
    }

    /// The document's id in its corpus, from a `v1` key: after `#` for a JSONL record,
    /// else the file name without extension.
    static func documentID(fromKey key: String) -> String {
        if let hash = key.lastIndex(of: "#") { return String(key[key.index(after: hash)...]) }
        let name = key.split(separator: "/").last.map(String.init) ?? key
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
