import Parole
import Testing

/// Roles written with capitals are titles, not names: a role noun with only adjectives
/// after it names nobody and no body; a person's name after the role stays a name.
@Suite("Role titles")
struct RoleTitleTests {
    @Test("A capitalised role and its capitalised adjectives name nothing")
    func rolesWithAdjectives() throws {
        let text = """
            Le Secrétaire Général de la mairie a signé l'arrêté hier soir. \
            Elle a été nommée Directrice Artistique de la compagnie en mars. \
            La Conseillère Municipale a présenté le budget aux habitants.
            """
        let entities = try entityList(text)
        #expect(!entities.contains { $0.hasPrefix("Secrétaire") })
        #expect(!entities.contains { $0.hasPrefix("Directrice") })
        #expect(!entities.contains { $0.hasPrefix("Conseillère") })
    }

    @Test("A lone capitalised role names nothing; a name after the role stays a person")
    func loneRoleAndPerson() throws {
        let lone = try entityList("Le dossier a été transmis au Procureur dès lundi.")
        #expect(!lone.contains { $0.hasPrefix("Procureur") })
        let person = try entityList("Le Président Macron a reçu les maires à l'Élysée.")
        #expect(person.contains("Macron/PER"))
    }
}
