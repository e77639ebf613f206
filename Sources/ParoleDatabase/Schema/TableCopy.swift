import GRDB

/// The rows of every table of a quotation database, to copy one store into another
/// (a PostgreSQL store into a SQLite file: `parole quotes --db postgresql://… --export-sqlite FILE`).
package struct TableCopy: Sendable {
    /// A value of one column.
    package enum Value: Sendable, Hashable {
        /// SQL `NULL`.
        case null
        /// An integer.
        case integer(Int64)
        /// Text.
        case text(String)
    }

    /// The tables a copy carries, parents first, with their columns in order.
    package static let tables: [(name: String, columns: [String])] = [
        (
            "document",
            ["id", "key", "date", "text", "analyzed_at", "doc_id", "url", "title", "outlet", "author", "meta"]
        ),
        ("speaker", ["id", "name", "name_key", "label", "gender"]),
        ("speaker_alias", ["speaker_id", "alias", "alias_key"]),
        ("speaker_rule", ["alias_key", "alias", "canonical"]),
        ("quote_group", ["id", "text_key", "speaker_key"]),
        (
            "quote",
            [
                "id", "document_id", "speaker_id", "speaker_text", "text", "kind", "cue", "cue_text", "start", "end",
                "sentence", "document_date", "position", "parent", "speaker_name", "speaker_label", "speaker_kind",
                "speaker_gender", "speaker_role", "speaker_key", "quote_date", "text_key", "quote_group",
            ]
        ),
    ]

    /// The rows of each table of ``tables``, by table name; each row has one value per column.
    package var rows: [String: [[Value]]] = [:]

    /// An empty copy.
    package init() {}
}

extension QuoteDatabase {
    /// Replaces every row of the database by the rows of `copy`, in one transaction
    /// (the full-text index follows by its triggers).
    package func replaceRows(with copy: TableCopy) throws {
        guard !readOnly else { throw SchemaError.readOnly }
        try connection.write { db in
            for (name, _) in TableCopy.tables.reversed() { try db.execute(sql: "DELETE FROM \(name)") }
            for (name, columns) in TableCopy.tables {
                let sql =
                    "INSERT INTO \(name) (" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES ("
                    + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
                let statement = try db.makeStatement(sql: sql)
                for row in copy.rows[name] ?? [] {
                    let values: [(any DatabaseValueConvertible)?] = row.map { value in
                        switch value {
                        case .null: nil
                        case .integer(let number): number
                        case .text(let text): WholeText(text)
                        }
                    }
                    try statement.execute(arguments: StatementArguments(values))
                }
            }
        }
    }
}
