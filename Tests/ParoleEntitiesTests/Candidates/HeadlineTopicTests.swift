import Parole
import Testing

/// The place a headline opens with, before its colon or joined to its subject by a hyphen.
@Suite("Headline topics")
struct HeadlineTopicTests {
    @Test("An unknown word before the headline's colon is the story's place")
    func placeBeforeColon() throws {
        let text = """
            Quaregnon : la kermesse reportée à cause de la pluie
            Le comité des fêtes a annoncé mardi que la fête aurait lieu plus tard.
            """
        #expect(try entityList(text) == ["Quaregnon/LOC"])
    }

    @Test("A country joined by a hyphen to a common noun is the place alone")
    func countryBeforeHyphen() throws {
        let text = """
            Sénégal-Grève des enseignants : les écoles restent fermées
            Les syndicats ont appelé à poursuivre le mouvement jusqu’à vendredi.
            """
        #expect(try entityList(text) == ["Sénégal/LOC"])
    }

    @Test("A common noun before the colon, even without its accent, is no place")
    func commonTopic() throws {
        let text = """
            Economie : la croissance ralentit au troisième trimestre
            Les chiffres publiés jeudi montrent un net recul.
            """
        #expect(try entityList(text).isEmpty)
    }
}
