import Parole
import Testing

/// A role phrase that the document ties to a person's name names that person: a role
/// ending in a place right before the name, and a role followed by the name in apposition.
@Suite("Role phrases linked to a named person")
struct RoleLinkSpeakerTests {
    @Test("Le préfet after le préfet de la Gironde Name, with no comma")
    func roleEndingInPlace() throws {
        let text = """
            Le préfet de la Gironde Étienne Guillaumot a réuni les maires du bassin jeudi. \
            « Nous ne relâcherons pas la surveillance des digues », a assuré le préfet lors d'un point presse.
            """
        let speaker = try speakerWords(text, startingWith: "Nous ne relâcherons")
        #expect(speaker?.canonical == "Étienne Guillaumot")
    }

    @Test("A role followed by the name in apposition after the speech verb")
    func apposedNameAfterRole() throws {
        let text = """
            « Les deux réseaux se fournissaient chez le même grossiste », a déclaré le commissaire \
            et chef de la brigade des stupéfiants à la PJ, Aurélien Fabre, en conférence de presse.
            """
        let speaker = try speakerWords(text, startingWith: "Les deux réseaux")
        #expect(speaker?.canonical == "Aurélien Fabre")
    }

    @Test("A role with another person named later keeps its own words")
    func laterNameElsewhere() throws {
        let text = """
            « Le budget sera voté en mars », a déclaré le maire de Lille. \
            Plus tard, Claire Duval a répondu aux questions des habitants.
            """
        let speaker = try speakerWords(text, startingWith: "Le budget")
        #expect(speaker?.canonical != "Claire Duval")
    }
}
