import Foundation
import Parole
import Testing

/// The speaker identity fields in the JSON output (`spec/output.md`, "Fields added").
@Suite("Speaker identity JSON")
struct SpeakerJSONTests {
    private func json(_ text: String) throws -> [String: Any] {
        let pipeline = try StageRegistry.standard.pipeline(parsing: "tokenize,sentences,entities,dates,quotes")
        var document = Document(id: "j", text: text, date: try ReferenceDate(parsing: "2024-02-08"))
        try pipeline.run(&document)
        return try #require(
            try JSONSerialization.jsonObject(with: Data(DocumentJSONWriter().encode(document))) as? [String: Any])
    }

    @Test("Clusters, entity clusters, speaker kind, cluster, gender and role, quote date and parent")
    func fields() throws {
        let object = try json(
            "La ministre de la Culture, Rachida Benali, a déclaré mardi que le festival serait « maintenu ».")
        let entities = try #require(object["entities"] as? [[String: Any]])
        let clusters = try #require(object["clusters"] as? [[String: Any]])
        let person = try #require(clusters.first { $0["canonical"] as? String == "Rachida Benali" })
        let id = try #require(person["id"] as? Int)
        #expect(person["label"] as? String == "PER")
        #expect(person["gender"] as? String == "female")
        let mentions = try #require(person["mentions"] as? [Int])
        #expect(!mentions.isEmpty && mentions.allSatisfy { entities[$0]["cluster"] as? Int == id })

        let quotes = try #require(object["quotes"] as? [[String: Any]])
        let indirect = try #require(quotes.firstIndex { $0["type"] as? String == "indirect" })
        let speaker = try #require(quotes[indirect]["speaker"] as? [String: Any])
        #expect(speaker["text"] as? String != nil && speaker["canonical"] as? String == "Rachida Benali")
        #expect(speaker["kind"] as? String == "name")
        #expect(speaker["cluster"] as? Int == id)
        #expect(speaker["gender"] as? String == "female")
        #expect(speaker["role"] as? String == "ministre de la Culture")
        #expect(quotes[indirect]["date"] as? String == "2024-02-06")
        #expect(quotes[indirect]["parent"] == nil)
        let partial = try #require(quotes.first { $0["type"] as? String == "partial" })
        #expect(partial["parent"] as? Int == indirect)
    }

    @Test("Unknown gender and role are null; an organisation has no gender")
    func nulls() throws {
        let object = try json("Le groupe Renault a annoncé que 300 postes seraient supprimés.")
        let quote = try #require((object["quotes"] as? [[String: Any]])?.first)
        let speaker = try #require(quote["speaker"] as? [String: Any])
        #expect(speaker["kind"] as? String == "organisation")
        #expect(speaker["gender"] is NSNull && speaker["role"] is NSNull)
        #expect(quote["date"] as? String == "2024-02-08")
    }
}
