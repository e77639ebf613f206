import Foundation
import Parole
import Testing

/// The pipeline with every standard stage, morphology included.
private let fullPipeline = try! StageRegistry.standard.pipeline(named: StageRegistry.standard.names)

/// An amount of money, a custom layer for the reader's registration.
private struct Amount: Codable, Hashable, Sendable, Spanned {
    var span: Span
    var cents: Int
}

private enum AmountLayer: LayerKey {
    typealias Value = [Amount]
    static let name: LayerName = "amounts"
}

/// `document` written by the JSON writer and read back.
private func roundTrip(_ document: Document, reader: DocumentJSONReader = DocumentJSONReader()) throws -> Document {
    try reader.document(from: Data(DocumentJSONWriter().encode(document)))
}

/// The documents of a corpus folder, without what the JSON does not carry (where they were read).
private func corpus(_ folder: URL) throws -> [Document] {
    try DocumentReader(paths: [folder.path]).map { result in
        var document = try result.get()
        document.metadata.source = nil
        document.metadata.line = nil
        document.metadata.jsonFields = [:]
        return document
    }
}

/// The layers on which two documents differ, with the first differing element, for a readable failure.
private func differences(_ lhs: Document, _ rhs: Document) -> String {
    var found: [String] = []
    if lhs.metadata != rhs.metadata { found.append("metadata \(lhs.metadata) ≠ \(rhs.metadata)") }
    func compare<Element: Equatable>(_ name: String, _ left: [Element], _ right: [Element]) {
        guard left != right else { return }
        let index = left.indices.first { $0 >= right.count || left[$0] != right[$0] } ?? left.count
        found.append(
            "\(name)[\(index)] of \(left.count)/\(right.count): "
                + "\(left.indices.contains(index) ? "\(left[index])" : "-") ≠ \(right.indices.contains(index) ? "\(right[index])" : "-")"
        )
    }
    compare("tokens", Array(lhs.tokens), Array(rhs.tokens))
    compare("sentences", lhs.sentences, rhs.sentences)
    compare("morphology", lhs.morphology, rhs.morphology)
    compare("entities", lhs.entities, rhs.entities)
    compare("clusters", lhs.entityClusters, rhs.entityClusters)
    compare("dates", lhs.dates, rhs.dates)
    compare("quotes", lhs.quotes, rhs.quotes)
    let names = Set(lhs.layerNames).symmetricDifference(rhs.layerNames).subtracting(Document.derivedLayers)
    if !names.isEmpty { found.append("layers \(names.sorted())") }
    return found.joined(separator: "; ")
}

/// The repository's root.
private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

@Suite("Document coding")
struct DocumentCodingTests {
    /// The in-repository written sets and the shared corpora (when present).
    static let folders: [URL] = {
        let evaluation = repository.appendingPathComponent("Evaluation")
        let written = ((try? FileManager.default.contentsOfDirectory(atPath: evaluation.path)) ?? [])
            .filter { $0.hasPrefix("written-") }.sorted()
            .map { evaluation.appendingPathComponent($0).appendingPathComponent("corpus") }
        let shared = ["seeds", "dev", "wikinews"].map {
            repository.deletingLastPathComponent().appendingPathComponent("shared/corpus/\($0)")
        }
        return (written + shared).filter { FileManager.default.fileExists(atPath: $0.path) }
    }()

    @Test("Every corpus document, analysed, written and read back, is equal to itself", arguments: folders)
    func corpusRoundTrip(folder: URL) throws {
        let documents = try corpus(folder)
        #expect(!documents.isEmpty)
        for document in documents {
            let analysed = try fullPipeline.analyze(document)
            let copy = try roundTrip(analysed)
            #expect(copy == analysed, "\(document.id): \(differences(copy, analysed))")
            // The reader's document writes the same bytes again.
            #expect(try DocumentJSONWriter().encode(copy) == DocumentJSONWriter().encode(analysed))
        }
    }

    @Test("Text outside the Basic Multilingual Plane before and inside entities and quotes")
    func astralText() throws {
        let texts = [
            "🇫🇷 Emmanuel Macron a déclaré mardi à Paris : « Nous 💪 tiendrons bon. »",
            "𝔘𝔫 rapport 📊 publié le 7 février 2024 par l'ONU 🌍 indique que « la famine 😢 menace Gaza ».",
            "« C'est 🎉 une victoire », a affirmé Marine 𝔏e Pen 🙂 selon l'AFP.",
        ]
        for (index, text) in texts.enumerated() {
            let analysed = try fullPipeline.analyze(
                Document(id: "astral-\(index)", text: text, date: try ReferenceDate(parsing: "2024-02-07")))
            #expect(!analysed.entities.isEmpty && !analysed.quotes.isEmpty, "\(text)")
            let copy = try roundTrip(analysed)
            #expect(copy == analysed, "\(differences(copy, analysed))")
            #expect(copy.entities.map { copy.text(of: $0) } == analysed.entities.map { analysed.text(of: $0) })
        }
    }

    @Test("The writer's scalar offsets are read back as UTF-16 offsets")
    func scalarOffsetsReadBack() throws {
        let json =
            #"{"id":"a","text":"😀 Paris","meta":{"date":null},"tokens":[{"start":2,"end":7,"text":"Paris","norm":"paris","kind":"word"}]}"#
        let document = try DocumentJSONReader().document(fromLine: json)
        #expect(document.tokens == [Token(span: Span(start: 3, end: 8), kind: .word, norm: "paris")])
        #expect(document.text(of: document.tokens[0]) == "Paris")
    }

