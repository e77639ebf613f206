import Parole
import Testing

/// Capitalised body names that run on past one lowercase word to the place that ends
/// them, and through a bare plural noun joined by `et` to the last complement.
@Suite("Name bridges")
struct NameBridgeTests {
    @Test("A lowercase field noun or complement between the head and its place stays in the name")
    func fieldBeforePlace() throws {
        let text = """
            Le Service de protection incendies de Chicoutimi est intervenu vers minuit. \
            Le Tribunal de la Grande instance de Kaolack a rendu son verdict mardi. \
            Une étudiante de l'Université d'État de pharmacie de Perm a reçu le prix.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Service de protection incendies de Chicoutimi/ORG"))
        #expect(entities.contains("Tribunal de la Grande instance de Kaolack/ORG"))
        #expect(entities.contains("Université d'État de pharmacie de Perm/ORG"))
        #expect(!entities.contains("Chicoutimi/LOC"))
        // With no place after it, the lowercase noun stays out.
        let alone = try entityList("Le Service de protection incendies est intervenu vers minuit.")
        #expect(alone.contains("Service de protection/ORG"))
    }

    @Test("A bare plural noun after et joins the plural complement before it")
    func pairedPluralNouns() throws {
        let bridge = try entityList("La Direction départementale des ponts et chaussées a fermé la route.")
        #expect(bridge.contains("Direction départementale des ponts et chaussées/ORG"))
        // With an article after `et`, the name ends before it.
        let list = try entityList("La Direction départementale des routes et la police ont fermé la route.")
        #expect(list.contains("Direction départementale des routes/ORG"))
    }
}
