import Parole
import Testing

/// Quotes that fill their own paragraph take their speaker from the paragraph before:
/// a line that introduces them, or a quoted paragraph just before (a run).
@Suite("Quoted paragraphs")
struct QuotedParagraphTests {
    @Test("A run of quoted paragraphs after a colon line with a possessive")
    func runAfterPossessive() throws {
        let text = """
            Nathalie Berthier a défendu son budget devant le conseil municipal lundi soir.

            Voici quelques extraits de son discours :

            « Nous ne toucherons pas aux écoles. »

            « Les impôts locaux resteront stables cette année. »
            """
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["Nathalie Berthier", "Nathalie Berthier"])
    }

    @Test("A heading naming a person introduces the quoted paragraph under it")
    func heading() throws {
        let text = """
            Les entraîneurs ont réagi après la dernière journée du championnat.

            Le plus déçu : Olivier Lemaire (Grenoble)

            « Nous avons manqué de réalisme devant le but. »
            """
        #expect(try quotes(text).map(\.speaker) == ["Olivier Lemaire"])
    }

    @Test("A paragraph of narration ending with a full stop introduces no one")
    func narration() throws {
        let text = """
            Le stade était plein pour la venue de Marc Duval.

            « Quelle soirée ! »
            """
        #expect(try quotes(text).map(\.speaker) == [nil])
    }
}
