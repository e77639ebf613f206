import Parole
import Testing

/// Legal acts named by their number, and the country's own constitution, are documents (MISC).
@Suite("Legal acts")
struct LegalActTests {
    @Test("A lowercase act noun with its number or year names the act")
    func numberedActs() throws {
        let entities = try entityList(
            """
            Les députés ont voté la loi organique 207.3 mardi. Le décret-loi 54 encadre la presse, \
            comme la loi de Finances 2019 avant lui. La loi votée hier sera contestée.
            """)
        #expect(entities == ["loi organique 207.3/MISC", "décret-loi 54/MISC", "loi de Finances 2019/MISC"])
    }

    @Test("The Constitution after la is a document; a new one is not named")
    func constitution() throws {
        let entities = try entityList(
            "Les sénateurs jugent la réforme conforme à la Constitution. L'opposition réclame une nouvelle Constitution."
        )
        #expect(entities == ["Constitution/MISC"])
    }
}
