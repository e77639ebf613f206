import Parole
import Testing

/// A speech verb after `pouvoir` or `devoir` in the conditional says what might or should
/// have been said, not what was: no quote. The past and the present still report.
@Suite("Speech verbs after a conditional modal")
struct PossibleReportTests {
    @Test(
        "A conditional modal reports nothing",
        arguments: [
            "Le porte-parole de la police aurait pu déclarer que l'enquête était close.",
            "Le maire de Liège aurait dû annoncer que la piscine fermait.",
            "Le gouvernement pourrait annoncer que les loyers seront gelés dès janvier.",
            "Les ministres devraient confirmer que le sommet aura lieu à Dakar.",
        ])
    func conditional(text: String) throws {
        #expect(try quotes(text).isEmpty)
    }

    @Test("The past and the present of the modal still report")
    func pastAndPresent() throws {
        let past = "Le préfet a pu confirmer que les digues avaient tenu."
        #expect(try quotes(past).map(\.text) == ["les digues avaient tenu"])
        let present = "La directrice peut affirmer que personne n'a été blessé."
        #expect(try quotes(present).map(\.text) == ["personne n'a été blessé"])
    }
}
