import Parole
import Testing

/// Cue nouns with their own complement, plural cues, nouns whose `de` complement is a
/// place, person cues, and the portfolio after a minister.
@Suite("Cue complements")
struct CueComplementTests {
    @Test("A cue noun's own complement stands between it and the name")
    func complement() throws {
        let text = """
            Le fabricant de pièces aéronautiques Corvalis recrute. La société de nettoyage Brillance a fermé. \
            Le président du club de football Jean Martin démissionne.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Corvalis/ORG"))
        #expect(entities.contains("Brillance/ORG"))
        #expect(entities.contains("Jean Martin/PER"))
    }

    @Test("Plural cue nouns cue through de, the list keeps the label")
    func plurals() throws {
        let entities = try entityList(
            "Les crues ont touché les vallées de la Sarnelle et de l'Ourvanne, puis les rives du Tarsac.")
        #expect(entities == ["Sarnelle/LOC", "Ourvanne/LOC", "Tarsac/LOC"])
    }

    @Test("Nouns whose de complement is a place")
    func placeComplements() throws {
        let text = """
            Le parquet du Mont-Vernil a ouvert une enquête. Au centre hospitalier de Kervennec, le plan blanc a été \
            déclenché. Le maire de Brassonville, Luc Andrieu, a réagi.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Mont-Vernil/LOC"))
        #expect(entities.contains("Kervennec/LOC"))
        #expect(entities.contains("Brassonville/LOC"))
        #expect(entities.contains("Luc Andrieu/PER"))
    }

    @Test("A government or a family named after a person")
    func personCues() throws {
        let entities = try entityList("Le gouvernement Tremblay a déposé un projet de loi.")
        #expect(entities == ["Tremblay/PER"])
    }

    @Test("The portfolio after a minister is no name")
    func portfolio() throws {
        let text = "La ministre de l'Habitation, Julie Fortier, et l'échevin des Sports ont visité Namur."
        let entities = try entityList(text)
        #expect(entities == ["Julie Fortier/PER", "Namur/LOC"])
    }

    @Test("An apposition ends with punctuation, not a verb")
    func apposition() throws {
        let entities = try entityList(
            "À Varennes-sur-Olt, le plan de circulation a changé. Tarvel, la ville voisine, proteste.")
        #expect(entities == ["Varennes-sur-Olt/LOC", "Tarvel/LOC"])
    }

    @Test("Companies named like people: a subcontractor, the staff's employer, an English company's last word")
    func companiesNamedLikePeople() throws {
        let text = """
            Le sous-traitant automobile Marcel Vidal va fermer son atelier. Le personnel de Nordavel Brennig \
            a voté la grève. Le siège de Harvey Lindqvist Resources a été évacué.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Marcel Vidal/ORG"))
        #expect(entities.contains("Nordavel Brennig/ORG"))
        #expect(entities.contains("Harvey Lindqvist Resources/ORG"))
    }

    @Test("A factory or a workshop right before a name is its company; a bar or an abbey the place")
    func establishmentCues() throws {
        let text = """
            Les salariés de l'usine Gérard Vautrin ont débrayé lundi à Quimper. Une bagarre a éclaté devant \
            le bar Gaston. Le concert aura lieu dans l'abbaye Rheinfelder, à Echternach. Le ministère se \
            trouve à Bir Mourad, près d'Alger.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Gérard Vautrin/ORG"))
        #expect(entities.contains("Gaston/LOC"))
        #expect(entities.contains("Rheinfelder/LOC"))
        #expect(entities.contains("Bir Mourad/LOC"))
    }

    @Test("A person's full name through de after a place's cue is the owner (le restaurant de Lucien Farge)")
    func establishmentOwner() throws {
        let text = """
            Le restaurant de Lucien Farge, à Roanne, a perdu sa deuxième étoile. Le chef rouvrira \
            l'atelier de Mathilde Vernet en janvier.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Lucien Farge/PER"))
        #expect(entities.contains("Roanne/LOC"))
        #expect(entities.contains("Mathilde Vernet/PER"))
    }
}
