import Parole
import Testing

/// A word that reads as an adjective or as a verb, right after a body's name and before a
/// possessive or an indefinite article, is the clause's verb: `célèbre ses 60 ans`.
@Suite("Verbs after a body's name")
struct VerbAfterNameTests {
    @Test("A verb before its object stays out of the name")
    func verbBeforeObject() throws {
        let text = """
            À Moncton, l'Université de Moncton célèbre ses 60 ans cette semaine. \
            La Banque centrale européenne a relevé ses taux jeudi.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Université de Moncton/ORG"))
        #expect(!entities.contains { $0.contains("célèbre") })
        #expect(entities.contains("Banque centrale européenne/ORG"))
    }
}
