import Parole
import ParoleDatabase

/// Speakers and quote groups on the server, as ``QuoteDatabase`` links and merges
/// them in SQLite (same names, same folded keys, same groups).
enum PostgresSpeakerMerging {
    /// Who said a quote, for grouping copies: its global speaker, else the folded words
    /// that name the speaker in its document.
    static let groupSpeaker = "COALESCE('s' || quote.speaker_id, 't' || quote.speaker_key, '')"

    /// The speaker id for a name stored with a new document: the speaker the same name
    /// was linked to before, else the speaker of that exact name (made when missing).
    static func provisionalSpeaker(name: String, label: String?, aliases: [String], _ session: PostgresSession)
        throws -> Int
    {
        let id: Int
        if let linked = try session.integer(
            """
            SELECT speaker_id FROM quote WHERE speaker_name = $1 AND speaker_label IS NOT DISTINCT FROM $2
            AND speaker_id IS NOT NULL LIMIT 1
            """, [.text(name), .text(label)])
        {
            id = linked
        } else {
            id = try speaker(named: name, label: label, session)
        }
        for alias in Set(aliases).sorted() where alias != name { try addAlias(alias, to: id, session) }
        return id
    }

    /// Merges compatible names over the whole database, removes speakers no quote
    /// uses, sets each speaker's gender and regroups every quote. Runs under the
    /// exclusive advisory lock, so no document is being stored meanwhile.
    static func apply(_ session: PostgresSession) throws {
        var rules: [String: String] = [:]
        for row in try session.rows("SELECT alias_key, canonical FROM speaker_rule") {
            let (key, canonical) = try row.decode((String, String).self)
            rules[key] = canonical
        }
        let names = try session.rows(
            """
            SELECT speaker_name, speaker_label, COUNT(*) FROM quote
            WHERE speaker_name IS NOT NULL GROUP BY speaker_name, speaker_label
            """
        ).map { row in
            let (text, label, quotes) = try row.decode((String, String?, Int).self)
            return SpeakerNames.Name(text: text, label: label, quotes: quotes)
        }
        let merged = SpeakerNames(rules: rules).merge(names)
        var before: [SpeakerNames.Key: Int] = [:]
        for row in try session.rows(
            """
            SELECT DISTINCT speaker_name, speaker_label, speaker_id FROM quote
            WHERE speaker_id IS NOT NULL AND speaker_name IS NOT NULL
            """)
        {
            let (text, label, id) = try row.decode((String, String?, Int).self)
            before[SpeakerNames.Key(text: text, label: label)] = id
        }
        var labels: [String: String?] = [:]
        for name in names.sorted(by: { ($0.label ?? "") < ($1.label ?? "") }) {
            let global = merged[SpeakerNames.Key(text: name.text, label: name.label)] ?? name.text
            if labels[global] == nil || name.label == "PER" { labels[global] = name.label }
        }
        var ids: [String: Int] = [:]
        for (global, label) in labels.sorted(by: { $0.key < $1.key }) {
            ids[global] = try speaker(named: global, label: label, session)
        }
        for (key, global) in merged.sorted(by: { ($0.key.text, $0.key.label ?? "") < ($1.key.text, $1.key.label ?? "") }
        ) {
            guard let id = ids[global] else { continue }
            try session.execute(
                """
                UPDATE quote SET speaker_id = $1 WHERE speaker_name = $2 AND speaker_label IS NOT DISTINCT FROM $3
                AND speaker_id IS DISTINCT FROM $1
                """, [.integer(id), .text(key.text), .text(key.label)])
            if key.text != global { try addAlias(key.text, to: id, session) }
            if let old = before[key], old != id {
                // SQLite's `UPDATE OR IGNORE`: move the aliases the new speaker does not have yet.
                try session.execute(
                    """
                    UPDATE speaker_alias SET speaker_id = $1 WHERE speaker_id = $2
                    AND NOT EXISTS (SELECT 1 FROM speaker_alias AS kept WHERE kept.speaker_id = $1 AND kept.alias = speaker_alias.alias)
                    """, [.integer(id), .integer(old)])
            }
        }
        try session.execute(
            "DELETE FROM speaker WHERE NOT EXISTS (SELECT 1 FROM quote WHERE quote.speaker_id = speaker.id)")
        try session.execute(
            """
            UPDATE speaker SET gender = (
                SELECT CASE WHEN COUNT(*) FILTER (WHERE speaker_gender = 'female')
                                 > COUNT(*) FILTER (WHERE speaker_gender = 'male') THEN 'female'
                            WHEN COUNT(*) FILTER (WHERE speaker_gender = 'male')
                                 > COUNT(*) FILTER (WHERE speaker_gender = 'female') THEN 'male' END
                FROM quote WHERE quote.speaker_id = speaker.id)
            """)
        try assignGroups(session, document: nil)
    }

    /// Gives each quote (of one document, or of all) the group of its normalised text
    /// and speaker, and removes groups no quote uses. Groups are inserted in key order,
    /// so that two writers take their keys in the same order.
    static func assignGroups(_ session: PostgresSession, document: Int?) throws {
        let filter = document == nil ? "" : " WHERE quote.document_id = $1"
        let values: [SQLValue] = document.map { [.integer($0)] } ?? []
        try session.execute(
            "INSERT INTO quote_group (text_key, speaker_key) SELECT t, s FROM (SELECT DISTINCT quote.text_key AS t, "
                + groupSpeaker + " AS s FROM quote" + filter
                + ") AS keys ORDER BY md5(t), md5(s) ON CONFLICT (md5(text_key), md5(speaker_key)) DO NOTHING", values)
        try session.execute(
            """
            UPDATE quote SET quote_group = (SELECT id FROM quote_group
                WHERE md5(quote_group.text_key) = md5(quote.text_key)
                AND md5(quote_group.speaker_key) = md5(\(groupSpeaker)))
            """ + filter, values)
        if document == nil {
            try session.execute(
                "DELETE FROM quote_group WHERE NOT EXISTS (SELECT 1 FROM quote WHERE quote.quote_group = quote_group.id)"
            )
        }
    }

    private static func speaker(named name: String, label: String?, _ session: PostgresSession) throws -> Int {
        // `DO NOTHING` leaves another writer's row unlocked; the label only ever becomes `PER`.
        if let id = try session.integer(
            """
            INSERT INTO speaker (name, name_key, label) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING RETURNING id
            """, [.text(name), .text(Normalizer.foldingKey(name)), .text(label)])
        {
            return id
        }
        guard let id = try session.integer("SELECT id FROM speaker WHERE name = $1", [.text(name)]) else {
            throw PostgresStoreError("speaker \(name.debugDescription) vanished while it was being stored")
        }
        if label == "PER" {
            try session.execute(
                "UPDATE speaker SET label = 'PER' WHERE id = $1 AND label IS DISTINCT FROM 'PER'", [.integer(id)])
        }
        return id
    }

    private static func addAlias(_ alias: String, to id: Int, _ session: PostgresSession) throws {
        try session.execute(
            "INSERT INTO speaker_alias (speaker_id, alias, alias_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            [.integer(id), .text(alias), .text(Normalizer.foldingKey(alias))])
    }
}
