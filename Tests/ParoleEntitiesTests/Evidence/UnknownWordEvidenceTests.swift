import Parole
import Testing

/// Evidence for a lone unknown word: its ending, its shape, the noun its `de` follows,
/// and the document's other mentions.
@Suite("Evidence for unknown words")
struct UnknownWordEvidenceTests {
    @Test("A word ending with a company's word is a company")
    func companyWords() throws {
        #expect(try hasEntity("Le lancement a été confirmé par Orbitaspace mardi.", "Orbitaspace", "ORG"))
        #expect(try hasEntity("Le tour de table compte la participation de Bpifrance.", "Bpifrance", "ORG"))
    }

    @Test("An acronym joined to a word by a hyphen is a union's branch, a dateline in capitals a place")
    func acronymBranches() throws {
        #expect(try hasEntity("Sa collègue de SUD-Rail, Fanny Morel, a refusé.", "SUD-Rail", "ORG"))
        #expect(try hasEntity("BAR-LE-DUC. Un accident a fait un mort.", "BAR-LE-DUC", "LOC"))
    }

    @Test("A person's or a body's noun before de names no place")
    func personComplements() throws {
        #expect(try hasEntity("Le pays a vécu sous la dictature de Vargaszky pendant vingt ans.", "Vargaszky", "PER"))
        let entities = try entityList("Il a exposé aux côtés de Morvanet et de Pellestri avant de disparaître.")
        #expect(entities == ["Morvanet/PER", "Pellestri/PER"])
        #expect(try hasEntity("Les pêcheurs longent les côtes de Bretagne.", "Bretagne", "LOC"))
    }

    @Test("A distance names a place, and a default yields to it elsewhere")
    func cuedGuessesWin() throws {
        let text =
            "Les combats ont eu lieu à vingt kilomètres de Kalenga. Le trafic reliant Kalenga à Bukoba est suspendu."
        let document = try analyzeEntities(text)
        let kalenga = document.entities.filter { document.text(of: $0.span) == "Kalenga" }
        #expect(kalenga.count == 2)
        #expect(kalenga.allSatisfy { $0.label == .location })
    }

    @Test("A bare de outweighs no default elsewhere")
    func bareDeIsWeak() throws {
        let text = "On admire des œuvres de Pelloquin. Pelloquin peignait la mer."
        let document = try analyzeEntities(text)
        let labels = Set(document.entities.filter { document.text(of: $0.span) == "Pelloquin" }.map(\.label))
        #expect(labels.count == 1)
    }

    @Test("A dateline in capitals is a town, a heading in capitals is not")
    func datelines() throws {
        #expect(try hasEntity("Titre\nMONTVALLIER. _ Plusieurs coureurs ont chuté.", "MONTVALLIER", "LOC"))
        #expect(try !hasEntity("Fin.\nBILANS. Les équipes ont terminé.", "BILANS", "LOC"))
    }

    @Test("An agency's subject line in capitals before a slash names nothing, its town does")
    func subjectLines() throws {
        let text =
            "GUINEE-AGRICULTURE / Les récoltes de riz progressent\nDakar, 3 mars (APS) – Les paysans sont satisfaits."
        let entities = try entityList(text)
        #expect(!entities.contains { $0.hasPrefix("GUINEE") })
        #expect(entities.contains("Dakar/LOC"))
        #expect(try hasEntity("BAR-LE-DUC. Un accident a fait un mort.", "BAR-LE-DUC", "LOC"))
    }

    @Test("One works at a company, and two unknown words after an article make no person")
    func companiesByContext() throws {
        #expect(try hasEntity("Elle a fait un passage chez Brevatis avant de fonder sa société.", "Brevatis", "ORG"))
        #expect(try hasEntity("Le club a battu le Sporvik Dalgren en demi-finale.", "Sporvik Dalgren", "ORG"))
        #expect(try hasEntity("Le club a battu Sporvik Dalgren en demi-finale.", "Sporvik Dalgren", "PER"))
    }

    @Test("A heading is to a place")
    func headings() throws {
        #expect(try hasEntity("Le feu progressait en direction de la Muravka, poussé par le vent.", "Muravka", "LOC"))
        #expect(try !hasEntity("La direction de Renault a confirmé l'accord.", "Renault", "LOC"))
    }
}
