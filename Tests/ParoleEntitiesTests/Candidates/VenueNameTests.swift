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
}
