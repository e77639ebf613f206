import Testing

/// Recurrences: `chaque jour`, `tous les lundis`.
@Suite("Sets")
struct SetTests {
    @Test("Chaque and tous les")
    func every() throws {
        let found = try dates(
            "Le réseau transporte chaque jour 42 000 voyageurs ; la bibliothèque ouvre tous les "
                + "lundis ; le tournoi a lieu tous les deux ans et le festival chaque été.",
            on: "2024-11-23")
        #expect(found.map(\.value) == ["P1D", "XXXX-WXX-1", "P2Y", "XXXX-SU"])
        #expect(found.allSatisfy { $0.kind == "SET" })
    }

    @Test("Le week-end in a present clause, tous les week-ends: every weekend")
    func weekends() throws {
        let found = try dates(
            "Les navettes sont gratuites le week-end pour les résidents ; la piscine ouvre tous les week-ends.",
            on: "2023-05-11")
        #expect(found.map(\.text) == ["le week-end", "tous les week-ends"])
        #expect(found.map(\.value) == ["XXXX-WXX-WE", "XXXX-WXX-WE"])
        #expect(found.allSatisfy { $0.kind == "SET" })
        // In the past, or with a complement, the weekend is one weekend (or no set).
        #expect(try dates("Des militants ont manifesté le week-end devant la mairie.", on: "2023-05-11").isEmpty)
        #expect(try dates("La foire se tient le week-end du 15 août.", on: "2023-05-11").map(\.kind) != ["SET"])
    }

    @Test("Le week-end as a subject is one weekend, a topic before a comma every weekend")
    func weekendSubject() throws {
        let day = "2023-05-11"
        #expect(try dates("Les hôteliers sont inquiets : le week-end s'annonce pluvieux.", on: day).isEmpty)
        #expect(try dates("Le week-end, qui s'annonce ensoleillé, attire les randonneurs.", on: day).isEmpty)
        #expect(try dates("Sur les routes, le week-end promet d'être chargé.", on: day).isEmpty)
        let topic = try dates("Le week-end, les trams ne circulent pas après 22 h.", on: day)
        #expect(topic.map(\.value).first == "XXXX-WXX-WE")
    }

    @Test("Le week-end of one event, or with no verb, is no set; a rule stated with être or ne is")
    func weekendEvent() throws {
        let day = "2023-05-11"
        #expect(try dates("Le Paris-Roubaix arrive le week-end sur le vélodrome.", on: day).isEmpty)
        #expect(try dates("La préfète inaugure le nouveau pont le week-end.", on: day).isEmpty)
        #expect(try dates("Météo : de la pluie et du vent le week-end en Normandie.", on: day).isEmpty)
        let rule = try dates("Les trains régionaux ne desservent pas la gare le week-end.", on: day)
        #expect(rule.map(\.value) == ["XXXX-WXX-WE"])
    }

    @Test("Par an: the span is the unit")
    func rate() throws {
        let found = try dates("La croissance moyenne est de 0,38 % par an.", on: "1999-07-07")
        #expect(found == [Found(text: "an", kind: "SET", value: "P1Y")])
    }
}
