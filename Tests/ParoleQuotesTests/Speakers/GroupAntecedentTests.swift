import Parole
import Testing

/// A plural pronoun that speaks names the group that was the subject before it: a
/// count of people (`une trentaine de commerçants`), a share of a group (`la plupart des
/// habitants`), or two organisations joined by `et`; a singular one names a person
/// called by a common noun (`cet individu`).
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
}
