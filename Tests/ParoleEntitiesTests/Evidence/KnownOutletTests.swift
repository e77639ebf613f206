import Testing

/// Dailies, weeklies and stations of the French-language press that other titles cite are
/// organisations by name (`entities-organizations.txt`), wherever the sentence puts them.
@Suite("Known press titles")
struct KnownOutletTests {
    @Test("A hyphenated title is no person and no place")
    func hyphenatedTitle() throws {
        #expect(try entityList("Selon Ouest-France, la digue a cédé peu après minuit.") == ["Ouest-France/ORG"])
        #expect(
            try entityList("Le maire a confié à Var-Matin qu'il ne se représenterait pas.") == ["Var-Matin/ORG"])
    }

    @Test("A title of several words is one name")
    func titleOfSeveralWords() throws {
        let weekly = try entityList("La ministre s'est confiée au Journal du dimanche sur sa candidature.")
        #expect(weekly == ["Journal du dimanche/ORG"])
        let daily = try entityList("D'après La Dépêche du Midi, le chantier reprendra au printemps.")
        #expect(daily == ["La Dépêche du Midi/ORG"])
    }

    @Test("A title opened by an elided article keeps it")
    func elidedArticle() throws {
        let entities = try entityList("L'attaquant a expliqué à L'Équipe qu'il voulait rester au club.")
        #expect(entities == ["L'Équipe/ORG"])
    }

    @Test("A number of hours in lowercase stays a duration")
    func durationStays() throws {
        #expect(try entityList("Les secours ont cherché les randonneurs pendant 24 heures dans le massif.").isEmpty)
    }

    @Test("The race of the 24 Heures du Mans is no daily")
    func raceNamedLikeDaily() throws {
        let entities = try entityList("Les 24 Heures du Mans auront lieu en juin, a annoncé l'organisateur.")
        #expect(entities == ["24 Heures du Mans/MISC"])
    }

    @Test("A capitalised head noun before a known title opens its name")
    func headBeforeTitle() throws {
        let entities = try entityList("Le rédacteur en chef du Groupe Nice-Matin a quitté ses fonctions.")
        #expect(entities == ["Groupe Nice-Matin/ORG"])
    }
}
