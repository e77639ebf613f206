import Parole
import Testing

/// `selon nos sources`: the reporter's informants are the source; `selon nos
/// informations` names no one.
@Suite("Reporter's sources")
struct ReporterSourceTests {
    @Test("Selon nos sources names the informants")
    func sources() throws {
        let text = "Selon nos sources, le directeur de l'hôpital a remis sa démission vendredi."
        #expect(
            try quotes(text).map(\.speaker) == ["nos sources"])
    }

    @Test("Selon nos informations names no one")
    func informations() throws {
        let text = "Selon nos informations, le directeur de l'hôpital a remis sa démission vendredi."
        #expect(try quotes(text).allSatisfy { $0.speaker == nil })
    }
}
