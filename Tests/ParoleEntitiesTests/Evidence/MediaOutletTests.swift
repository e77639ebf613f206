import Parole
import Testing

/// An unknown name after a verb of saying or a press noun and `au`, `à la` is an outlet.
@Suite("Media outlets")
struct MediaOutletTests {
    @Test("The addressee of a verb of saying, after `au`")
    func speechVerb() throws {
        #expect(
            try entityList("Des riverains ont affirmé au Courrier que le chantier les empêchait de dormir.")
                == ["Courrier/ORG"])
    }

    @Test("A journalist's paper, an adjective between noun and `au`")
    func pressNoun() throws {
        let entities = try entityList(
            "« Le dossier est vide », estime Claire Vandamme, journaliste judiciaire au Quotidien.")
        #expect(entities.contains("Quotidien/ORG"))
    }

    @Test("A date between commas between the verb and `à la`")
    func insertBetween() throws {
        #expect(
            try entityList("Le porte-parole avait déclaré, le 3 mars dernier, à la Gazette que l'enquête avançait.")
                == ["Gazette/ORG"])
    }

    @Test("A known place stays one; a verb that makes no incise names no outlet")
    func placesStay() throws {
        let entities = try entityList(
            "Le ministre a déclaré au Caire que les négociations reprendraient. Sa visite prévue au Fenua a été reportée."
        )
        #expect(entities == ["Caire/LOC", "Fenua/LOC"])
    }

    @Test("A known place named with its article, or a venue's head, stays a place")
    func articlePlacesStay() throws {
        let text = """
            Le maire a déclaré au Havre que le port serait agrandi. \
            L'avocat a expliqué au Palais que son client était innocent.
            """
        #expect(try entityList(text) == ["Havre/LOC", "Palais/LOC"])
    }
}
