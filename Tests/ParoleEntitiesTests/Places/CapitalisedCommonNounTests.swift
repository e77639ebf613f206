import Testing

/// A common noun written with a capital after a place preposition and its article
/// (`au Cabinet`, `dans le Royaume`) is no place: a town takes no article.
@Suite("Capitalised common nouns after a place preposition")
struct CapitalisedCommonNounTests {
    @Test("A capitalised common noun after au or dans le is no place")
    func commonNounAfterArticle() throws {
        let cabinet = try entityList("La députée a été promue au Cabinet la semaine dernière.")
        #expect(cabinet.isEmpty)
        let kingdom = try entityList("Le ministre a passé trois jours dans le Royaume pour une visite officielle.")
        #expect(kingdom.isEmpty)
    }

    @Test("A newspaper where outlets are named and a region with its adjective stay names")
    func outletsAndRegions() throws {
        let cabinet = try entityList("Elle a été nommée au Cabinet, a déclaré au Monde son conseiller.")
        #expect(cabinet == ["Monde/ORG"])
        let region = try entityList("Les usines ferment au Cabinet et dans l'Arc jurassien cette année.")
        #expect(region == ["Arc jurassien/LOC"])
    }
}
