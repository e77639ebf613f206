import Parole
import Testing

/// Dialogue turns opened by dashes, as novels write them; dashed lists are not speech.
@Suite("Dialogue")
struct DialogueTests {
    @Test("Dash lines are direct speech, less their incises")
    func turns() throws {
        let text = """
            La voiture s'arrêta devant l'auberge.
            — Cela sera-t-il bien long ? demanda le laquais.
            — C'est l'affaire d'une heure, répondit le postillon ; nous allons manger l'avoine.
            """
        let found = try quotes(text)
        #expect(
            found.map(\.text) == [
                "Cela sera-t-il bien long ?", "C'est l'affaire d'une heure", "nous allons manger l'avoine.",
            ])
        #expect(found.allSatisfy { $0.kind == .direct })
    }

    @Test("Turns that run on after a sentence")
    func runOn() throws {
        let text = "Elle n'avait pas insisté. -- À quoi penses-tu ? lui demanda-t-il. -- À rien, répondit-elle."
        #expect(try quotes(text).map(\.text) == ["À quoi penses-tu ?", "À rien"])
    }

    @Test("A dashed list in news is not dialogue")
    func list() throws {
        let text = """
            Le plan prévoit trois mesures :
            – le gel des loyers pendant un an ;
            – une aide de 500 euros aux étudiants ;
            – la gratuité des transports.
            """
        #expect(try quotes(text).isEmpty)
    }
}
