import GRDB
import Parole

/// Links quotes to global speakers and groups copies of a quote, in the database.
///
/// Storing a document links its quotes at once (to the speaker that the same name was
/// linked to before, else to a speaker of that exact name); ``apply(_:)`` then merges
/// compatible names over the whole database (see ``SpeakerNames``). The result depends
/// only on the documents stored and the alias rules, not on the order they came in.
enum SpeakerMerging {
    /// The SQL expression of who said a quote, for grouping copies: its global speaker,
    /// else the folded words that name the speaker in its document.
    static let groupSpeaker = "COALESCE('s' || quote.speaker_id, 't' || quote.speaker_key, '')"

    /// The speaker id for a name stored with a new document.
    static func provisionalSpeaker(name: String, label: String?, aliases: [String], _ db: Database) throws -> Int64 {
        let id: Int64
        if let linked = try Int64.fetchOne(
            db,
            sql:
                "SELECT speaker_id FROM quote WHERE speaker_name = ? AND speaker_label IS ? AND speaker_id IS NOT NULL LIMIT 1",
            arguments: [name, label])
        {
            id = linked
        } else {
            id = try speaker(named: name, label: label, db)
        }
        for alias in aliases where alias != name { try addAlias(alias, to: id, db) }
        return id
    }

    /// Merges compatible names over the whole database, removes speakers no quote
    /// uses, sets each speaker's gender and regroups every quote.
    static func apply(_ db: Database) throws {
        var rules: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT alias_key, canonical FROM speaker_rule") {
            rules[row["alias_key"]] = row["canonical"]
        }
        let names = try Row.fetchAll(
            db,
            sql: """
                SELECT speaker_name, speaker_label, COUNT(*) AS n FROM quote
                WHERE speaker_name IS NOT NULL GROUP BY speaker_name, speaker_label
                """
        ).map { SpeakerNames.Name(text: $0["speaker_name"], label: $0["speaker_label"], quotes: $0["n"]) }
        let merged = SpeakerNames(rules: rules).merge(names)
        // Where each name points now, to move the aliases of speakers that merge away.
        var before: [SpeakerNames.Key: Int64] = [:]
        for row in try Row.fetchAll(
            db,
            sql:
                "SELECT DISTINCT speaker_name, speaker_label, speaker_id FROM quote WHERE speaker_id IS NOT NULL AND speaker_name IS NOT NULL"
        ) {
            before[SpeakerNames.Key(text: row["speaker_name"], label: row["speaker_label"])] = row["speaker_id"]
        }
        var labels: [String: String?] = [:]
        for name in names.sorted(by: { ($0.label ?? "") < ($1.label ?? "") }) {
            let global = merged[SpeakerNames.Key(text: name.text, label: name.label)] ?? name.text
            if labels[global] == nil || name.label == "PER" { labels[global] = name.label }
        }
        var ids: [String: Int64] = [:]
        for (global, label) in labels.sorted(by: { $0.key < $1.key }) {
            ids[global] = try speaker(named: global, label: label, db)
        }
        for (key, global) in merged {
            guard let id = ids[global] else { continue }
            try db.execute(
                sql:
                    "UPDATE quote SET speaker_id = ? WHERE speaker_name = ? AND speaker_label IS ? AND speaker_id IS NOT ?",
                arguments: [id, key.text, key.label, id])
            if key.text != global { try addAlias(key.text, to: id, db) }
            if let old = before[key], old != id {
                try db.execute(
                    sql: "UPDATE OR IGNORE speaker_alias SET speaker_id = ? WHERE speaker_id = ?", arguments: [id, old])
            }
        }
        try db.execute(
            sql: "DELETE FROM speaker WHERE NOT EXISTS (SELECT 1 FROM quote WHERE quote.speaker_id = speaker.id)")
        try db.execute(
            sql: """
                UPDATE speaker SET gender = (
                    SELECT CASE WHEN SUM(speaker_gender = 'female') > SUM(speaker_gender = 'male') THEN 'female'
                                WHEN SUM(speaker_gender = 'male') > SUM(speaker_gender = 'female') THEN 'male' END
                    FROM quote WHERE quote.speaker_id = speaker.id)
                """)
        try assignGroups(db, document: nil)
    }

    /// Gives each quote (of one document, or of all) the group of its normalised text
    /// and speaker, and removes groups no quote uses.
    static func assignGroups(_ db: Database, document: Int64?) throws {
        let filter = document == nil ? "" : " WHERE quote.document_id = \(document!)"
        try db.execute(
            sql: "INSERT OR IGNORE INTO quote_group (text_key, speaker_key) SELECT DISTINCT quote.text_key, "
                + groupSpeaker + " FROM quote" + filter)
        try db.execute(
            sql:
                "UPDATE quote SET quote_group = (SELECT id FROM quote_group WHERE quote_group.text_key = quote.text_key"
                + " AND quote_group.speaker_key = " + groupSpeaker + ")" + filter)
        if document == nil {
            try db.execute(
                sql:
                    "DELETE FROM quote_group WHERE NOT EXISTS (SELECT 1 FROM quote WHERE quote.quote_group = quote_group.id)"
            )
        }
    }

    private static func speaker(named name: String, label: String?, _ db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM speaker WHERE name = ?", arguments: [name]) {
            if label == "PER" { try db.execute(sql: "UPDATE speaker SET label = 'PER' WHERE id = ?", arguments: [id]) }
            return id
        }
        var record = SpeakerRecord(name: name, nameKey: Normalizer.foldingKey(name), label: label)
        try record.insert(db)
        return record.id!
    }

    private static func addAlias(_ alias: String, to id: Int64, _ db: Database) throws {
        try SpeakerAliasRecord(speakerId: id, alias: alias, aliasKey: Normalizer.foldingKey(alias))
            .insert(db, onConflict: .ignore)
    }
}
