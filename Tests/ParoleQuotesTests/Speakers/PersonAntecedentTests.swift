import Parole
import Testing

/// A singular pronoun that speaks names a person when one is at hand, not the
/// institution that was the subject of the sentence before.
@Suite("Person antecedents of speaking pronouns")
struct PersonAntecedentTests {
    @Test("An inverted il after a court's decision names the lawyer it scandalised")
    func lawyerOverCourt() throws {
        let text = """
            Si le tribunal les a relaxés des faits de violence, il retient contre eux le trouble à l'ordre public, \
            ce qui indigne Me Kouassi Yao, l'avocat de la défense.

            « On ne sait pas sur quoi repose cette condamnation, s'emporte-t-il. Rien n'a été démontré. »
            """
        #expect(try quote(text, startingWith: "On ne sait pas")?.speaker == "Kouassi Yao")
    }

    @Test("A place found as the antecedent of a speaking il yields to the mayor quoted before")
    func mayorOverPlace() throws {
        let text = """
            « Nous sommes prêts », a assuré mardi Gérard Lambert, maire de Sommières. « Les digues tiennent », \
            a-t-il ajouté.

            Le Vaucluse, où se trouve la commune, est toujours placé en vigilance rouge depuis lundi soir. \
            « On a été très surpris », a-t-il reconnu.
            """
        #expect(try quote(text, startingWith: "On a été")?.speaker == "Gérard Lambert")
    }

    @Test("A feminine pronoun names the woman the text shows, not a later person of unknown gender")
    func feminineOverUnknown() throws {
        let text = """
            Au moment d'écrire ces lignes, Mme Nadia Perrault recueillait 52 % des voix. Kwame Ossei a obtenu \
            7 % des voix exprimées.

            « Ce soir, les électeurs ont confirmé notre projet », a-t-elle lancé devant ses partisans.
            """
        #expect(try quote(text, startingWith: "Ce soir")?.speaker == "Nadia Perrault")
    }

    @Test("With no person in sight the institution stays the speaker")
    func institutionWithoutPerson() throws {
        let text = """
            Le tribunal administratif a rejeté le recours mardi.

            « La procédure n'a pas été respectée », estime-t-il dans sa décision.
            """
        #expect(try quote(text, startingWith: "La procédure")?.speaker == "Le tribunal administratif")
    }

    @Test("Words in the first person singular name the coach, not the country that was the subject")
    func firstPersonOverCountry() throws {
        let text = """
            Le sélectionneur de l'équipe locale, Moussa Kanté, a affirmé dimanche avoir préparé le tournoi depuis \
            des mois.

            Le Mali a obtenu sa qualification samedi soir grâce à une victoire sur la Guinée. La compétition se \
            tiendra en mars au Maroc.

            « J'ai construit ce groupe pas à pas, sans brûler les étapes », a-t-il expliqué devant la presse.
            """
        #expect(try quote(text, startingWith: "J'ai construit")?.speaker == "Moussa Kanté")
    }

    @Test("Words in the first person plural may be the country's")
    func firstPersonPluralKeepsCountry() throws {
        let text = """
            Le ministre Paul Roy a reçu les syndicats lundi. Le Maroc a rappelé son ambassadeur mardi. Les \
            discussions reprendront jeudi.

            « Notre position reste inchangée », a-t-il indiqué.
            """
        #expect(try quote(text, startingWith: "Notre position")?.speaker == "Maroc")
    }

    @Test("A country that reports keeps speaking through il")
    func reportingCountryKeepsSpeaking() throws {
        let text = """
            Le Premier ministre australien s'est rendu à Tokyo lundi. Le Japon a annoncé mardi de nouvelles \
            sanctions contre Pyongyang. « Ces mesures sont proportionnées », a-t-il précisé.
            """
        #expect(try quote(text, startingWith: "Ces mesures")?.speaker == "Japon")
    }

