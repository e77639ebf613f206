import Testing

/// A list of names shares one label: a place in parentheses after a member does not break
/// the list, a place preposition labels its members, and a first name alone in a list of
/// places is a town.
@Suite("Lists of places")
struct PlaceListTests {
    @Test("A place in parentheses after a member does not break the list")
    func parenthesisInList() throws {
        let entities = try entityList(
            "Les pompiers sont intervenus à Vionnaz (Chablais), Grimisuat et Savièse après les orages.")
        #expect(entities == ["Vionnaz/LOC", "Chablais/LOC", "Grimisuat/LOC", "Savièse/LOC"])
    }

    @Test("A first name alone in a list of places is a town")
    func firstNameInPlaceList() throws {
        let entities = try entityList("Des vols relient désormais Alger, Oran, Annaba et Constantine chaque semaine.")
        #expect(entities.contains("Constantine/LOC"))
        #expect(!entities.contains("Constantine/PER"))
    }

    @Test("entre labels the members of its list")
    func entreList() throws {
        let entities = try entityList("Les bus circulent entre Nabeul, Kélibia et Hammamet depuis lundi.")
        #expect(entities == ["Nabeul/LOC", "Kélibia/LOC", "Hammamet/LOC"])
    }

    @Test("Swiss regions named by their language or lake, and the Faso, are places")
    func regionalPlaceNames() throws {
        #expect(try entityList("Le président du Faso a reçu les délégués mardi.") == ["Faso/LOC"])
        #expect(
            try entityList(
                "Les cantons de l'Arc lémanique ont obtenu des fonds. Les prix augmentent en Suisse romande.") == [
                    "Arc lémanique/LOC", "Suisse romande/LOC",
                ])
    }

    @Test("The people of those regions are named as a nationality is")
    func regionalPeople() throws {
        #expect(try entityList("Un Romand sur trois renonce aux soins dentaires.") == ["Romand/MISC"])
        #expect(
            try entityList("Les Romands ont dit non, les Alémaniques oui.") == ["Romands/MISC", "Alémaniques/MISC"])
    }
}
