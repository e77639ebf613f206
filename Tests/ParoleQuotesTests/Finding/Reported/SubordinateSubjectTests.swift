import Parole
import Testing

/// A speech verb right after the subject of a clause that `si`, `quand` or `lorsque` opens
/// is that clause's verb: its object (`les autorités`) is no inverted subject, and the
/// words before it are no report (`On ignore si l'entreprise a informé les autorités.`).
/// A question whose subject comes before an inverted pronoun (`Le maire, X, a-t-il dit
/// que …`) reports no words before the verb either.
@Suite("Speech verbs of subordinate clauses and questions")
struct SubordinateSubjectTests {
    @Test("si and its subject before a speech verb")
    func afterSi() throws {
        #expect(try quotes("Les enquêteurs cherchent à savoir si l'entreprise a informé les autorités.").isEmpty)
        #expect(try quotes("On ignore si la société a prévenu la mairie.").isEmpty)
    }

    @Test("quand and its subject before a speech verb")
    func afterQuand() throws {
        #expect(try quotes("La question est de savoir quand l'entreprise a informé les autorités.").isEmpty)
    }

    @Test("A bare incise after a clause still reports it")
    func bareIncise() throws {
        let text = "Une hausse des tarifs est à prévoir dès janvier précise le service de communication."
        #expect(try quotes(text).map(\.text) == ["Une hausse des tarifs est à prévoir dès janvier"])
    }

    @Test("A question with its subject before a-t-il reports no subject")
    func complexInversion() throws {
        let text = "Le maire de Marseille, Benoît Payan, a-t-il déclaré que les policiers étaient dépassés ?"
        #expect(try !quotes(text).contains { $0.text.hasPrefix("Le maire") })
    }
}
