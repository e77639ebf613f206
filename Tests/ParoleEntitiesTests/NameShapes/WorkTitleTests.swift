import Parole
import Testing

/// Titles of works given by their apposition to a work noun, or after `intitulé` without
/// quotation marks, are MISC.
@Suite("Work titles")
struct WorkTitleTests {
    @Test("A title before a comma and a work noun, past its author's name")
    func titleBeforeNoun() throws {
        #expect(
            try entityList("Le jury a salué Sombre dimanche, film de guerre tourné en Espagne.")
                == ["Sombre dimanche/MISC", "Espagne/LOC"])
        #expect(
            try entityList("Le musée expose Pluie d'automne de Claire Vasseur, une toile peinte en 1952.")
                == ["Pluie d'automne/MISC", "Claire Vasseur/PER"])
    }

    @Test("A title between commas or marks after un, une and a work noun")
    func titleAfterNoun() throws {
        #expect(
            try entityList("La cinéaste montrera un documentaire, Sous la glace, tourné au Groenland.")
                == ["Sous la glace/MISC", "Groenland/LOC"])
        #expect(
            try entityList("Le maire lit un roman de Marguerite Duras, « Vent », chaque soir.")
                == ["Marguerite Duras/PER", "Vent/MISC"])
    }

    @Test("A title after intitulé without quotation marks")
    func titleAfterNaming() throws {
        #expect(
            try entityList("La radio lance une émission intitulée Les Matins du lac. Elle sera diffusée en semaine.")
                == ["Les Matins du lac/MISC"])
    }

    @Test("A sentence's first word, a known place or person and a verb make no title")
    func noTitle() throws {
        let entities = try entityList(
            """
            Hier, le film a été projeté en plein air. Le public de Cannes, le film terminé, a longuement \
            applaudi. Dans un livre, Nicolas Sarkozy, ancien président, raconte son enfance. Le porte-parole, \
            Paul Girard, livre une autre version des faits.
            """)
        #expect(entities == ["Cannes/LOC", "Nicolas Sarkozy/PER", "Paul Girard/PER"])
    }
}
