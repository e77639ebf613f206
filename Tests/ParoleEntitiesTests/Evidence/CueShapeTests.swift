import Parole
import Testing

/// Cue nouns in the shapes of news prose: examples after `comme`, an apposition before
/// the name, a quoted title right after its noun, a company named after a region.
@Suite("Cue shapes")
struct CueShapeTests {
    @Test("Examples after a plural cue noun take its label, the whole list")
    func examples() throws {
        let entities = try entityList("La mesure touche surtout de petites communes, comme Vernaz ou Pellouin.")
        #expect(entities == ["Vernaz/LOC", "Pellouin/LOC"])
    }

    @Test("A cue phrase before a comma names what ends the sentence")
    func cueBeforeComma() throws {
        #expect(
            try hasEntity(
                "Ils se disputaient le contrôle de leur société de transport, Trans-Orbe.", "Trans-Orbe", "ORG"))
    }

    @Test("A title right after its cue noun may open with a preposition")
    func quotedVote() throws {
        let text =
            "Les électeurs ont accepté l'initiative cantonale « Pour des loyers modérés », qui oblige les communes."
        #expect(try hasEntity(text, "Pour des loyers modérés", "MISC"))
    }

    @Test("A company named after a region after its cue noun is one name")
    func companyWithRegion() throws {
        #expect(
            try hasEntity(
                "Les dossiers ont été déposés par la société Solvert Provence entre 2021 et 2023.", "Solvert Provence",
                "ORG"))
    }

    @Test("A company's capitalised common noun goes on its name")
    func companyNoun() throws {
        #expect(
            try hasEntity(
                "Deux anciens ingénieurs de Dassault Systèmes ont fondé l'entreprise.", "Dassault Systèmes", "ORG"))
    }

    @Test("A nationality after a capitalised complement is not in the name")
    func nationalityAfterComplement() throws {
        let text = "La veille, le ministère des Affaires étrangères égyptien avait prévenu qu'il réagirait."
        #expect(try hasEntity(text, "ministère des Affaires étrangères", "ORG"))
    }

    @Test("One turns to a body, not a place: auprès de")
    func aupres() throws {
        #expect(
            try !hasEntity(
                "L'entreprise avait levé 45 millions d'euros auprès de Finvalor il y a trois ans.", "Finvalor", "LOC"))
    }

    @Test("A club is named again without its abbreviation")
    func clubCore() throws {
        let text = "Le Vallorbe FC a battu Lugano. Lors de la dernière journée, Vallorbe se déplacera à Berne."
        let entities = try entityList(text)
        #expect(entities.contains("Vallorbe FC/ORG"))
        #expect(entities.contains("Vallorbe/ORG"))
    }

    @Test("A venue after à l' is a place")
    func venue() throws {
        #expect(try hasEntity("Elle s'était produite à l'Orphéa pour la première fois en 1974.", "Orphéa", "LOC"))
    }

    @Test("Generic championships end before their place")
    func championships() throws {
        let entities = try entityList(
            "Elle vise une médaille aux Championnats du monde de Tokyo, puis aux Mondiaux en salle.")
        #expect(entities.contains("Championnats du monde/MISC"))
        #expect(entities.contains("Tokyo/LOC"))
        #expect(entities.contains("Mondiaux/MISC"))
    }

    @Test("A place with an article and a capitalised adjective stays a place")
    func placeWithAdjective() throws {
        #expect(try hasEntity("Le barrage a été construit sur le Nil Bleu en 2011.", "Nil Bleu", "LOC"))
        #expect(try hasEntity("Elle a été interviewée par France Bleu mardi.", "France Bleu", "ORG"))
    }

    @Test("One noun between the cue and the name is the cue's apposition")
    func appositionNoun() throws {
        #expect(try hasEntity("Le groupe horloger Vantrel a annoncé 300 suppressions de postes.", "Vantrel", "ORG"))
        #expect(try hasEntity("Le constructeur automobile Ferlaut a rappelé 20 000 véhicules.", "Ferlaut", "ORG"))
    }

    @Test("A lowercase nationality used as a noun before a name stands for a company")
    func nationalityNounBeforeCompany() throws {
        let entities = try entityList("Le marché est tenu par le suédois Vartel et le finlandais Norrik.")
        #expect(entities == ["Vartel/ORG", "Norrik/ORG"])
    }
}
