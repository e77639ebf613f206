import ParoleCore

/// The layout a lexicon's rows must follow, checked when the lexicon is read: how many
/// tab-separated fields a row has, which codes a field may hold, and which fields make a
/// row's key (no two rows may share one). A row that breaks it is a
/// ``LexiconError/malformed(_:_:_:)`` naming the file and line, never a row skipped.
package struct LexiconSchema: Sendable {
    /// How many fields a row may have.
    package var fields: ClosedRange<Int>
    /// The codes a field may hold, by field index (from 0); an empty field is allowed in an
    /// optional column only when the set contains `""`.
    package var codes: [Int: Set<String>]
    /// The fields that make a row's key, by index; empty when duplicates are allowed.
    package var key: [Int]

    /// A schema of `fields` fields, `codes` by field index and `key` fields.
    package init(fields: ClosedRange<Int>, codes: [Int: Set<String>] = [:], key: [Int] = [0]) {
        self.fields = fields
        self.codes = codes
        self.key = key
    }

    /// Rows `word<TAB>class` with one of `classes`, keyed on both fields (a word may be in
    /// several classes, once in each).
    package static func wordClasses(_ classes: Set<String>) -> LexiconSchema {
        LexiconSchema(fields: 2...2, codes: [1: classes], key: [0, 1])
    }
}

extension Lexicon {
    /// Where the file is, for messages (`Resources/lexicons/name.txt (built in)`).
    package var location: String { LexiconStore.shared.location(of: "lexicons/\(name).txt") }

    /// Checks every row against `schema`; throws ``LexiconError/malformed(_:_:_:)`` with
    /// the file and line of the first row with too few or too many fields, an unknown
    /// code, or a key already seen.
    package func check(_ schema: LexiconSchema) throws {
        for (entry, line) in zip(entries, lines) {
            func fail(_ reason: String) -> LexiconError { .malformed(location, line, reason) }
            guard schema.fields.contains(entry.count) else {
                let expected =
                    schema.fields.count == 1
                    ? "\(schema.fields.lowerBound)" : "\(schema.fields.lowerBound) to \(schema.fields.upperBound)"
                throw fail("expected \(expected) tab-separated fields, found \(entry.count)")
            }
            guard !entry[0].isEmpty else { throw fail("empty first field") }
            for (field, allowed) in schema.codes where field < entry.count && !allowed.contains(entry[field]) {
                throw fail(
                    "unknown code `\(entry[field])` in field \(field + 1); expected one of "
                        + allowed.sorted().joined(separator: ", "))
            }
        }
        try checkDuplicates(key: schema.key)
    }

    /// Throws on the first row (by line) whose `key` fields repeat an earlier row's.
    /// Rows are sorted by key in place of a table of keys, so that the check allocates
    /// one index per row and no string.
    private func checkDuplicates(key: [Int]) throws {
        guard !key.isEmpty, entries.count > 1 else { return }
        func field(_ row: Int, _ index: Int) -> String { index < entries[row].count ? entries[row][index] : "" }
        func precedes(_ first: Int, _ second: Int) -> Bool {
            for index in key where field(first, index) != field(second, index) {
                return field(first, index) < field(second, index)
            }
            return first < second
        }
        let order = entries.indices.sorted(by: precedes)
        var repeated: (row: Int, first: Int)?
        for (previous, row) in zip(order, order.dropFirst())
        where key.allSatisfy({ field(previous, $0) == field(row, $0) }) {
            // `previous` is the earlier row of the two: rows of one key are sorted by line.
            if repeated == nil || row < repeated!.row { repeated = (row, previous) }
        }
        guard let (row, first) = repeated else { return }
        // The earliest row with this key is the first of its run.
        var earliest = first
        for other in entries.indices where other < earliest && key.allSatisfy({ field(other, $0) == field(row, $0) }) {
            earliest = other
        }
        let shown = key.map { field(row, $0) }.joined(separator: " + ")
        throw LexiconError.malformed(
            location, lines[row], "duplicate entry `\(shown)` (first at line \(lines[earliest]))")
    }

    /// Reads lexicon `name` and checks it against `schema`.
    package static func named(_ name: String, schema: LexiconSchema) throws -> Lexicon {
        let lexicon = try named(name)
        try lexicon.check(schema)
        return lexicon
    }
}

/// The classes of a ``WordClassTable``'s file: a string enumeration whose raw values are
/// the codes of the file's second field.
package protocol WordClass: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

/// A lexicon of words in classes (rows `word<TAB>class`, a word in several classes on
/// several rows), read once and checked (``LexiconSchema/wordClasses(_:)``, the codes
/// being those of `Class`): the closed lists the rules test words against.
package struct WordClassTable<Class: WordClass>: Sendable {
    /// The words of each class, in file order.
    private let members: [Class: [String]]

    /// Reads lexicon `name`.
    package init(named name: String) throws {
        try self.init(try Lexicon.named(name))
    }

    /// Checks `lexicon` and indexes it.
    package init(_ lexicon: Lexicon) throws {
        try lexicon.check(.wordClasses(Set(Class.allCases.map(\.rawValue))))
        var members: [Class: [String]] = [:]
        for entry in lexicon.entries {
            guard let wordClass = Class(rawValue: entry[1]) else { continue }
            members[wordClass, default: []].append(entry[0])
        }
        self.members = members
    }

    /// The words of `wordClass` as written, in file order.
    package func list(_ wordClass: Class) -> [String] { members[wordClass] ?? [] }

    /// The words of the classes as written.
    package func words(_ classes: Class...) -> Set<String> { Set(classes.flatMap(list)) }

    /// The ``Normalizer/foldingKey(_:)`` keys of the words of the classes (case and accents ignored).
    package func keys(_ classes: Class...) -> Set<String> {
        Set(classes.flatMap(list).map(Normalizer.foldingKey))
    }
}
