import Parole
import Testing

/// The territory a governor, a prefect or a high commissioner administers is a place.
@Suite("Territories of governors and prefects")
struct TerritoryRoleTests {
    @Test("The province after a governor is a place, not an organisation")
    func governorOfProvince() throws {
        let text = "Le gouverneur du Lomami, Jean Kabeya, a reçu mardi les chefs coutumiers de la région."
        let entities = try entityList(text)
        #expect(entities.contains("Lomami/LOC"))
        #expect(entities.contains("Jean Kabeya/PER"))
    }

    @Test("The department after a woman prefect is a place")
    func prefectOfDepartment() throws {
        let text = "Dans un communiqué, la préfète de la Nyanga a demandé aux éleveurs de rentrer leurs bêtes."
        #expect(try entityList(text) == ["Nyanga/LOC"])
    }

    @Test("A capitalised high commissioner is no name, and the province after it is a place")
    func highCommissionerOfProvince() throws {
        let text = "Le Haut-commissaire de la Comoé, Issa Traoré, a visité les écoles de Banfora."
        let entities = try entityList(text)
        #expect(entities.contains("Comoé/LOC"))
        #expect(!entities.contains { $0.hasPrefix("Haut-commissaire/") })
    }

    @Test("A governor of a bank keeps the bank an organisation")
    func governorOfBank() throws {
        let text = "Le gouverneur de la Banque de France a jugé l'inflation encore trop forte."
        #expect(try entityList(text) == ["Banque de France/ORG"])
    }
}
