import Parole
import Testing

/// Hyphenated place shapes and names of inhabitants.
@Suite("Place shapes")
struct PlaceShapeTests {
    @Test("Lowercase links and place suffixes make hyphenated places")
    func shapes() throws {
        let text = """
            On nous a dit que Morvillers-Basse avait un avenir. Les camions passent par Sauvigny-le-Vieux et \
            Brennac-sur-Lande, puis vers Roche-en-Brenil.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Morvillers-Basse/LOC"))
        #expect(entities.contains("Sauvigny-le-Vieux/LOC"))
        #expect(entities.contains("Brennac-sur-Lande/LOC"))
        #expect(entities.contains("Roche-en-Brenil/LOC"))
    }

    @Test("Double-barrelled surnames are no places")
    func surnames() throws {
        let entities = try entityList("La directrice, Sophie Lemarchand-Ollier, a répondu à Nadia Haddou-Le Goff.")
        #expect(entities.contains("Sophie Lemarchand-Ollier/PER"))
        #expect(entities.contains("Nadia Haddou-Le Goff/PER"))
    }

    @Test("Inhabitants after les or la are MISC")
    func inhabitants() throws {
        let entities = try entityList("Les Brivadois ont gagné, et la Lorientaise termine deuxième.")
        #expect(entities == ["Brivadois/MISC", "Lorientaise/MISC"])
    }

    @Test("Hauts- and Vieux- open regions and old quarters; Haut and Vieux do after a place cue")
    func altitudeAndAgeAdjectives() throws {
        #expect(try entityList("Le conseil régional des Hauts-Plateaux a voté le budget.") == ["Hauts-Plateaux/LOC"])
        #expect(try entityList("Les élections au Haut Uele ont été reportées.") == ["Haut Uele/LOC"])
        #expect(try entityList("Il a joué dix saisons sur le Vieux Continent.") == ["Vieux Continent/LOC"])
        // An organisation's head noun keeps the name a body's.
        #expect(try entityList("Il a été nommé au Haut Commissariat aux réfugiés.") == ["Haut Commissariat/ORG"])
    }
}
