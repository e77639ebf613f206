import Testing

/// Things that look like dates and are not.
@Suite("No false dates")
struct FalseDateTests {
    @Test("Decimal numbers are not dates: 1,4 million")
    func decimals() throws {
        #expect(try dates("La mesure coûtera 1,4 million d'euros, soit 2,5 % du budget.", on: "2024-11-23").isEmpty)
    }

    @Test("Été the participle is not summer")
    func participle() throws {
        #expect(try dates("Les otages ont été libérés et le texte a été adopté.", on: "2024-02").isEmpty)
    }

    @Test("Counts and codes are not years")
    func counts() throws {
        let text = "Près de 2 000 billets et 1500 places restent, sur 32 000 ; le vol 2024 est parti de la route 1999."
        #expect(try dates(text, on: "2024-05-13").isEmpty)
    }

    @Test("Pronouns and names are not dates")
    func names() throws {
        let text =
            "Il le leur a dit. La sonde a atterri sur Mars. Il habite rue du 4 Septembre. Le Père Noël est passé."
        #expect(try dates(text, on: "2024-05-13").isEmpty)
    }

    @Test("Une seconde fois is not a second")
    func secondTime() throws {
        #expect(try dates("Il a été reçu une seconde fois par le président.", on: "2024-05-13").isEmpty)
    }

    @Test("Maintenant, désormais are PRESENT_REF (the spec); prochainement is TimeML-only; a gerund is no adverb")
    func references() throws {
        let text = "L'équipe compte désormais 68 points ; il faut maintenant gagner."
        #expect(try dates(text, on: "2024-05-13").map(\.value) == ["PRESENT_REF", "PRESENT_REF"])
        let soon = "Le club recrutera prochainement un entraîneur."
        #expect(try dates(soon, on: "2024-05-13").isEmpty)
        #expect(try dates(soon, on: "2024-05-13", stage: timemlDateStage).map(\.value) == ["FUTURE_REF"])
        #expect(
            try dates("Le groupe investit tout en maintenant ses prix.", on: "2024-05-13", stage: timemlDateStage)
                .isEmpty)
        #expect(
            try dates("La France préside actuellement le Conseil.", on: "2003-01-21").map(\.value) == ["PRESENT_REF"])
    }

    @Test("A relative day inside a name is not a date")
    func dayInsideName() throws {
        let found = try dates(
            "Selon Marc Vidal, du groupe Rimonville Demain, rien n'est fait. Demain, il votera.", on: "2025-03-12")
        #expect(found.map(\.text) == ["Demain"])
        #expect(found.first.map { $0.value } == "2025-03-13")
    }

    @Test("A saint's name without its article is a place, a feast before a capitalised word a first name")
    func feastInsideName() throws {
        let place = try dates("Le procès des agresseurs de Saint-Jean s'ouvre à Bayonne.", on: "2021-03-10")
        #expect(place.isEmpty)
        let feast = try dates("Les feux de la Saint-Jean ont attiré la foule.", on: "2021-03-10")
        #expect(feast.map(\.text) == ["la Saint-Jean"])
        let person = try dates("Selon le député Noël Lebrun, le texte sera revu.", on: "2021-03-10")
        #expect(person.isEmpty)
        #expect(try dates("Le marché ouvrira avant Noël.", on: "2021-03-10").map(\.value) == ["2021-12-25"])
    }

    @Test("A capitalised weekday before a capitalised word inside a clause is a name")
    func weekdayInsideName() throws {
        let name = try dates("Le maire a visité la ferme de Dimanche Ouédraogo près de Kaya.", on: "2025-09-26")
        #expect(name.isEmpty)
        let day = try dates("Le maire a visité la ferme dimanche.", on: "2025-09-26")
        #expect(day.map(\.text) == ["dimanche"])
    }
}
