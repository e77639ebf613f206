import Parole
import Testing

/// A name shaped as a person's after a cue noun (`le chef du parti Komi Agbéyomé`) takes
/// the document's person evidence for the same name; with none, the cue still labels it.
@Suite("Person-shaped names after cue nouns")
struct PersonShapedCueTests {
    @Test("Two unknown capitalised words after a cue noun are the person a title named")
    func unknownWords() throws {
        let text = """
            Le ministre Komi Agbéyomé a rencontré les syndicats mardi. \
            Selon le chef du parti Komi Agbéyomé, la grève doit cesser.
            """
        #expect(try entityList(text) == ["Komi Agbéyomé/PER", "Komi Agbéyomé/PER"])
        // No other evidence: the cue noun labels the name.
        let school = try entityList("Les élèves de l'école Marvane Tellis ont repris les cours lundi.")
        #expect(school == ["Marvane Tellis/ORG"])
    }

    @Test("A first name and a surname after a cue noun are the person the document named")
    func firstName() throws {
        let text = """
            Paul Ndiaye a été retenu pour la première fois. \
            Pour son coéquipier en club Paul Ndiaye, c'est un rêve qui se réalise.
            """
        #expect(try entityList(text) == ["Paul Ndiaye/PER", "Paul Ndiaye/PER"])
    }

    @Test("A thing's cue noun keeps a person's name that names the thing")
    func thingNamedAfterPerson() throws {
        let text = """
            Le journaliste Albert Londres a marqué son siècle. \
            Le prix Albert Londres a été remis hier à une reporter.
            """
        #expect(try entityList(text) == ["Albert Londres/PER", "Albert Londres/MISC"])
    }
}