    @Test("What already spoke keeps speaking: a demonym that was the speaker just before")
    func earlierSpeakerKept() throws {
        let text = """
            La Française Julie Moreau a dominé la course de bout en bout. Partie en tête dès le premier tour, la \
            coureuse de l'équipe Azur a creusé l'écart dans la côte finale.

            « J'ai senti que les autres étaient fatiguées », a raconté la Française à l'arrivée. « C'est le plus \
            beau jour de ma vie », a-t-elle ajouté.
            """
        let first = try #require(try quote(text, startingWith: "J'ai senti")?.speaker)
        let speaker = try quote(text, startingWith: "C'est le plus beau")?.speaker
        #expect(speaker != "la coureuse de l'équipe Azur")
        #expect(speaker == first)
    }

    @Test("A pronoun names the person named right after a party's acronym, sentences later")
    func memberAfterParty() throws {
        let text = """
            L'UDC Markus Keller présente le bilan de son département. Parmi ses priorités, la réforme de la \
            fiscalité agricole. Il regrette toutefois « un manque de courage » au Grand Conseil.
            """
        #expect(try quote(text, startingWith: "un manque de courage")?.speaker == "Markus Keller")
    }

    @Test("A country that ends a person's role, read as the verb's subject, stands for the person")
    func roleHolderOverCountry() throws {
        let text = """
            Lundi, devant l'Assemblée, Aminata Sow, ministre de la Santé, de l'Action sociale et de la Solidarité \
            de la République du Niger a rappelé que le pays manquait de médecins dans les zones rurales.
            """
        #expect(try quote(text, startingWith: "le pays manquait")?.speaker == "Aminata Sow")
    }

    @Test("A country's institution in a sentence of its own keeps the clause")
    func institutionInItsOwnSentence() throws {
        let text = """
            Aminata Sow, ministre de la Santé, a visité l'hôpital. Le gouvernement de la République du Niger a \
            rappelé que le pays manquait de médecins.
            """
        let found = try #require(try quote(text, startingWith: "le pays manquait"))
        #expect(found.speaker == "Le gouvernement de la République du Niger")
    }

    @Test("A person named in passing in the pronoun's paragraph beats the subject of the paragraph before")
    func passingNameOverEarlierParagraph() throws {
        let text = """
            « La séance est suspendue pour dix minutes », a annoncé Paul Renard. M. Renard a ensuite quitté la salle.

            Au retour, les élus de l'opposition ont exprimé leur colère par Marc Garnier, chef du groupe. Il a \
            réclamé une suspension de séance. « Ce passage en force est inacceptable et nous ne voterons pas ce texte. »
            """
        #expect(try quote(text, startingWith: "Ce passage en force")?.speaker == "Marc Garnier")
    }

    @Test("A person named in a sentence with no verb is the antecedent of the next pronoun")
    func personOfVerblessSentence() throws {
        let text = """
            « Tout le monde est sous le choc », confie Eric Delmas, délégué syndical depuis vingt ans. \
            Même inquiétude chez Thomas Girard, vingt-huit ans, entré à l'usine à la sortie du lycée. Inquiet pour \
            son avenir, il est aussi en colère. « Je n'ai connu que cette usine, je me sens trahi. »
            """
        #expect(try quote(text, startingWith: "Je n'ai connu")?.speaker == "Thomas Girard")
    }

    @Test("A third-person pronoun inside a quotation is not the person quoted")
    func pronounInsideQuotation() throws {
        let text = """
            Lundi, le ministre Luc Verbeke a comparé les grévistes à des enfants gâtés.

            Le délégué syndical Marc Dufour lui répond. « Nos collègues travaillent de nuit depuis des mois. \
            Et il dit qu'ils sont gâtés ? C'est indigne », s'indigne-t-il.
            """
        #expect(try quote(text, startingWith: "ils sont gâtés")?.speaker == "Luc Verbeke")
        #expect(try quote(text, startingWith: "Nos collègues")?.speaker == "Marc Dufour")
    }
}
