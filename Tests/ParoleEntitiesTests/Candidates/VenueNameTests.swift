import Parole
import Testing

/// Centres and complexes named after what is held or sold there are places.
@Suite("Venue names")
struct VenueNameTests {
    @Test("A centre or complex with a venue word is a place")
    func venues() throws {
        let text = """
            Les travaux du Centre commercial de Beaulieu commenceront en mars. \
            Les joueurs ont pris leurs quartiers au Complexe Omnisports Ndoumbé. \
            Les voitures stationnent près du centre commercial Grand Horizon.
            """
        #expect(
            try entityList(text) == [
                "Centre commercial de Beaulieu/LOC", "Complexe Omnisports Ndoumbé/LOC", "Grand Horizon/LOC",
            ])
    }

    @Test("A body without a venue word, and a sports club, stay organisations")
    func bodiesStay() throws {
        let text = """
            Le Centre national d'études spatiales a lancé un satellite. \
            L'Union sportive de Ouakam a gagné.
            """
        #expect(try entityList(text) == ["Centre national d'études spatiales/ORG", "Union sportive de Ouakam/ORG"])
    }

    @Test("A centre named by a bare name, in French or English order, is the building")
    func sponsoredCentres() throws {
        let text = """
            Le gala de boxe aura lieu au Centre Malvaux samedi. \
            Les délégués ont voté au Lakeview Centre pendant deux jours. \
            Le Nouveau Centre présentera une liste aux municipales. \
            Le Centre hospitalier recrute des infirmiers.
            """
        #expect(
            try entityList(text) == [
                "Centre Malvaux/LOC", "Lakeview Centre/LOC", "Nouveau Centre/ORG", "Centre hospitalier/ORG",
            ])
    }

    @Test("A name headed by a building noun is the building, not a body")
    func buildingHeads() throws {
        let text = """
            Les députés ont prêté serment au Manège provincial de Liège. \
            La pièce sera jouée au Théâtre de Carouge jusqu'en mai. \
            Le chanteur remplira le Zénith de Strasbourg en novembre.
            """
        #expect(
            try entityList(text) == [
                "Manège provincial de Liège/LOC", "Théâtre de Carouge/LOC", "Zénith de Strasbourg/LOC",
            ])
    }

    @Test("A stadium with a name of its own is in the town after it; one named by its town keeps it")
    func stadiumInTown() throws {
        #expect(
            try entityList("La finale aura lieu au stade Ahmadou Ahidjo de Yaoundé samedi.") == [
                "stade Ahmadou Ahidjo/LOC", "Yaoundé/LOC",
            ])
        #expect(
            try entityList("Les supporters ont rempli le Stade Mohammed V de Casablanca.") == [
                "Stade Mohammed V/LOC", "Casablanca/LOC",
            ])
        #expect(
            try entityList("Le concert se tiendra au Palais des Sports de Dakar puis au Théâtre national de Bretagne.")
                == ["Palais des Sports de Dakar/LOC", "Théâtre national de Bretagne/LOC"])
    }

    @Test("A first name before de is a person's particle, not the stadium's town")
    func stadiumNamedAfterPerson() throws {
        #expect(
            try entityList("Le tournoi a lieu au stade Jean de Bologne depuis lundi.") == ["stade Jean de Bologne/LOC"])
    }
}
