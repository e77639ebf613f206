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

    @Test("A quote that makes the whole title takes the speaker of the later quote that repeats it")
    func titleRepeatedInTheText() throws {
        let text = """
            « Nous reconstruirons le pont »
            Trois mois après la crue, le village de Saint-Aubin attend toujours les travaux.
            « Les habitants font de longs détours chaque jour. Nous reconstruirons le pont avant l'hiver », a promis la bourgmestre Nadia Ferrand.
            """
        #expect(try quote(text, startingWith: "Nous reconstruirons le pont")?.speaker == "Nadia Ferrand")
    }

    @Test("An intertitle that a later quote repeats stays the editor's words")
    func intertitleRepeatedStaysUnattributed() throws {
        let text = """
            Le village de Saint-Aubin attend toujours les travaux, trois mois après la crue.

            « Un long détour »

            « Les habitants font un long détour chaque jour », a regretté la bourgmestre Nadia Ferrand.
            """
        #expect(try quote(text, startingWith: "Un long détour")?.speaker == nil)
    }

    @Test("A title that no later quote repeats keeps no speaker")
    func titleNotRepeated() throws {
        let text = """
            « Une saison à oublier »
            « Nous avons perdu trop de points à domicile », a reconnu l'entraîneur Marc Dufour.
            """
        #expect(try quote(text, startingWith: "Une saison")?.speaker == nil)
    }

    @Test("A quote under a heading that names nobody goes on from the paragraph above the heading")
    func quoteUnderHeading() throws {
        let text = """
            Le maire de Saint-Aubin a tenu lundi sa conférence de presse de rentrée. Paul Roussel s'est exprimé sur plusieurs dossiers. Quelques extraits.

            Le budget

            « Nous tiendrons nos engagements sans augmenter les impôts. »

            Les écoles

            « Deux classes ouvriront en septembre dans le quartier de la gare. »
            """
        #expect(try quote(text, startingWith: "Nous tiendrons")?.speaker == "Paul Roussel")
        #expect(try quote(text, startingWith: "Deux classes")?.speaker == "Paul Roussel")
    }

    @Test("A quote under a heading that names someone by a noun does not go on from above")
    func quoteUnderHeadingNamingSomeone() throws {
        let text = """
            L'entraîneur Marc Faure a présenté mardi sa liste pour le match de samedi.

            La réponse du président du club

            « Je lui fais entièrement confiance pour la fin de saison. »
            """
        #expect(try quote(text, startingWith: "Je lui fais")?.speaker != "Marc Faure")
    }

    @Test("A quote under an intertitle quotation goes on from the paragraph above it")
    func quoteUnderIntertitleQuotation() throws {
        let text = """
            L'entraîneur Marc Dufour a présenté mardi la liste des joueurs retenus pour le tournoi. Mais aussi ses projets pour la saison.

            « Il faut ouvrir le groupe à de nouveaux joueurs et préparer la suite »

            « Une équipe évolue. Nous avons appelé trois jeunes joueurs qui le méritent. »
            """
        #expect(try quote(text, startingWith: "Une équipe évolue")?.speaker == "Marc Dufour")
    }

    @Test("A quotation alone on its line takes the speaker of the later quote that repeats it, not the context's")
    func lineQuoteEchoedBelow() throws {
        let text = """
            Les agriculteurs de la FDSEA ont manifesté vendredi devant la préfecture du Mans. « Nous sommes à \
            bout », a lancé Marie Dubois, présidente du syndicat départemental.

            « On s'aperçoit que depuis trois semaines, rien n'avance »

            Paul Martin, un éleveur de la Sarthe, a pris la parole devant les grilles. « On s'aperçoit que depuis \
            trois semaines, rien n'avance », a-t-il déclaré.
            """
        let speakers = try quotes(text).filter { $0.text.hasPrefix("On s'aperçoit") }.map(\.speaker)
        #expect(speakers == ["Paul Martin", "Paul Martin"])
    }

    @Test("A quotation alone on its line that repeats a quote above, or whose speaker opens the line below, keeps them")
    func lineQuoteEchoedAboveOrOpeningBelow() throws {
        let above = """
            La ministre de la Santé, Agnès Firmin, a présenté son plan lundi. « L'hôpital n'est pas à vendre », \
            a-t-elle martelé.

            « L'hôpital n'est pas à vendre »

            Le député Louis Carrel s'en est moqué : « L'hôpital n'est pas à vendre, mais il est déjà bradé », a-t-il \
            ironisé.
            """
        let repeated = try quotes(above).filter { $0.text == "L'hôpital n'est pas à vendre" }.map(\.speaker)
        #expect(repeated.count == 2 && repeated.allSatisfy { $0 != "Louis Carrel" })
        let below = """
            La ministre Agnès Firmin a présenté son plan lundi à Paris.

            « L'hôpital n'est pas à vendre »

            Agnès Firmin a martelé ce message devant les soignants.

            Le député Louis Carrel s'en est moqué : « L'hôpital n'est pas à vendre, mais il est déjà bradé », a-t-il \
            ironisé.
            """
        let opening = try quotes(below).first { $0.text == "L'hôpital n'est pas à vendre" }
        #expect(opening != nil && opening?.speaker != "Louis Carrel")
    }
}
