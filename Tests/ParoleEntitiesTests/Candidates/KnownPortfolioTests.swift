import Parole
import Testing

/// A known organisation name after a minister's title is the portfolio, no entity.
@Suite("Known portfolios")
struct KnownPortfolioTests {
    @Test("After `ministre`, `ministres` or `chargé de`, a known name is the portfolio")
    func portfolioAfterRole() throws {
        let text = """
            Le Ministre de l’Education Nationale, Dr Ibrahim Sani, a lancé les épreuves. \
            Le Ministre chargé de l’Education Nationale a rassuré les parents. \
            Les ministres de l'Éducation nationale Paul Ravenel et du Travail Léa Fontenay restent.
            """
        #expect(try entityList(text) == ["Ibrahim Sani/PER", "Paul Ravenel/PER", "Léa Fontenay/PER"])
    }

    @Test("The body alone, or after a role that may take a body, stays an organisation")
    func bodyStays() throws {
        let text = """
            L'Éducation nationale a recruté 3000 enseignants. \
            Le commissaire de l'Union africaine était présent.
            """
        #expect(try entityList(text) == ["Éducation nationale/ORG", "Union africaine/ORG"])
    }
}
