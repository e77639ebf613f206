import Parole
import Testing

/// Lowercase nationalities and participles that qualify a name without being part of it.
@Suite("Trailing qualifiers")
struct TrailingQualifierTests {
    @Test("A participle or a nationality after a name's capitalised complement qualifies the body")
    func afterComplement() throws {
        let entities = try entityList("Après des Jeux de Tokyo ratés, la sélection veut rebondir.")
        #expect(entities.contains("Jeux de Tokyo/MISC"))
        let council = try entityList("Le Conseil d'Etat genevois a présenté son budget mercredi.")
        #expect(council.contains("Conseil d'Etat/ORG"))
    }

    @Test("A participle that a known name takes in stays: Nations unies")
    func knownName() throws {
        let text = "Le Haut-Commissariat des Nations unies pour les réfugiés a publié un rapport."
        let entities = try entityList(text)
        #expect(entities.contains { $0.hasPrefix("Haut-Commissariat des Nations unies") })
    }
}
