import Parole
import Testing

/// A person's name glued after a title or a common word ends as the name the document
/// writes on its own elsewhere.
@Suite("Person names after a title or a common word")
struct PersonTailTests {
    @Test("A capitalised title before a name the article repeats is left out")
    func titleLeftOut() throws {
        let entities = try entityList(
            "Le Haut-commissaire Issouf Bationo a reçu les paysans. Selon Issouf Bationo, la récolte sera bonne.")
        #expect(entities == ["Issouf Bationo/PER", "Issouf Bationo/PER"])
    }

    @Test("A headline's first common word is no part of the surname after it")
    func headlineWord() throws {
        let entities = try entityList(
            "Tête-à-tête Tshisekedi - Ruto : un accord signé\nFélix Tshisekedi a reçu William Ruto à Kinshasa.")
        #expect(entities.contains("Tshisekedi/PER"))
        #expect(!entities.contains { $0.hasPrefix("Tête-à-tête") })
    }

    @Test("A body named after a person keeps its name")
    func eponymousBody() throws {
        let entities = try entityList(
            "La Fondation Nelson Mandela a ouvert ses archives. Nelson Mandela les avait confiées en 2004.")
        #expect(entities.contains("Fondation Nelson Mandela/ORG"))
    }
}
