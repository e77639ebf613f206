import Parole
import Testing

/// An aside between commas, even one with its own verb, between a speech verb and its `que`.
@Suite("Asides before que")
struct AsideBeforeQueTests {
    @Test("a comparative clause between commas leaves que to the speech verb")
    func comparativeAside() throws {
        #expect(
            try quotes("La maire a rappelé, comme elle le fait à chaque conseil, que le budget reste serré.") == [
                QuoteSummary(.indirect, "le budget reste serré", "La maire", "rappeler")
            ])
        #expect(
            try quotes("Le ministre a répété, comme il l'avait fait durant la campagne, que la réforme sera votée.")
                .map(\.text) == ["la réforme sera votée"])
    }

    @Test("an aside followed by anything but que reports nothing")
    func asideWithoutQue() throws {
        #expect(try quotes("Le ministre a répété, comme il l'avait fait durant la campagne, sa position.").isEmpty)
    }
}
