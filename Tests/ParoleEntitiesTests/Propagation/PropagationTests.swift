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

    @Test("A place guessed from a bare de is a place at a sentence start and after a quotation mark")
    func placeAfterBareDe() throws {
        let entities = try entityList(
            "La piscine de Vauderesse ferme cet été. Vauderesse compte 900 habitants. "
                + "« Vauderesse mérite mieux », dit le maire.")
        #expect(entities == ["Vauderesse/LOC", "Vauderesse/LOC", "Vauderesse/LOC"])
    }

    @Test("A place guessed from a bare de is no person where the lexicon knows the word")
    func placeAfterBareDeCommonWord() throws {
        let entities = try entityList(
            "Les élus de Moutier ont voté. Le canton attend le jour où Moutier changera de camp.")
        #expect(entities == ["Moutier/LOC", "Moutier/LOC"])
    }

    @Test("A word of a company's name guessed a place after de is not found again as a place")
    func companyWordAfterBareDe() throws {
        let entities = try entityList(
            "Le groupe canadien Velmora Industries a racheté une usine. Le PDG de Velmora, Marc Olin, est satisfait. "
                + "« Nous avons attendu. Velmora est le seul acheteur sérieux. »")
        // `PDG de Velmora` reads the company as such (a capitalised role's complement), and
        // every later mention follows it: no guessed place, no person.
        #expect(entities.filter { $0 == "Velmora/ORG" }.count == 2)
        #expect(!entities.contains("Velmora/LOC"))
        #expect(!entities.contains("Velmora/PER"))
    }
}
