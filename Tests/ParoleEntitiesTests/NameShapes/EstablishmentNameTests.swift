import Parole
import Testing

/// A school or a hospital named after a person is one organisation, its lowercase head
/// and adjectives included (`EstablishmentNames`).
@Suite("Establishment names")
struct EstablishmentNameTests {
    @Test("A person's name after a school's or a hospital's head names the body")
    func namedAfterPerson() throws {
        let text = """
            Les élèves du lycée professionnel Aimé Césaire ont manifesté devant la mairie. \
            Deux blessés ont été conduits à l'hôpital régional Patrice Lumumba dans la nuit. \
            La cantine du collège Simone Veil restera fermée jusqu'à lundi.
            """
        let entities = try entityList(text)
        #expect(entities.contains("lycée professionnel Aimé Césaire/ORG"))
        #expect(entities.contains("hôpital régional Patrice Lumumba/ORG"))
        #expect(entities.contains("collège Simone Veil/ORG"))
        #expect(!entities.contains("Aimé Césaire/PER"))
        #expect(!entities.contains("Patrice Lumumba/PER"))
    }

    @Test("A head in another noun's bare complement or a role's complement leaves the person alone")
    func headAsComplement() throws {
        let entities = try entityList("Un médecin d'hôpital Paul Girard a témoigné devant la commission.")
        #expect(entities.contains("Paul Girard/PER"))
        #expect(!entities.contains { $0.hasPrefix("hôpital") })
        // A role's complement before a first name: the name is who holds the role.
        let director = try entityList("La directrice du lycée Nathalie Brunet a fermé les grilles.")
        #expect(director.contains("Nathalie Brunet/PER"))
        #expect(!director.contains { $0.hasPrefix("lycée") })
    }
}
