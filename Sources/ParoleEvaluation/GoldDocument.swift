import Foundation

/// One gold annotation file (see `../shared/spec/annotation.md`): the document's id and the
/// quotations, entities and dates a reader marked in it, each located by its text and which
/// occurrence of that text it is.
package struct GoldDocument: Decodable, Sendable {
    /// One marked passage.
    package struct Item: Decodable, Sendable {
        /// The passage, as it appears in the document.
        package var text: String
        /// Which occurrence of `text` is meant, from 0.
        package var occurrence: Int?
        /// A quotation's type: direct, indirect, partial... (`direct` when absent).
        package var type: String?
        /// A quotation's speaker: every name that refers to them.
        package var speaker: [String]?
        /// An entity's label.
        package var label: String?
        /// A date's resolved value (TIMEX3).
        package var value: String?
    }

    /// The document's id, as in the predictions.
    package var id: String
    /// The quotations.
    package var quotes: [Item]?
    /// The named entities.
    package var entities: [Item]?
    /// The dates.
    package var dates: [Item]?
}

/// The part of one `parole analyze --format jsonl` line that scoring reads.
package struct PredictedDocument: Decodable, Sendable {
    /// A span with its speaker, label or value.
    package struct Item: Decodable, Sendable {
        /// A quotation's speaker.
        package struct Speaker: Decodable, Sendable {
            /// The speaker's words in the text.
            package var text: String?
            /// The speaker's canonical name.
            package var canonical: String?

            /// Creates a speaker.
            package init(text: String?, canonical: String?) {
                self.text = text
                self.canonical = canonical
            }
        }

        /// The first code point.
        package var start: Int
        /// One past the last code point.
        package var end: Int
        /// A quotation's speaker (nil when absent or null).
        package var speaker: Speaker?
        /// An entity's label.
        package var label: String?
        /// A date's value as Python's `str` writes it: "" when absent, "None" when null.
        package var value: String

        private enum CodingKeys: String, CodingKey { case start, end, speaker, label, value }

        /// Reads an item, keeping how its value was written.
        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            start = try container.decode(Int.self, forKey: .start)
            end = try container.decode(Int.self, forKey: .end)
            speaker = try? container.decodeIfPresent(Speaker.self, forKey: .speaker)
            label = try? container.decodeIfPresent(String.self, forKey: .label)
            value = Self.pythonString(container, .value)
        }

        private static func pythonString(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) -> String {
            guard container.contains(key) else { return "" }
            if (try? container.decodeNil(forKey: key)) == true { return "None" }
            if let text = try? container.decode(String.self, forKey: key) { return text }
            if let integer = try? container.decode(Int.self, forKey: key) { return String(integer) }
            if let number = try? container.decode(Double.self, forKey: key) { return PythonText.repr(number) }
            if let flag = try? container.decode(Bool.self, forKey: key) { return flag ? "True" : "False" }
            return ""
        }
    }

    /// The document's id.
    package var id: String
    /// The document's text (its body, without the date line).
    package var text: String?
    /// The quotations found.
    package var quotes: [Item]?
    /// The entities found.
    package var entities: [Item]?
    /// The dates found.
    package var dates: [Item]?

    /// The documents of a JSON-lines file, by id (the last line wins when an id repeats).
    package static func documents(jsonLines data: Data) throws -> [String: PredictedDocument] {
        let decoder = JSONDecoder()
        var documents: [String: PredictedDocument] = [:]
        for line in data.split(separator: 0x0A) {
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            guard !trimmed.isEmpty else { continue }
            let document = try decoder.decode(PredictedDocument.self, from: Data(trimmed))
            documents[document.id] = document
        }
        return documents
    }
}
