import Parole
import Testing

/// Lowercase adjectives and participles that qualify a name without being part of it.
@Suite("Trailing qualifiers")
struct TrailingQualifierTests {
    @Test("A name found elsewhere in the document without its adjective loses it")
    func documentEvidence() throws {
        let text = """
            Le Ministère public genevois a fait recours contre le jugement. \
            Selon le Ministère public, la peine prononcée est trop légère.
            """
        let entities = try entityList(text)
        #expect(entities.filter { $0 == "Ministère public/ORG" }.count == 2)
        #expect(!entities.contains { $0.hasPrefix("Ministère public genevois") })
    }

    @Test("A name after a demonstrative is no evidence: it points back to the long name")
    func demonstrative() throws {
        let text = """
            Un rapport met en cause les Forces spéciales nigériennes. \
            Le ministre défend ces Forces spéciales et demande du soutien.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Forces spéciales nigériennes/ORG"))
    }

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
