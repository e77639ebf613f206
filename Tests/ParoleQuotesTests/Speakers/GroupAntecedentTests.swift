import Parole
import Testing

/// A plural pronoun that speaks names the group that was the subject before it: a
/// count of people (`une trentaine de commerçants`), a share of a group (`la plupart des
/// habitants`), or two organisations joined by `et`; a singular one names a person
/// called by a common noun (`cet individu`). A plural pronoun also takes up a collective
/// noun (`l'opposition`, `le front commun`) and persons coordinated as one subject.
@Suite("Group antecedents of speaking pronouns")
struct GroupAntecedentTests {
    @Test("A count of people is the plural subject an inverted ils refers to")
    func countOfPeople() throws {
        let text = """
            Une trentaine de commerçants se sont rassemblés mardi devant la mairie de Tours. \
            Ils protestaient contre la hausse des loyers du centre-ville.

            « C'est intenable », dénoncent-ils.
            """
        #expect(try quote(text, startingWith: "C'est intenable")?.speaker == "Une trentaine de commerçants")
    }

    @Test("A share of a group names the people it counts")
    func shareOfGroup() throws {
        let text = """
            La plupart des habitants du quartier refusent le projet de parking. \
            Ils estiment que la place doit rester piétonne.
            """
        #expect(try quote(text, startingWith: "la place doit")?.speaker == "La plupart des habitants du quartier")
    }

    @Test("Two organisations joined by et are the plural subject of the next sentence")
    func joinedOrganisations() throws {
        let text = """
            Le conseil municipal a voté la fermeture de la piscine. \
            La CGT et Force ouvrière contestent cette décision. \
            Ils affirment que le personnel n'a jamais été consulté.
            """
        let speaker = try quote(text, startingWith: "le personnel")?.speaker
        #expect(speaker?.contains("CGT") == true)
    }

    @Test("Cet individu is a person a later il refers to")
    func individual() throws {
        let text = """
            Jeudi, cet individu s'est expliqué devant le tribunal de police de Lausanne. \
            « Je regrette ce que j'ai fait », a-t-il déclaré.
            """
        #expect(try quote(text, startingWith: "Je regrette")?.speaker == "cet individu")
    }

    @Test("A share of a group after an adjective names the people it counts")
    func shareAfterAdjective() throws {
        let text = """
            Une bonne partie des riverains de la rocade jugent que le bruit est devenu insupportable.
            """
        #expect(try quote(text, startingWith: "le bruit")?.speaker == "Une bonne partie des riverains de la rocade")
    }

    @Test("A share of organisations is the plural subject an inverted ils refers to")
    func shareOfOrganisations() throws {
        let text = """
            À Lyon, la majorité des syndicats ont quitté la réunion avant la fin.             « Rien n'a été proposé », ont-ils regretté.
            """
        #expect(try quote(text, startingWith: "Rien n'a")?.speaker == "la majorité des syndicats")
    }

    @Test("A group whose complement names a person with a title speaks, not the person")
    func groupBeforeTitledName() throws {
        let text = """
            Dans la soirée, le personnel de M. Duchêne a indiqué que le maire reprendrait ses fonctions lundi.
            """
        #expect(try quote(text, startingWith: "le maire reprendrait")?.speaker == "le personnel de M. Duchêne")
    }

    @Test("A collective noun subject is what a plural pronoun takes up, whatever its gender")
    func collectiveSubject() throws {
        let text = """
            Au conseil municipal de Brest, l'opposition reproche au maire la multiplication des séances \
            extraordinaires. Le tout dans « la précipitation » et « l'opacité », disent-ils.
            """
        #expect(try quote(text, startingWith: "la précipitation")?.speaker == "l'opposition")
    }

    @Test("A collective subject of the next sentence is a leading plural pronoun's")
    func collectiveFollowingSubject() throws {
        let text = """
            « Ces mesures ne répondent pas à l'urgence dans les gares », dénoncent-ils. \
            Le front commun exige aussi l'embauche de trois cents agents.
            """
        #expect(try quote(text, startingWith: "Ces mesures")?.speaker == "Le front commun")
    }

    @Test("Persons coordinated as one subject are what a plural pronoun names")
    func coordinatedSubjects() throws {
        let text = """
            Le maire de Rennes, la préfète et le recteur ont signé mardi une lettre dans laquelle \
            ils assurent que les écoles rouvriront lundi.
            """
        #expect(
            try quote(text, startingWith: "les écoles")?.speaker == "Le maire de Rennes, la préfète et le recteur")
    }

    @Test("A collective yields to persons in the plural named after it, whom the pronoun may take up")
    func collectiveBeforePluralPersons() throws {
        let text = """
            Le syndicat a été reçu jeudi par les policiers, qui ont expliqué la procédure. \
            « Nous appliquons la loi », ont-ils souligné.
            """
        #expect(try quote(text, startingWith: "Nous appliquons")?.speaker != "Le syndicat")
        let object = """
            La délégation a rencontré les grévistes de la raffinerie pendant deux heures. \
            « On ne nous a rien proposé », regrettent-ils.
            """
        #expect(try quote(object, startingWith: "On ne nous")?.speaker != "La délégation")
    }

    @Test("Et between complements or before a singular verb coordinates no subjects")
    func noCoordinatedSubjects() throws {
        let complements = """
            L'avocat de Paul Martin et de Sophie Leroy a fait appel du jugement. \
            « Nos clients sont innocents », ont-ils répété.
            """
        #expect(try quote(complements, startingWith: "Nos clients")?.speaker != "Paul Martin et de Sophie Leroy")
        let company = """
            Le directeur de Procter et Gamble a présenté les résultats aux analystes. \
            « Les ventes progressent », ont-ils noté.
            """
        #expect(try quote(company, startingWith: "Les ventes")?.speaker != "Le directeur de Procter et Gamble")
    }
}
