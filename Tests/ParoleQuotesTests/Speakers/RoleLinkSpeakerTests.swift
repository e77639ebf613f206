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

    @Test("A role with other complements names no one linked to the same noun")
    func otherComplements() throws {
        let text = """
            Le ministre béninois des Finances, Romuald Wadagni, a fait savoir que la croissance atteindrait 6 %.

            Le ministre togolais de la Communication a promis que les élections se tiendraient « dans la transparence ».
            """
        let speaker = try speakerWords(text, startingWith: "les élections")
        #expect(speaker?.canonical != "Romuald Wadagni")
    }

    @Test("A role with a complement of the linked role names that person")
    func sharedComplement() throws {
        let text = """
            Le ministre béninois des Finances, Romuald Wadagni, a fait savoir que la croissance atteindrait 6 %.

            Le ministre des Finances a ajouté que l'inflation restait « maîtrisée ».
            """
        let speaker = try speakerWords(text, startingWith: "l'inflation")
        #expect(speaker?.canonical == "Romuald Wadagni")
    }

    @Test("Le Premier ministre does not name a later minister of finance")
    func premierMinistre() throws {
        let text = """
            Le Premier ministre François Legault a défendu mardi sa décision.

            Ottawa a confirmé jeudi que les transferts seraient bonifiés. Le ministre fédéral des Finances a \
            précisé que l'entente serait signée « sous peu ».
            """
        let speaker = try speakerWords(text, startingWith: "l'entente")
        #expect(speaker?.canonical != "François Legault")
    }

    @Test("A role in apposition before a title and a name names that person")
    func titledApposition() throws {
        let text = """
            Le porte-parole de l'armée nigérienne, le colonel Amadou Issa, a dénoncé « une campagne de \
            désinformation » visant les troupes déployées dans la région de Tillabéri.
            """
        let speaker = try speakerWords(text, startingWith: "une campagne")
        #expect(speaker?.canonical == "Amadou Issa")
        let general = """
            La porte-parole de l'état-major, la générale Claire Morel, a affirmé que les frappes avaient \
            visé « des positions militaires ».
            """
        #expect(try speakerWords(general, startingWith: "des positions")?.canonical == "Claire Morel")
    }

    @Test("A list of roles and names links no role to the next name")
    func titledList() throws {
        let text = """
            Le maire de Namur, le préfet Jean Roux, le recteur et les élus ont visité le chantier. \
            « Les travaux seront finis en juin », a assuré le maire de Namur.
            """
        let speaker = try speakerWords(text, startingWith: "Les travaux")
        #expect(speaker?.canonical != "Jean Roux")
    }

    @Test("A name after à is the one told, not a role's name")
    func toldName() throws {
        let text = "Le suspect a été placé en garde à vue, a indiqué le parquet de Lille à l'AFP."
        let speaker = try speakerWords(text, startingWith: "Le suspect")
        #expect(speaker?.words == "le parquet de Lille")
        #expect(speaker?.canonical != "AFP")
        let paper = "« Le dossier est clos », a confié la préfecture du Nord au Parisien."
        #expect(try speakerWords(paper, startingWith: "Le dossier")?.canonical != "Le Parisien")
    }
}
