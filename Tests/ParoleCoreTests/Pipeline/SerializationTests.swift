import Foundation
import ParoleCore
import Testing

@Suite("JSON output")
struct SerializationTests {
    private func json(_ document: Document) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(DocumentJSONWriter().encode(document))) as? [String: Any])
    }

    @Test("Offsets are Unicode scalar offsets even after characters outside the BMP")
    func scalarOffsets() throws {
        let document = try StageRegistry.core.pipeline(parsing: "tokenize,sentences")
            .analyze(Document(id: "e", text: "🇫🇷 Paris gagne. 👍 Bravo."))
        let object = try json(document)
        let text = try #require(object["text"] as? String)
        let scalars = Array(text.unicodeScalars)
        for token in try #require(object["tokens"] as? [[String: Any]]) {
            let start = try #require(token["start"] as? Int)
            let end = try #require(token["end"] as? Int)
            let slice = String(String.UnicodeScalarView(scalars[start..<end]))
            #expect(slice == token["text"] as? String)
        }
    }

    @Test("Strings are escaped and absent layers are left out")
    func escaping() throws {
        var document = Document(
            id: "q\"1", text: "Il a dit \"non\"\n\tpuis\u{1}.", date: try ReferenceDate(parsing: "2024-02"))
        document.metadata.fields["source"] = "AFP"
        let object = try json(document)
        #expect(object["id"] as? String == "q\"1")
        #expect(object["text"] as? String == "Il a dit \"non\"\n\tpuis\u{1}.")
        #expect(object["meta"] as? [String: String] == ["date": "2024-02", "source": "AFP"])
        #expect(object["tokens"] == nil && object["quotes"] == nil)
    }

    @Test("Documents without a date say so")
    func noDate() throws {
        let object = try json(Document(id: "x", text: "a"))
        #expect((object["meta"] as? [String: Any])?["date"] is NSNull)
    }

    @Test("The scalar offset table maps surrogate pairs to one scalar")
    func offsetTable() {
        let offsets = ScalarOffsets(Array("a😀b".utf16))
        #expect(!offsets.isIdentity)
        #expect([0, 1, 3, 4].map(offsets.scalarOffset) == [0, 1, 2, 3])
        #expect(ScalarOffsets(Array("été".utf16)).isIdentity)
    }
}
