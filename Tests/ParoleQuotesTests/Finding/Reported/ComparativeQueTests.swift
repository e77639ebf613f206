import Parole
import Testing

/// A `que` after a comparative adverb (`plus`, `davantage`, `ainsi`: the `comparative`
/// words of `quotes-function-words.txt`) closes a comparison; it opens no reported clause.
@Suite("The que of a comparison")
struct ComparativeQueTests {
    @Test("plus + adjective + que compares; it reports nothing")
    func comparedAttribute() throws {
        #expect(try quotes("Le maire s'est dit plus inquiet que la semaine dernière.").isEmpty)
        #expect(try quotes("La ministre a jugé la réforme moins coûteuse que prévu.").isEmpty)
    }

    @Test("davantage + object + que compares two objects")
    func comparedObjects() throws {
        #expect(try quotes("Le candidat a davantage séduit les jeunes que les retraités.").isEmpty)
    }

    @Test("a speech verb's que after plus in a time phrase still reports")
    func timePhraseKeepsReport() throws {
        #expect(
            try quotes("Le préfet a annoncé plus tard que la route resterait fermée.") == [
                QuoteSummary(.indirect, "la route resterait fermée", "Le préfet", "annoncer")
            ])
    }

    @Test("de plus before que leaves the report whole")
    func dePlusKeepsReport() throws {
        #expect(
            try quotes("Le syndicat a affirmé de plus que les salaires stagnaient.") == [
                QuoteSummary(.indirect, "les salaires stagnaient", "Le syndicat", "affirmer")
            ])
    }
}
