import Parole
import Testing

/// A place written right after an organisation's name is the branch, edition or country
/// the body is named for: one organisation.
@Suite("Organisation branches")
struct OrganizationBranchTests {
    @Test("A station's regional edition is one name; a body's town after `de` stays a place")
    func regionalEdition() throws {
        let entities = try entityList(
            "Invitée de France Bleu Isère mardi, la maire de Grenoble a détaillé son budget. "
                + "La FDSEA de l'Isère a salué ces annonces.")
        #expect(entities.contains("France Bleu Isère/ORG"))
        #expect(entities.filter { $0 == "Isère/LOC" }.count == 1)
        #expect(entities.contains("FDSEA/ORG"))
    }

    @Test("Two places after the body, and a country after it, go on the name")
    func placesAndCountry() throws {
        let entities = try entityList(
            "Interrogé par France Bleu Drôme Ardèche, le préfet a défendu la fermeture du pont. "
                + "La Croix-Rouge Suisse a envoyé deux équipes au Valais.")
        #expect(entities.contains("France Bleu Drôme Ardèche/ORG"))
        #expect(entities.contains("Croix-Rouge Suisse/ORG"))
        #expect(entities.contains("Valais/LOC"))
        #expect(!entities.contains("Suisse/LOC"))
    }

    @Test("The body named alone and a place after a comma stay apart")
    func markBetween() throws {
        let entities = try entityList(
            "Selon Radio-Canada Acadie, le projet est suspendu. Le syndicat a écrit à Radio-Canada, Moncton "
                + "attend toujours une réponse.")
        #expect(entities.contains("Radio-Canada Acadie/ORG"))
        #expect(entities.contains("Moncton/LOC"))
    }
}
