import Parole
import Testing

/// Where a person's name starts and stops: given names that are common nouns too, a
/// courtesy title after a body's name, a headline's bar, a part mistyped in lowercase.
@Suite("Person name extent")
struct PersonNameExtentTests {
    @Test("A given name the dictionary tags as a first name opens the chain before another")
    func givenNamesThatAreNouns() throws {
        let text = """
            La préfète, Constance Aline Bertin, a visité la digue mardi. \
            Selon la juge Prudence Odile Kaboré, le dossier est complet.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Constance Aline Bertin/PER"))
        #expect(entities.contains("Prudence Odile Kaboré/PER"))
    }

    @Test("A chain of given names opens a person's name at the start of a sentence too")
    func givenNamesOpeningSentences() throws {
        let text = "Prudence Odile Kaboré a ouvert la séance. Les élus ont voté le budget."
        #expect(try entityList(text).contains("Prudence Odile Kaboré/PER"))
    }

    @Test("A common noun that is no first name still leaves the name")
    func commonNounsBeforeNames() throws {
        let text = "Le club a recruté hier Fort Nelson Dupré, un ailier venu de Lyon."
        #expect(!(try entityList(text)).contains("Fort Nelson Dupré/PER"))
    }

    @Test("A courtesy title ends a body's name and opens a person's")
    func titleAfterBody() throws {
        let text = "Le médecin-chef du Centre de santé de Thiaroye Docteur Awa Ndiaye a reçu la délégation."
        let entities = try entityList(text)
        #expect(entities.contains("Centre de santé de Thiaroye/ORG"))
        #expect(entities.contains("Awa Ndiaye/PER"))
    }

    @Test("A headline's capital I between two names stands for a bar")
    func headlineBar() throws {
        let text = """
            Togo I Awa Dossou : « Les routes seront finies en mai »

            Awa Dossou, ministre des Travaux publics, a visité les chantiers du Togo. \
            Le pape Jean-Paul II a visité Lomé en 1985.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Togo/LOC"))
        #expect(entities.contains("Awa Dossou/PER"))
        #expect(!entities.contains { $0.hasPrefix("Togo I") })
        #expect(entities.contains("Jean-Paul II/PER"))
    }

    @Test("A lowercase word after a name is its part when the article writes it capitalised")
    func mistypedParts() throws {
        let text = """
            Me Paul Antoine a déposé une motion. Le juge l'a rejetée. \
            Me Paul antoine a indiqué qu'il ferait appel.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Paul antoine/PER"))
    }
}
