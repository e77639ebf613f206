import Parole
import Testing

/// Partial quotes: fragments in marks inside the reporter's sentence, and scare quotes.
@Suite("Partial quotes")
struct PartialQuoteTests {
    @Test("A fragment after a speech verb")
    func afterVerb() throws {
        let text =
            "Le porte-parole du gouvernement, Thomas Berger, a qualifié les discussions de « franches et constructives »."
        #expect(
            try quotes(text) == [
                QuoteSummary(.partial, "franches et constructives", "Thomas Berger", "qualifier")
            ])
    }

    @Test("A fragment after a verb of fear")
    func afterFear() throws {
        let text = "Le chirurgien Paul Renard redoute « une perte de chance » pour les patients."
        #expect(try quotes(text) == [QuoteSummary(.partial, "une perte de chance", "Paul Renard", "redouter")])
    }

    @Test("Fragments inside a reported clause are quoted by its speaker")
    func insideIndirect() throws {
        let text =
            "La CGT a affirmé que les salariés « n'ont pas vu la couleur » des bénéfices et a réclamé des hausses de salaire."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "les salariés « n'ont pas vu la couleur » des bénéfices", "CGT", "affirmer"),
                QuoteSummary(.partial, "n'ont pas vu la couleur", "CGT", "affirmer"),
            ])
    }

    @Test("A fragment whose subject is a group or an institution is theirs")
    func groupSubject() throws {
        let text = "Après trois semaines de grève, la direction « ne ferme pas la porte » à une hausse des salaires."
        #expect(try quote(text, startingWith: "ne ferme")?.speaker == "la direction")
    }

    @Test("A fragment after invoquer is quoted by its subject")
    func afterInvoquer() throws {
        let text = "Le patron de la brasserie, Marc Lefèvre, invoque une conjoncture « franchement morose »."
        #expect(
            try quotes(text).contains(QuoteSummary(.partial, "franchement morose", "Marc Lefèvre", "invoquer")))
    }

    @Test("A fragment in a complement that opens the sentence is the main subject's")
    func openingComplement() throws {
        let text =
            "Soucieuse d'éviter « une nouvelle flambée des prix », la ministre Claire Dubois a gelé les tarifs du gaz."
        #expect(try quote(text, startingWith: "une nouvelle")?.speaker == "Claire Dubois")
        let pronoun =
            "Le conseil municipal a voté le budget. Grâce à des « économies ciblées », il a baissé la taxe foncière."
        #expect(try quote(pronoun, startingWith: "économies") != nil)
    }

    @Test("Scare quotes around names and titles are not quotes")
    func scareQuotes() throws {
        #expect(
            try quotes("La trêve entre ‘Israël’ et le Hamas reste fragile, selon les médiateurs.").allSatisfy {
                $0.kind == .indirect
            })
        #expect(
            try quotes("Parmi les temps forts du festival figure « Marée haute », la nouvelle pièce de la compagnie.")
                .isEmpty)
        #expect(try quotes("Surnommé 'le renard' par ses coéquipiers, le défenseur a marqué samedi.").isEmpty)
        #expect(try quotes("Le film « Les Misérables » sortira en mai.").isEmpty)
    }

    @Test("A name after a determiner or a common noun in marks is not a quote")
    func quotedNameAfterDeterminerOrNoun() throws {
        let source = "Le centre d'accueil fermerait avant l'hiver, croit savoir « la Croix-Rouge »."
        #expect(try quotes(source).allSatisfy { $0.kind != .partial })
        let report = "Le préfet a reçu le « rapport Marchetti » sur la sécurité routière, a indiqué la préfecture."
        #expect(try quotes(report).allSatisfy { $0.kind != .partial })
    }

    @Test("A fragment in a title that the document names as an entity is not a quote")
    func quotedNameKnownFromDocument() throws {
        let text = """
            Le vote doit se tenir en mars, selon ‘’Jean Kerlan avenir’’

            La plateforme ‘’Jean Kerlan avenir’’ (notre quartier), réunie jeudi à Thiès, a demandé que le vote \
            municipal se tienne en mars.
            """
        #expect(try quotes(text).allSatisfy { $0.kind != .partial })
    }

    @Test("A fragment with no speaker in its sentence is not a quote")
    func noSpeaker() throws {
        #expect(try quotes("Cette « imposante collection » est exposée au musée jusqu'en mars.").isEmpty)
    }

    @Test("A fragment in the first person is its sentence subject's words")
    func firstPerson() throws {
        let text = "Le député Paul Girard veut « retrouver la confiance de nos électeurs »."
        #expect(
            try quotes(text) == [QuoteSummary(.partial, "retrouver la confiance de nos électeurs", "Paul Girard", nil)])
    }

    @Test("A fragment after a pronominal speech verb")
    func pronominal() throws {
        let text = "L'association, elle, s'est dite « soulagée » par la décision du tribunal."
        #expect(try quotes(text) == [QuoteSummary(.partial, "soulagée", "L'association", "dire")])
    }

    @Test("A nickname after surnommer in the present is no quote")
    func nicknameInPresent() throws {
        #expect(try quotes("Ses coéquipiers le surnomment « le petit taureau » depuis son arrivée.").isEmpty)
    }

    @Test("A long fragment with no speech verb goes on with the speaker of the quote before it")
    func fragmentAfterQuote() throws {
        let text = """
            « Nous rouvrirons la piscine dès que possible », a promis la maire de Vernon, Claire Aubert. \
            Les travaux seront terminés avant l'été, « sauf si les fournisseurs prennent du retard ».
            """
        #expect(try quote(text, startingWith: "sauf si")?.speaker == "Claire Aubert")
    }

    @Test("A long fragment does not go on with the speaker of another paragraph")
    func fragmentAfterParagraph() throws {
        let text = """
            « Nous rouvrirons la piscine dès que possible », a promis la maire de Vernon, Claire Aubert.

            Les travaux seront terminés avant l'été, « sauf si les fournisseurs prennent du retard ».
            """
        #expect(try quote(text, startingWith: "sauf si")?.speaker == nil)
    }

    @Test("A time complement in marks is nobody's words, whoever spoke before it")
    func timeComplementAfterQuote() throws {
        let text = """
            « Le chantier avance bien », a assuré le directeur des travaux, Marc Lenoir. \
            La réouverture est prévue « d'ici la fin du mois de mars ».
            """
        // `la fin du mois de mars` is a time expression of the dates stage.
        var document = Document(id: "test", text: text)
        try StageRegistry.standard.pipeline(parsing: "tokenize,sentences,entities,dates,quotes").run(&document)
        let fragment = document.quotes.first { document.text(of: $0.span).hasPrefix("d'ici") }
        #expect(fragment != nil && fragment?.speaker == nil)
    }

    @Test("A two-word fragment is the words of a subject that names a person")
    func twoWordFragmentOfPersonSubject() throws {
        let text = "La maire de Lyon s'est engagée à mener une « politique responsable » pendant son mandat."
        #expect(try quotes(text) == [QuoteSummary(.partial, "politique responsable", "La maire de Lyon", nil)])
        #expect(try quotes("Le stade a connu une « saison noire » cette année.").isEmpty)
    }

    @Test("Quoted words listed before an incise are all the incise's speaker's, a capitalised first one too")
    func listBeforeIncise() throws {
        let text = "« Scandaleux », « inacceptable », dénoncent les syndicats d'enseignants."
        #expect(
            try quotes(text).contains(
                QuoteSummary(.partial, "Scandaleux", "les syndicats d'enseignants", "dénoncer")))
    }

    @Test("A short fragment goes on with a fragment quoted before it in its sentence")
    func shortFragmentAfterFragment() throws {
        let text = """
            « Nous tiendrons nos promesses », a assuré le maire, Paul Girard. Au programme, une « médiathèque \
            ouverte tous les dimanches soir », un parc et, pour les adolescents, un « espace de glisse ».
            """
        #expect(try quote(text, startingWith: "espace de glisse")?.speaker == "Paul Girard")
        // With no quoted fragment before it, a one-word fragment stays a scare quote.
        #expect(try quotes("Le stade a connu une « saison noire » cette année, et le public un « exode ».").isEmpty)
    }

    @Test("A fragment that opens with its clause's verb is the words of that clause's subject")
    func fragmentAfterCoordinatedSubject() throws {
        let text =
            "Les ventes ont chuté, et la direction « n'exclut pas » des fermetures si la crise devient « durable »."
        #expect(
            try quotes(text) == [
                QuoteSummary(.partial, "n'exclut pas", "la direction"),
                QuoteSummary(.partial, "durable", "la direction"),
            ])
    }

    @Test("A short fragment with no speaker of its own goes on with the speaker of the quote before it")
    func shortFragmentAfterQuote() throws {
        let text = """
            « Nous ouvrirons la nouvelle école en septembre », a annoncé la maire de Dinan, Louise Perrin. \
            Le chantier restera « sous haute surveillance » jusqu'à la rentrée.
            """
        #expect(try quote(text, startingWith: "sous haute")?.speaker == "Louise Perrin")
        // In another paragraph, or with one word only, the fragment quotes nobody.
        let apart = """
            « Nous ouvrirons la nouvelle école en septembre », a annoncé la maire de Dinan, Louise Perrin.

            Le chantier restera « sous haute surveillance » jusqu'à la rentrée.
            """
        #expect(try quote(apart, startingWith: "sous haute") == nil)
        let oneWord = """
            « Nous ouvrirons la nouvelle école en septembre », a annoncé la maire de Dinan, Louise Perrin. \
            Le chantier restera « prioritaire » jusqu'à la rentrée.
            """
        #expect(try quote(oneWord, startingWith: "prioritaire") == nil)
        // `d'après X` vouches for its own clause only: a quoted quality after it names nobody.
        let source = """
            D'après la préfecture, les routes du col resteront fermées jusqu'à lundi. \
            La circulation restera « très perturbée » sur l'autoroute.
            """
        #expect(try quote(source, startingWith: "très perturbée") == QuoteSummary(.partial, "très perturbée", nil))
    }
}
