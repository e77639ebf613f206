import Parole
import Testing

/// A first name alone with a model number after it names a product, not a person.
@Suite("Model numbers after a first name")
struct ModelNumberTests {
    @Test("A first name followed by a model number is a product")
    func firstNameWithModelNumber() throws {
        let entities = try entityList(
            "Le tir inaugural d'Ariane 6 a de nouveau été reporté, selon l'agence spatiale.")
        #expect(entities.contains("Ariane 6/MISC"))
        #expect(!entities.contains("Ariane/PER"))
    }

    @Test("A number that counts a noun after a first name leaves the person")
    func countedNoun() throws {
        let entities = try entityList("Lors du dernier match, Maxime Gonalons a marqué. Maxime 2 buts, dit la presse.")
        #expect(!entities.contains { $0.hasPrefix("Maxime 2") })
    }
}
