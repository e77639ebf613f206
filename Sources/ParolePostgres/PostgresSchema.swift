/// The PostgreSQL schema: the tables and columns of the SQLite schema `v2`, as
/// migrations recorded in `parole_migrations`, applied in order under an advisory
/// lock so that writers starting at once do not both create the tables.
enum PostgresSchema {
    /// The advisory lock taken by migrations and by speaker merging (exclusively),
    /// and by each document's transaction (shared): `PRLE` in ASCII.
    static let lock = 0x5052_4C45

    /// The migrations, in order: an identifier and its statements.
    static let migrations: [(identifier: String, statements: [String])] = [
        (
            "v1",
            [
                """
                CREATE TABLE document (id bigserial PRIMARY KEY, key text NOT NULL UNIQUE, date text,
                    text text NOT NULL, analyzed_at text NOT NULL)
                """,
                """
                CREATE TABLE speaker (id bigserial PRIMARY KEY, name text NOT NULL UNIQUE, name_key text NOT NULL,
                    label text)
                """,
                "CREATE INDEX speaker_on_name_key ON speaker (name_key)",
                """
                CREATE TABLE speaker_alias (speaker_id bigint NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
                    alias text NOT NULL, alias_key text NOT NULL, PRIMARY KEY (speaker_id, alias))
                """,
                "CREATE INDEX speaker_alias_on_alias_key ON speaker_alias (alias_key)",
                """
                CREATE TABLE quote (id bigserial PRIMARY KEY,
                    document_id bigint NOT NULL REFERENCES document (id) ON DELETE CASCADE,
                    speaker_id bigint REFERENCES speaker (id) ON DELETE SET NULL, speaker_text text, text text NOT NULL,
                    kind text NOT NULL, cue text, cue_text text, start integer NOT NULL, "end" integer NOT NULL,
                    sentence text NOT NULL, document_date text)
                """,
                "CREATE INDEX quote_on_document_id ON quote (document_id)",
                "CREATE INDEX quote_on_speaker_id ON quote (speaker_id)",
            ]
        ),
        (
            "v2",
            [
                """
                ALTER TABLE document ADD COLUMN doc_id text, ADD COLUMN url text, ADD COLUMN title text,
                    ADD COLUMN outlet text, ADD COLUMN author text, ADD COLUMN meta text
                """,
                "CREATE INDEX document_on_outlet ON document (outlet)",
                "ALTER TABLE speaker ADD COLUMN gender text",
                """
                ALTER TABLE quote ADD COLUMN position integer, ADD COLUMN parent integer, ADD COLUMN speaker_name text,
                    ADD COLUMN speaker_label text, ADD COLUMN speaker_kind text, ADD COLUMN speaker_gender text,
                    ADD COLUMN speaker_role text, ADD COLUMN speaker_key text, ADD COLUMN quote_date text,
                    ADD COLUMN text_key text, ADD COLUMN quote_group bigint
                """,
                "CREATE INDEX quote_on_speaker_name ON quote (speaker_name)",
                "CREATE INDEX quote_on_quote_group ON quote (quote_group)",
                // One row per distinct quote; keyed by hashes, since a long quote is past a B-tree entry's size.
                """
                CREATE TABLE quote_group (id bigserial PRIMARY KEY, text_key text NOT NULL, speaker_key text NOT NULL)
                """,
                "CREATE UNIQUE INDEX quote_group_on_keys ON quote_group (md5(text_key), md5(speaker_key))",
                """
                CREATE TABLE speaker_rule (alias_key text PRIMARY KEY, alias text NOT NULL, canonical text NOT NULL)
                """,
                // Full-text search (the SQLite store's `quote_search`): French stemming over the folded text.
                "CREATE INDEX quote_search ON quote USING gin (\(searchVector))",
            ]
        ),
    ]

    /// The indexed text-search vector of a quote: its folded text (case and accents
    /// removed, as the SQLite index does) under the `french` configuration.
    static let searchVector = "to_tsvector('french', COALESCE(quote.text_key, ''))"

    /// Brings the database up to the last migration (nothing to do when it is).
    /// Throws when the database holds tables that are not Parole's.
    static func migrate(_ session: PostgresSession) throws {
        try session.transaction {
            try session.execute("SELECT pg_advisory_xact_lock($1)", [.integer(lock)])
            let known =
                try session.integer(
                    "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'parole_migrations'"
                ) ?? 0
            if known == 0 {
                let others =
                    try session.integer(
                        "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename IN ('document', 'quote', 'speaker')"
                    ) ?? 0
                guard others == 0 else {
                    throw PostgresStoreError(
                        "\(session.url) holds tables that are not a Parole quotation database (nothing was changed)")
                }
                try session.execute(
                    "CREATE TABLE parole_migrations (identifier text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
                )
            }
            let applied = Set(try applied(session))
            for migration in migrations where !applied.contains(migration.identifier) {
                for statement in migration.statements { try session.execute(statement) }
                try session.execute(
                    "INSERT INTO parole_migrations (identifier) VALUES ($1)", [.text(migration.identifier)])
            }
        }
    }

    /// Throws unless every migration is applied (for reading only: nothing is changed).
    static func checkReadable(_ session: PostgresSession) throws {
        let known =
            try session.integer(
                "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'parole_migrations'"
            ) ?? 0
        guard known > 0 else {
            throw PostgresStoreError("\(session.url) has no Parole quotation tables; store documents in it first")
        }
        let applied = Set(try applied(session))
        guard migrations.allSatisfy({ applied.contains($0.identifier) }) else {
            throw PostgresStoreError(
                "\(session.url) needs an update; store documents in it once to bring it up to date")
        }
    }

    private static func applied(_ session: PostgresSession) throws -> [String] {
        try session.rows("SELECT identifier FROM parole_migrations").map { try $0.decode(String.self) }
    }
}
