import Parole
import Testing

/// An acronym after `de` at the end of a longer name, which the document names alone.
@Suite("Acronym owners")
struct AcronymOwnerTests {
    @Test("An organ of a body named by its acronym is split from the acronym")
    func organOfBody() throws {
        let text = """
            La FIFA a publié un communiqué lundi. Le Bureau Exécutif de la FIFA se réunira jeudi \
            à Zurich pour examiner le dossier.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Bureau Exécutif/ORG"))
        #expect(entities.filter { $0 == "FIFA/ORG" }.count == 2)
        #expect(!entities.contains { $0.hasPrefix("Bureau Exécutif de la FIFA/") })
    }

    @Test("After an elided article, and with a lowercase word in the head")
    func elidedArticle() throws {
        let text = """
            L'OTAN prépare un exercice. Le Comité militaire de l'OTAN a validé le plan mardi à \
            Bruxelles.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Comité militaire/ORG"))
        #expect(entities.filter { $0 == "OTAN/ORG" }.count == 2)
    }

    @Test("A one-word common-noun head is no name once the acronym leaves")
    func commonNounHead() throws {
        let text = """
            La CEDEAO tiendra sa réunion à Abuja. Les chefs d'État attendent le Sommet de la \
            CEDEAO avec inquiétude.
            """
        let entities = try entityList(text)
        #expect(entities.filter { $0 == "CEDEAO/ORG" }.count == 2)
        #expect(!entities.contains { $0.hasPrefix("Sommet") })
    }

    @Test("An acronym the document never names alone stays inside the name")
    func acronymNeverAlone() throws {
        let text = "Le Bureau Exécutif de la FIFA se réunira jeudi à Zurich pour examiner le dossier."
        #expect(try entityList(text).contains("Bureau Exécutif de la FIFA/ORG"))
    }
}
