import Parole
import Testing

/// Nouns whose complement is an organisation, parties after roles, heads that need an
/// adjective, clubs with their city, long institution names.
@Suite("Complement cues")
struct ComplementCueTests {
    @Test("The complement of patron, salariés, fondateur is an organisation")
    func organizationComplement() throws {
        #expect(try hasEntity("La cour a acquitté l'ancien patron de Valorfin.", "Valorfin", "ORG"))
        #expect(try hasEntity("Les salariés de la Sonexa ont voté la grève.", "Sonexa", "ORG"))
    }

    @Test("A party's acronym after a role is no person")
    func partyAfterRole() throws {
        #expect(try hasEntity("Jean Tiberi, maire RPR de Paris, a procédé à l'inauguration.", "RPR", "ORG"))
    }

    @Test("République begins a state's name only with an adjective")
    func republic() throws {
        #expect(try hasEntity("Elle courra à Ostrava, en République tchèque, jeudi.", "République tchèque", "LOC"))
        let entities = try entityList("Le procureur de la République de Bordeaux a salué la décision.")
        #expect(entities == ["Bordeaux/LOC"])
    }

    @Test("A direction after a hyphen makes a place")
    func directionSuffix() throws {
        #expect(try hasEntity("La police de la zone Vernier-Nord a interpellé trois suspects.", "Vernier-Nord", "LOC"))
    }

    @Test("A club prefix takes its city through de, after a sentence-initial article too")
    func clubWithCity() throws {
        #expect(try hasEntity("Le Sporting d'Arlon reste leader du championnat.", "Sporting d'Arlon", "ORG"))
    }

    @Test("Long institution names keep their last complement")
    func longInstitution() throws {
        let text = "Le Centre intégré universitaire de santé et de services sociaux de l'Estrie a été mis en alerte."
        #expect(try hasEntity(text, "Centre intégré universitaire de santé et de services sociaux de l'Estrie", "ORG"))
    }

    @Test("Rivers in flood are places, the whole list")
    func riversInFlood() throws {
        let entities = try entityList("La Sorgeat et la Vialle sont sorties de leur lit dans la nuit.")
        #expect(entities == ["Sorgeat/LOC", "Vialle/LOC"])
    }

    @Test("A head noun alone without determiner names nothing")
    func bareHead() throws {
        #expect(try entityList("Son cofondateur vise une entrée en Bourse.") == [])
    }

    @Test("A known place right after an organisation's cue noun names the organisation")
    func placeAfterOrganizationCue() throws {
        #expect(try hasEntity("Des chercheurs de l'université Laval ont publié l'étude.", "Laval", "ORG"))
    }

    @Test("Along and at the foot of a place")
    func alongAndAtTheFoot() throws {
        #expect(try hasEntity("Le public, massé le long du Kruisberg, lui a réservé une ovation.", "Kruisberg", "LOC"))
        #expect(try hasEntity("Le village, au pied du Moléson, a été évacué.", "Moléson", "LOC"))
    }
}
