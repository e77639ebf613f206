import Parole
import Testing

/// The speaker in focus: a direct quote that neither its sentence nor its paragraph
/// attributes takes the speaker of the nearest attributed quote before it, unless the
/// article has named someone else in between or moved too far on.
@Suite("Speaker in focus")
struct SpeakerFocusTests {
    @Test("A quote after a sentence with no speech verb keeps the speaker quoted just before")
    func quoteAfterNarration() throws {
        let text = """
            « Il faut revoir la circulation sur la place », explique le bourgmestre, Hugues Lambert.

            Deux arguments sont avancés. D'abord, la sécurité. « Les trottoirs sont trop étroits pour les poussettes. »
            """
        #expect(try quote(text, startingWith: "Les trottoirs")?.speaker == "Hugues Lambert")
    }

    @Test("A quote after a participle and a colon keeps the speaker in focus")
    func quoteAfterParticipleColon() throws {
        let text = """
            « La situation est sous contrôle dans la région », a assuré le ministre Karim Bensaïd devant les députés.

            Interrogé à propos de la sécurité aux frontières : « Nos frontières sont sécurisées grâce à l'armée. »
            """
        #expect(try quote(text, startingWith: "Nos frontières")?.speaker == "Karim Bensaïd")
    }

    @Test("Another person named in between ends the focus")
    func anotherPersonEndsFocus() throws {
        let text = """
            « La situation est sous contrôle dans la région », a assuré le ministre Karim Bensaïd devant les députés.

            La séance s'est poursuivie avec Mourad Haddad, élu de l'opposition, puis avec le vote du budget.

            Interrogé à propos de la sécurité aux frontières : « Nos frontières sont sécurisées grâce à l'armée. »
            """
        #expect(try quote(text, startingWith: "Nos frontières")?.speaker != "Karim Bensaïd")
    }

    @Test("The focus does not reach across many paragraphs")
    func focusHasAReach() throws {
        let text = """
            « La situation est sous contrôle dans la région », a assuré le ministre Karim Bensaïd devant les députés.

            Le budget a été voté dans la soirée.

            Les travaux reprendront mardi.

            La presse n'a pas eu accès à la salle.

            La séance a été levée à minuit.

            « Nos frontières sont sécurisées grâce à l'armée. »
            """
        #expect(try quote(text, startingWith: "Nos frontières")?.speaker == nil)
    }
}
