import Parole
import Testing

/// In-document propagation of labels.
@Suite("Propagation")
struct PropagationTests {
    @Test("A surname seen with a title is a person everywhere, even at a sentence start")
    func surname() throws {
        let text =
            "Le ministre Gaspard Vellacott a démissionné. Vellacott était contesté. Selon Vellacott, tout est faux."
        let entities = try entityList(text)
        #expect(entities == ["Gaspard Vellacott/PER", "Vellacott/PER", "Vellacott/PER"])
    }

    @Test("A name labelled by a cue keeps its label without the cue")
    func cueLabel() throws {
        let text =
            "Le groupe Norvalia a publié ses résultats. Norvalia emploie 3 000 personnes. Le titre Norvalia a progressé."
        let entities = try entityList(text)
        #expect(entities == ["Norvalia/ORG", "Norvalia/ORG", "Norvalia/ORG"])
    }

    @Test("A place seen after à is a place at a sentence start")
    func place() throws {
        let entities = try entityList("Les combats se poursuivent à Kherbet. Kherbet est encerclée.")
        #expect(entities == ["Kherbet/LOC", "Kherbet/LOC"])
    }

    @Test("A party named with its capitalised article is found again after des and aux")
    func partyWithoutArticle() throws {
        let entities = try entityList(
            "La coalition réunit le MR et Les Audacieux. La présidente des Audacieux a répondu aux Audacieux.")
        #expect(entities.filter { $0 == "Audacieux/ORG" }.count == 2)
    }
}
