import Parole
import Testing

/// The subject of an incise or of a verb after its subject's appositions: asides,
/// complements and brackets between the verb and its subject, `on`, `qui`.
@Suite("Inverted subjects")
struct InvertedSubjectTests {
    @Test("An apposition with a bracket does not hide the subject")
    func bracketInApposition() throws {
        let text = """
            Le chercheur Paul Girard, installé depuis dix ans à Lyon avec une équipe du Centre national de la recherche \
            scientifique (CNRS), résume la situation : « Nous manquons de tout. »
            """
        #expect(try quote(text, startingWith: "Nous")?.speaker == "Paul Girard")
    }

    @Test("qui after an incise takes the incise's subject")
    func relativeAfterIncise() throws {
        let text = "« Je suis épuisé », a confié le Marseillais, qui a dit vouloir prendre du repos."
        #expect(try quote(text, startingWith: "vouloir")?.speaker == "le Marseillais")
    }

    @Test("An incise with on names nobody")
    func impersonalIncise() throws {
        let text = "Les pêcheurs ont manifesté samedi. « La mer est à tous », pouvait-on lire sur une pancarte."
        let found = try #require(try quote(text, startingWith: "La mer"))
        #expect(found.speaker == nil)
    }

    @Test("A name and its apposition before the verb are its subject, not an incise")
    func apposedSubject() throws {
        let text =
            "Marie Durand, présidente de l'Association des riverains (ADR), a appelé le maire à « revoir sa copie »."
        #expect(try quote(text, startingWith: "revoir")?.speaker == "Marie Durand")
    }

    @Test("A verb opening a segment after the subject's aside makes the words before an incise a clause")
    func verbAfterSubjectAside() throws {
        let text = "Le chauffeur, lui, est blessé, mais conscient, a indiqué la gendarmerie."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "Le chauffeur, lui, est blessé, mais conscient", "la gendarmerie", "indiquer")
            ])
        let modal = "La passagère, elle, a pu sortir seule, sans blessure, précisent les pompiers."
        #expect(
            try quote(modal, startingWith: "La passagère")
                == QuoteSummary(
                    .indirect, "La passagère, elle, a pu sortir seule, sans blessure", "les pompiers", "préciser"))
    }

    @Test("The subject after complements and asides between commas, with a role before the apposed name")
    func invertedSubjectAfterAsides() throws {
        let first =
            "« Nous avançons », a déclaré lors de l'ouverture des débats, à 9 h, le représentant de l'ONU, le juriste italien Marco Bellini."
        #expect(try quote(first, startingWith: "Nous")?.speaker == "Marco Bellini")
        // (The `dates` layer tells that `quelques minutes après` is a time.)
        var second = Document(
            id: "test",
            text: """
                « On n'a jamais lâché », a déclaré au micro de France Inter, quelques minutes après le coup de sifflet final, \
                l'attaquant lensois, qui a inscrit son huitième but.
                """)
        try StageRegistry.standard.pipeline(parsing: "tokenize,sentences,entities,dates,quotes").run(&second)
        let speaker = try #require(second.quotes.first?.speaker)
        #expect(second.text(of: speaker.span) == "l'attaquant lensois")
        let media = "« La sécheresse est historique », a expliqué à la radio Cadena SER la ministre, Elena Vidal Roca."
        #expect(try quote(media, startingWith: "La sécheresse")?.speaker == "Elena Vidal Roca")
        // A person's name after the medium's name, with no determiner, is the subject too.
        let person =
            "« Les stocks de vaccins suffiront jusqu'en mars », a indiqué à l'agence Belga Pierre Lambert, porte-parole du ministère."
        #expect(try quote(person, startingWith: "Les stocks")?.speaker == "Pierre Lambert")
    }

    @Test("Words read in a document are its author's")
    func readInDocument() throws {
        let text =
            "Les critiques pleuvent. « On a déjà entendu ces promesses », peut-on lire dans un éditorial du quotidien Le Monde."
        #expect(try quote(text, startingWith: "On a déjà")?.speaker == "Le Monde")
    }

    @Test("A subject set off from its verb by a comma alone is the incise's subject")
    func subjectAfterComma() throws {
        let context = "La maire de la commune, Sophie Lambert, a inauguré la nouvelle école lundi.\n\n"
        let name = context + "« Nous avons attendu ce bâtiment pendant dix ans », a confié, Marc Dubreuil."
        #expect(try quote(name, startingWith: "Nous avons")?.speaker == "Marc Dubreuil")
        let apposed =
            context
            + "« Les enfants seront enfin au chaud cet hiver », fait remarquer, un des notables du village, Paul Mercier."
        #expect(try quote(apposed, startingWith: "Les enfants")?.speaker == "Paul Mercier")
        let comme =
            context
            + "Bref comme l’a rappelé, le directeur régional Alain Moreau, « les travaux ne font que commencer. »"
        #expect(
            try quote(comme, startingWith: "les travaux")
                == QuoteSummary(.direct, "les travaux ne font que commencer.", "Alain Moreau", "rappeler"))
    }

    @Test("An unquoted clause after a lead word and an inverted incise is the reported clause")
    func clauseAfterLeadIncise() throws {
        let text = "Le chantier a pris du retard, mais précise-t-elle, la nouvelle école ouvrira bien en septembre."
        #expect(
            try quotes(text).map(\.text) == ["la nouvelle école ouvrira bien en septembre"])
        let relative =
            "Les gendarmes ont retrouvé les deux randonneurs qui, dit-on, s'étaient perdus dans le brouillard."
        #expect(
            try quotes(relative) == [
                QuoteSummary(.indirect, "s'étaient perdus dans le brouillard", nil, "dire")
            ])
    }

    @Test("An unquoted clause split by an inverted incise is reported whole, with the incise")
    func clauseSplitByIncise() throws {
        let text = "La réunion du conseil, a-t-il annoncé, se tiendra désormais le mardi soir."
        #expect(
            try quotes(text).map(\.text) == [
                "La réunion du conseil, a-t-il annoncé, se tiendra désormais le mardi soir"
            ])
        let infinitive = "Son but est de convaincre, a-t-elle expliqué devant les élus, tous les habitants du quartier."
        #expect(
            try quotes(infinitive).map(\.text) == [
                "Son but est de convaincre, a-t-elle expliqué devant les élus, tous les habitants du quartier"
            ])
        let complement = "Le trafic restera perturbé, a-t-il prévenu, jusqu'à jeudi."
        #expect(try quotes(complement).map(\.text) == ["Le trafic restera perturbé"])
    }
}
