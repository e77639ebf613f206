import Testing

/// A town that bears a first name (`Constantine`, `Saïda`, `Nikki`) alone after a place
/// cue, and the documents that make such a first name a person's after all.
@Suite("Towns named like first names")
struct PlaceFirstNameTests {
    @Test("A first name alone after a place preposition is a town")
    func firstNameAfterPlacePreposition() throws {
        let entities = try entityList("Des heurts ont éclaté lundi soir à Constantine, selon la police.")
        #expect(entities == ["Constantine/LOC"])
    }

    @Test("A first name alone after a place noun's de is a town, and so after a bare de elsewhere")
    func firstNameAfterPlaceNoun() throws {
        let entities = try entityList(
            "Le ministre a inauguré un service à l'hôpital de Saïda. Les centres de soins de Saïda manquent de médecins."
        )
        #expect(entities == ["Saïda/LOC", "Saïda/LOC"])
    }

    @Test("A place noun's de makes a full name a place's: a riding named after a person")
    func fullNameAfterPlaceNoun() throws {
        let riding = try entityList("La députée représente la circonscription de Louis Hébert depuis trois ans.")
        #expect(riding == ["Louis Hébert/LOC"])
        let counsel = try entityList("Les avocats de Louis Hébert ont fait appel.")
        #expect(counsel == ["Louis Hébert/PER"])
    }

    @Test("A palace's de is a place's")
    func firstNameAfterPalace() throws {
        let entities = try entityList("La cérémonie s'est tenue au palais de Nikki, devant les notables.")
        #expect(entities == ["Nikki/LOC"])
    }

    @Test("A first name that opens a person's full name in the document stays that person's")
    func firstNameOfNamedPerson() throws {
        let entities = try entityList("Marie Lefort a gagné son procès. Le juge a rendu justice à Marie.")
        #expect(entities == ["Marie Lefort/PER", "Marie/PER"])
    }

    @Test("A document that calls people by a first name alone keeps them persons after à")
    func firstNameInStory() throws {
        let story = try entityList("Quel scandale ! Charlotte pleurait. Il n'en dira rien à Edouard.")
        #expect(story.contains("Edouard/PER"))
        #expect(!story.contains("Edouard/LOC"))
        let portrait = try entityList(
            "Marie, 34 ans, élève seule ses enfants. Sa voisine a prêté sa voiture à Marie.")
        #expect(portrait == ["Marie/PER", "Marie/PER"])
    }
}
