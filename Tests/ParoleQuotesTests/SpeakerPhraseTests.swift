import Parole
import Testing

/// Which words name a speaker, and which speaker: appositions, asides and complements
/// around the subject, organisations and their describing phrases, roles shown as
/// the speaker's words, source phrases, and pronouns.
@Suite("Speaker phrases")
struct SpeakerPhraseTests {
    /// The words and the canonical name of the speaker of the quote starting with `prefix`.
    private func speaker(_ text: String, startingWith prefix: String) throws -> (words: String, canonical: String?)? {
        let document = try analyzeQuotes(text)
        guard let quote = document.quotes.first(where: { document.text(of: $0.span).hasPrefix(prefix) }),
            let speaker = quote.speaker
        else { return nil }
        return (document.text(of: speaker.span), speaker.canonical)
    }

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
        let text = "Marie Durand, présidente de l'Association des riverains (ADR), a appelé le maire à « revoir sa copie »."
        #expect(try quote(text, startingWith: "revoir")?.speaker == "Marie Durand")
    }

    @Test("tandis que and another speaker's verb end the reported clause")
    func contrastedSpeech() throws {
        let text = "La Fédération a assuré mardi que le calendrier serait « respecté », tandis que la Ligue avait jugé en mars ce calendrier « intenable »."
        #expect(try quote(text, startingWith: "le calendrier")?.text == "le calendrier serait « respecté »")
        #expect(try quote(text, startingWith: "intenable")?.speaker == "Ligue")
    }

    @Test("The subject after complements and asides between commas, with a role before the apposed name")
    func invertedSubjectAfterAsides() throws {
        let first = "« Nous avançons », a déclaré lors de l'ouverture des débats, à 9 h, le représentant de l'ONU, le juriste italien Marco Bellini."
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
    }

    @Test("An organisation's words are its whole describing phrase; its canonical name is the entity's")
    func organisationPhrase() throws {
        let text = "Le ministère de l'Intérieur italien a annoncé que les contrôles seraient renforcés."
        let found = try #require(try speaker(text, startingWith: "les contrôles"))
        #expect(found.words == "Le ministère de l'Intérieur italien")
        #expect(found.canonical == "ministère de l'Intérieur")
    }

    @Test("selon runs through a name and its acronym in brackets")
    func selonWithAcronym() throws {
        let text = "Selon le Comité international pour les droits humains (CIDH), la situation s'aggrave."
        #expect(try quotes(text).map(\.text) == ["la situation s'aggrave"])
    }

    @Test("An unnamed speaker's words keep the relative clause that tells which one")
    func restrictiveRelative() throws {
        let text = "« Ce n'est pas une preuve », a nuancé un sociologue de l'Université de Genève qui n'a pas participé à l'étude."
        let found = try #require(try speaker(text, startingWith: "Ce n'est"))
        #expect(found.words == "un sociologue de l'Université de Genève qui n'a pas participé à l'étude")
        #expect(found.canonical == "un sociologue de l'Université de Genève")
    }

    @Test("A named speaker shows its role as its words")
    func roleAsWords() throws {
        let text = "Dans une tribune, l'universitaire néerlandais Pieter Jansen estime que l'exposition « surinterprète » les lettres."
        let found = try #require(try speaker(text, startingWith: "l'exposition"))
        #expect(found.words == "l'universitaire néerlandais")
        #expect(found.canonical == "Pieter Jansen")
    }

    @Test("A pronoun passes over a group that reports nothing to the person who spoke before")
    func pronounOverGroup() throws {
        let text = """
            L'avocate de la famille, Me Claire Roux, a plaidé longuement. « C'est un drame », a répété l'avocate. \
            La défense dispose de dix jours pour faire appel. Selon elle, son client n'était qu'un exécutant.
            """
        #expect(try quote(text, startingWith: "son client")?.speaker == "Claire Roux")
    }

    @Test("A source phrase that ends the sentence attributes the words before it")
    func selonAtEnd() throws {
        let text = "La chanteuse est morte mardi. Hospitalisée début juillet, elle souffrait d'une insuffisance cardiaque, selon son entourage."
        #expect(try quotes(text) == [
            QuoteSummary(.indirect, "Hospitalisée début juillet, elle souffrait d'une insuffisance cardiaque", "son entourage", "selon")
        ])
    }

    @Test("A possessive at the head of a sentence stands for the document's author")
    func possessiveSource() throws {
        let text = """
            « L'effet est modeste », résume la coordinatrice de l'étude, Hélène Marquet. \
            D'après ses calculs, une baisse de la pollution ferait gagner deux mois d'apprentissage.
            """
        #expect(try quote(text, startingWith: "une baisse")?.speaker == "Hélène Marquet")
    }

    @Test("An infinitive clause stops before the reporter's next verb")
    func infinitiveEnd() throws {
        let text = "Le pharmacien a reconnu avoir « commis une faute », mais il a nié toute intention de nuire."
        #expect(try quote(text, startingWith: "avoir")?.text == "avoir « commis une faute »")
        let other = "Elle a dit vouloir déposer un nouveau plan d'ici décembre et doit rencontrer les maires."
        #expect(try quote(other, startingWith: "vouloir")?.text == "vouloir déposer un nouveau plan d'ici décembre")
    }

    @Test("Two phrases joined by et before a plural verb are one speaker")
    func coordinatedSubject() throws {
        let text = "Le président français et le chancelier allemand ont affirmé mercredi que l'Europe devait « prendre sa sécurité en main »."
        #expect(try quote(text, startingWith: "l'Europe")?.speaker == "Le président français et le chancelier allemand")
    }

    @Test("An impersonal passive reports a clause with no speaker")
    func impersonalPassive() throws {
        let text = "Le tournoi bat des records. Il a par ailleurs été annoncé que la finale serait retransmise à Lyon."
        #expect(try quotes(text) == [QuoteSummary(.indirect, "la finale serait retransmise à Lyon", nil, "annoncer")])
    }

    @Test("Words read in a document are its author's")
    func readInDocument() throws {
        let text = "Les critiques pleuvent. « On a déjà entendu ces promesses », peut-on lire dans un éditorial du quotidien Le Monde."
        #expect(try quote(text, startingWith: "On a déjà")?.speaker == "Le Monde")
    }

    @Test("An organisation named after its noun keeps the whole phrase as its words")
    func apposedOrganisation() throws {
        let found = try #require(try speaker("Le syndicat IG Metall a dénoncé un « coup de massue ».", startingWith: "coup"))
        #expect(found.words == "Le syndicat IG Metall")
        #expect(found.canonical == "IG Metall")
    }

    @Test("A compound noun is a speaker noun when its last part is one")
    func compoundNoun() throws {
        let text = """
            La ministre, Nathalie Aubrac, a pris la parole. L'arrière-petite-fille du collectionneur, venue de New York, \
            n'a pas caché son émotion. « Aujourd'hui, c'est un peu de lui qui revient », a-t-elle confié.
            """
        #expect(try quote(text, startingWith: "Aujourd'hui")?.speaker == "L'arrière-petite-fille du collectionneur")
    }

    @Test("A relative clause after a closing source phrase is not reported")
    func selonThenRelative() throws {
        let text = "Les loyers ont augmenté de 4,8 % en un an, selon l'observatoire des loyers, qui a publié ses chiffres lundi."
        #expect(try quotes(text).map(\.text) == ["Les loyers ont augmenté de 4,8 % en un an"])
    }

    @Test("A fragment in an adverbial clause is not the words of the verb before")
    func fragmentInAdverbialClause() throws {
        let text = "Le Suédois Erik Lindqvist a ajouté un troisième but, avant que Mathis Ouellet ne scelle la « remontada » dans un filet désert."
        #expect(try quotes(text).isEmpty)
    }

    @Test("A word before an article ends a subject phrase: it is the verb")
    func verbBeforeObject() throws {
        let text = """
            « C'est la pire année », constate Annick Morvan, biologiste. La chercheuse pointe la responsabilité des nitrates. \
            D'après elle, les pluies ont accéléré la prolifération.
            """
        #expect(try quote(text, startingWith: "les pluies")?.speaker == "La chercheuse")
    }

    @Test("The reporter's own information names no speaker")
    func reportersInformation() throws {
        let text = "Selon nos informations, le ministère devrait recevoir les syndicats jeudi."
        let found = try #require(try quote(text, startingWith: "le ministère"))
        #expect(found.speaker == nil)
    }

    @Test("A one-word name followed by a particle and a surname is named whole")
    func nameWithParticle() throws {
        let text = """
            Le président du CNES, Bertrand du Mesnil-Aubry, a qualifié le lancement de « moment historique ». \
            « Nous saurons enfin mesurer la montée des eaux », a-t-il expliqué.
            """
        #expect(try quote(text, startingWith: "moment")?.speaker == "Bertrand du Mesnil-Aubry")
        #expect(try quote(text, startingWith: "Nous saurons")?.speaker == "Bertrand du Mesnil-Aubry")
    }

    @Test("on stands for the organisation named where the sentence opens")
    func onAtOrganisation() throws {
        let text = "Au ministère de la Santé, on assure que le texte ne concerne que les médicaments sans ordonnance."
        #expect(try quotes(text).first?.speaker == "ministère de la Santé")
        #expect(try quotes("À Paris, on estime que la grève durera.").first?.speaker == nil)
    }
}
