import Parole
import Testing

/// The later portfolios of a role that lists several name no organisation.
@Suite("Portfolio lists")
struct PortfolioListTests {
    @Test("Every portfolio of a listed role is no name")
    func listedPortfolios() throws {
        let entities = try entityList(
            "La ministre de l'Agriculture, de la Pêche et de la Souveraineté alimentaire, Agnès Morel, "
                + "a visité la ferme. Le ministre camerounais des Forêts, de la Faune et des Sports a reçu "
                + "la délégation.")
        #expect(entities == ["Agnès Morel/PER"])
    }

    @Test("A body's head noun in the list keeps the organisation")
    func bodiesStay() throws {
        let entities = try entityList(
            "Le ministre de l'Intérieur, de la Décentralisation et de la Garde nationale, Issa Maïga, "
                + "a présidé la cérémonie.")
        #expect(entities == ["Garde nationale/ORG", "Issa Maïga/PER"])
    }
}