    @Test("A span past the text is refused")
    func spanPastText() throws {
        let json = #"{"id":"a","text":"😀","meta":{"date":null},"sentences":[{"start":0,"end":2}]}"#
        #expect(throws: DecodingError.self) { try DocumentJSONReader().document(fromLine: json) }
        // Without characters outside the Basic Multilingual Plane, offsets are not converted
        // but must still fall inside the text.
        let ascii =
            #"{"id":"b","text":"abc","meta":{"date":null},"tokens":[{"start":0,"end":99,"text":"abc","norm":"abc","kind":"word"}]}"#
        #expect(throws: DecodingError.self) { try DocumentJSONReader().document(fromLine: ascii) }
    }

    @Test("A registered custom layer is read back; an unregistered one is skipped")
    func customLayer() throws {
        var document = try fullPipeline.analyze(Document(id: "m", text: "💶 Un plafond de 12 500 euros."))
        document[AmountLayer.self] = [Amount(span: Span(start: 17, end: 23), cents: 1_250_000)]
        let line = try DocumentJSONWriter().string(document)
        #expect(line.contains(#""amounts":[{"cents":1250000,"span":{"end":22,"start":16}}]"#))
        let reader = DocumentJSONReader().registering(AmountLayer.self)
        #expect(reader.registeredLayers == ["amounts"])
        let copy = try reader.document(fromLine: line)
        #expect(copy == document)
        #expect(copy[AmountLayer.self]?.first.map { copy.text(of: $0) } == "12 500")
        let skipped = try DocumentJSONReader().document(fromLine: line)
        #expect(skipped != document && !skipped.hasLayer(AmountLayer.name))
    }

    @Test("Document's own Codable gives the contract's JSON and reads it back")
    func documentCodable() throws {
        var document = try fullPipeline.analyze(
            Document(
                id: "c", text: "« Nous 🙏 négocions », a dit Antony Blinken à Doha mardi.",
                date: try ReferenceDate(parsing: "2024-02-07")))
        document[AmountLayer.self] = [Amount(span: Span(start: 9, end: 10), cents: 1)]
        let data = try JSONEncoder().encode(document)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let written = try #require(
            try JSONSerialization.jsonObject(with: Data(DocumentJSONWriter().encode(document))) as? [String: Any])
        #expect(NSDictionary(dictionary: object).isEqual(to: written))
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Document.self, from: data) != document)  // `amounts` not registered
        #expect(try DocumentJSONReader().registering(AmountLayer.self).document(from: data) == document)
    }

    @Test("Annotations are Codable on their own, spans in UTF-16 offsets without a document")
    func annotationsCodable() throws {
        let document = try fullPipeline.analyze(
            Document(id: "e", text: "😀 Le ministre Gabriel Attal a déclaré : « Nous agirons », le 3 mars 2024."))
        let entities = try JSONDecoder().decode([Entity].self, from: JSONEncoder().encode(document.entities))
        #expect(entities == document.entities && !entities.isEmpty)
        #expect(try JSONDecoder().decode([Quote].self, from: JSONEncoder().encode(document.quotes)) == document.quotes)
        #expect(
            try JSONDecoder().decode([TemporalExpression].self, from: JSONEncoder().encode(document.dates))
                == document.dates)
        #expect(
            try JSONDecoder().decode(TokenList.self, from: JSONEncoder().encode(document.tokens)) == document.tokens)
        #expect(
            try JSONDecoder().decode([Sentence].self, from: JSONEncoder().encode(document.sentences))
                == document.sentences)
        #expect(
            try JSONDecoder().decode([TokenMorphology].self, from: JSONEncoder().encode(document.morphology))
                == document.morphology)
        #expect(
            try JSONDecoder().decode([EntityCluster].self, from: JSONEncoder().encode(document.entityClusters))
                == document.entityClusters)
        #expect(
            try JSONDecoder().decode(DocumentMetadata.self, from: JSONEncoder().encode(document.metadata))
                == document.metadata)
        let span = try JSONDecoder().decode(Span.self, from: JSONEncoder().encode(Span(start: 3, end: 9)))
        #expect(span == Span(start: 3, end: 9))
    }

    @Test("A span codes in scalar offsets both ways when the coder carries the document's offsets")
    func spanScalarCoding() throws {
        let offsets = ScalarOffsets(Array("😀😀 Paris".utf16))
        let encoder = JSONEncoder()
        encoder.userInfo[.scalarOffsets] = offsets
        let data = try encoder.encode(Span(start: 5, end: 10))
        #expect(String(decoding: data, as: UTF8.self).contains("\"start\":3"))
        let decoder = JSONDecoder()
        decoder.userInfo[.scalarOffsets] = offsets
        #expect(try decoder.decode(Span.self, from: data) == Span(start: 5, end: 10))
        #expect([0, 1, 2, 3, 8].map(offsets.utf16Offset(ofScalar:)) == [0, 2, 4, 5, 10])
        #expect(offsets.utf16Offset(ofScalar: 9) == nil)
    }

    @Test("Equality looks at the text code unit for code unit and at every layer")
    func equality() throws {
        let composed = Document(id: "a", text: "été")
        #expect(composed != Document(id: "a", text: "e\u{301}te\u{301}"))
        var tagged = try fullPipeline.analyze(composed)
        let copy = tagged
        #expect(tagged == copy)
        tagged.tokens[0].norm = "x"
        #expect(tagged != copy)
        var derived = copy
        derived.removeLayer(LexicalLayer.name)
        #expect(derived == copy)
    }
}
