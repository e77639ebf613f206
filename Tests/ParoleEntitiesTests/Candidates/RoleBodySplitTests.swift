import Parole
import Testing

/// A role's body or territory written right before the person's name, with no comma:
/// the two names are split where the first name begins.
@Suite("Role bodies before a person's name")
struct RoleBodySplitTests {
    @Test("An unknown territory after a role and `de la` stays apart from the person")
    func territoryOfRole() throws {
        let entities = try entityList("Selon la préfète de la Broye Sandrine Maillard, la route rouvrira lundi.")
        #expect(entities.contains("Sandrine Maillard/PER"))
        #expect(entities.contains { $0.hasPrefix("Broye/") })
        #expect(!entities.contains { $0.hasPrefix("Broye Sandrine") })
    }

    @Test("A town after `la commune de` and a role stays apart from the person")
    func townOfRole() throws {
        let entities = try entityList("Le syndic de la commune de Villarzel Julien Favre a signé le recours.")
        #expect(entities.contains("Villarzel/LOC"))
        #expect(entities.contains("Julien Favre/PER"))
    }

    @Test("A body's head noun after a role ends before the first name")
    func bodyOfRole() throws {
        let entities = try entityList("Le porte-parole du Gouvernement Olivier Véran a démenti toute fuite.")
        #expect(entities.contains("Gouvernement/ORG"))
        #expect(entities.contains("Olivier Véran/PER"))
    }

    @Test("A capitalised word after `de` with no role before keeps the name whole")
    func noRoleNoSplit() throws {
        let entities = try entityList("Les enfants de Rimbert Jacques Morel ont vendu la ferme.")
        #expect(!entities.contains("Jacques Morel/PER"))
    }

    @Test("A first name that is also a place opens the person's name before a particle")
    func placeFirstNameBeforeParticle() throws {
        let entities = try entityList("L'ancien Premier ministre Dominique de Villepin a appelé au dialogue.")
        #expect(entities.contains("Dominique de Villepin/PER"))
        #expect(!entities.contains("Dominique/PER"))
        let minister = try entityList("Selon le ministre Dominique de Rugy, la réforme sera votée.")
        #expect(minister.contains("Dominique de Rugy/PER"))
    }
}
