import Parole
import Testing

/// Titles and names in quotation marks.
@Suite("Quoted titles")
struct QuotedTitleTests {
    @Test("After a naming word or a cue noun, capitals and elisions stay in the title")
    func namingWords() throws {
        let text = """
            Le groupe a présenté un plan de relance baptisé « Cap Avenir ». Une section intitulée « Vents d'ouest » \
            accueillera les courts métrages, et le film « La Longue Nuit » ouvrira le festival.
            """
        let entities = try entityList(text)
        #expect(entities == ["Cap Avenir/MISC", "Vents d'ouest/MISC", "La Longue Nuit/MISC"])
    }

    @Test("A journal after la revue is an organisation")
    func journal() throws {
        let entities = try entityList(
            "L'étude est parue dans la revue « Ecology Letters ». Elle est publiée par la revue Journal of Alpine Botany."
        )
        #expect(entities == ["Ecology Letters/ORG", "Journal of Alpine Botany/ORG"])
    }

    @Test("A known name inside a quoted title is part of it")
    func knownInside() throws {
        let entities = try entityList("Une exposition baptisée « Horizons lointains » ouvre samedi.")
        #expect(entities == ["Horizons lointains/MISC"])
    }

    @Test("An article and a capitalised word open a title")
    func articleTitle() throws {
        let entities = try entityList("Le prix a été décerné à « Les Renards de la dune », premier roman de l'autrice.")
        #expect(entities == ["Les Renards de la dune/MISC"])
    }

    @Test("Partial quotations are no titles")
    func speech() throws {
        let entities = try entityList("Il a qualifié le plan de « Une honte absolue » devant la presse.")
        #expect(entities.isEmpty)
    }

    @Test("A common noun and a name as its complement make a title, names inside included")
    func nounAndName() throws {
        let entities = try entityList("Le texte de la « Déclaration de Tunis » a été publié.")
        #expect(entities == ["Déclaration de Tunis/MISC"])
        #expect(try hasEntity("Le musée présente « Lumières du Nord » jusqu'en mai.", "Lumières du Nord", "MISC"))
    }

    @Test("Quotation marks typed twice open and close a title once")
    func doubledMarks() throws {
        let text = """
            Thiès, 3 mars (APS) – Le collectif ‘’Debout pour notre école’’ a rencontré le ministre. \
            Un porte-parole du mouvement ‘’Sunu Gox Bi’’, joint vendredi, a confirmé.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Debout pour notre école/ORG"))
        #expect(entities.contains("Sunu Gox Bi/ORG"))
        #expect(try entityList("Il dénonce une ‘’volonté de projection’’ du club.").isEmpty)
    }

    @Test("After a determiner, one unknown word, a number or an elided de in marks make a title")
    func determinerShapes() throws {
        #expect(try entityList("Les supporters attendent déjà le « Clasicorro » de dimanche.") == ["Clasicorro/MISC"])
        #expect(try entityList("Elle présentait le « Matinal 2 » sur la chaîne publique.") == ["Matinal 2/MISC"])
        #expect(
            try entityList("Le maire a reçu la « Citrouille d’honneur » des écologistes.")
                == ["Citrouille d’honneur/MISC"])
        // A function word still opens speech, not a title.
        #expect(try entityList("Selon lui, le « Pourquoi pas » du maire ne suffit pas.").isEmpty)
    }

    @Test("After a work noun, a title may be a sentence")
    func sentenceTitle() throws {
        #expect(
            try entityList("Son dernier livre « Demain sera plus doux » paraît en mars.")
                == ["Demain sera plus doux/MISC"])
    }
}
