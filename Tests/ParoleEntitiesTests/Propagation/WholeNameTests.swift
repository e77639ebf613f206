import Parole
import Testing

/// A name the document gives whole once is that name wherever its words come again.
@Suite("Whole names")
struct WholeNameTests {
    @Test("A headline's split name takes the whole name the body defines with its acronym")
    func splitHeadline() throws {
        let text = """
            Grève à la Compagnie de bateaux sur les lacs de Joux et Brenet

            Les employés de la Compagnie de bateaux sur les lacs de Joux et Brenet (CBLJB) ont \
            cessé le travail lundi matin.
            """
        let entities = try entityList(text)
        #expect(entities.filter { $0 == "Compagnie de bateaux sur les lacs de Joux et Brenet/ORG" }.count == 2)
        #expect(!entities.contains("Joux/LOC"))
        #expect(!entities.contains("Compagnie de bateaux/ORG"))
    }

    @Test("A name whose own article a rule found elsewhere keeps it everywhere, with its label")
    func articleOfTheName() throws {
        let text = """
            Les Nuits Lumineuses attirent la foule

            Des milliers de visiteurs se pressaient samedi au festival Les Nuits Lumineuses, \
            installé sur les quais.
            """
        let entities = try entityList(text)
        #expect(entities.filter { $0 == "Les Nuits Lumineuses/MISC" }.count == 2)
        #expect(!entities.contains("Nuits Lumineuses/ORG"))
    }

    @Test("Other words are no occurrence: a shorter name of the body stays as written")
    func otherWords() throws {
        let text = """
            La Banque centrale européenne a relevé ses taux. La Banque centrale a justifié sa \
            décision. Selon la Banque centrale européenne, l'inflation recule.
            """
        let entities = try entityList(text)
        #expect(entities.filter { $0 == "Banque centrale européenne/ORG" }.count == 2)
        #expect(entities.contains("Banque centrale/ORG"))
    }

    @Test("A surname that opens its sentence with its particle keeps it, as the full name writes it")
    func particleHead() throws {
        let text = """
            Le député Hervé de Vaucelles a quitté la séance. De Vaucelles reproche au gouvernement \
            son silence. Nadia Le Goff, sa suppléante, l'approuve. Le Goff siège depuis 2022.
            """
        let entities = try entityList(text)
        #expect(entities.contains("De Vaucelles/PER"))
        #expect(entities.contains("Le Goff/PER"))
        #expect(!entities.contains("Vaucelles/PER") && !entities.contains("Goff/PER"))
    }
}
