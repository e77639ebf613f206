import Parole
import Testing

/// Names joined by a hyphen into one word, each of which the document names on its own.
@Suite("Hyphenated pairs")
struct HyphenatedPairTests {
    @Test("Two towns joined by a hyphen are two places when each is named alone")
    func routeBetweenTowns() throws {
        let text = """
            Les travaux sur la ligne Dijon-Besançon dureront tout l'été. Les trains partiront de \
            Dijon à l'heure, mais les voyageurs pour Besançon devront prendre un car.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Dijon/LOC") && entities.contains("Besançon/LOC"))
        #expect(!entities.contains("Dijon-Besançon/LOC") && !entities.contains("Dijon-Besançon/MISC"))
    }

    @Test("Each part keeps its own label: a party and its local section's town")
    func partyAndTown() throws {
        let text = """
            Le secrétaire fédéral du RPR-Mulhouse a démissionné lundi. Le RPR a pris acte de son \
            départ, et ses militants de Mulhouse ont demandé une assemblée générale.
            """
        let entities = try entityList(text)
        #expect(entities.filter { $0.hasPrefix("RPR/") }.count == 2)
        #expect(entities.contains("Mulhouse/LOC"))
        #expect(!entities.contains { $0.hasPrefix("RPR-Mulhouse/") })
    }

    @Test("A town the lexicon knows whole, or a part never named alone, stays one name")
    func knownWholeStays() throws {
        let text = """
            Le salon ouvrira à Clermont-Ferrand en mars. Le maire de Clermont a salué le projet, \
            comme le conseil municipal de Saint-Brieuc.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Clermont-Ferrand/LOC"))
        #expect(entities.contains("Saint-Brieuc/LOC"))
    }
}
