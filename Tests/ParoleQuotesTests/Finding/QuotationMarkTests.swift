import Parole
import Testing

/// Pairing quotation marks, apostrophes, unmatched and nested marks.
@Suite("Quotation marks")
struct QuotationMarkTests {
    @Test("Guillemets, curly and straight quotes all open direct quotes")
    func kindsOfMarks() throws {
        for (open, close) in [("« ", " »"), ("“", "”"), ("\"", "\""), ("'", "'"), ("‘", "’")] {
            let text = "\(open)Nous ne céderons pas\(close), a déclaré le maire."
            #expect(
                try quotes(text) == [QuoteSummary(.direct, "Nous ne céderons pas", "le maire", "déclarer")], "\(open)")
        }
    }

    @Test("Apostrophes inside single-quoted words are not marks")
    func apostrophes() throws {
        let text = "L'ONG a dénoncé des 'arrestations d'opposants' dans l'est du pays."
        #expect(try quotes(text) == [QuoteSummary(.partial, "arrestations d'opposants", "L'ONG", "dénoncer")])
    }

    @Test("Straight double quotes with spaces inside")
    func spacedStraightQuotes() throws {
        let text = "Le ministre a promis un soutien \" sans faille \" aux agriculteurs."
        #expect(try quotes(text) == [QuoteSummary(.partial, "sans faille", "Le ministre", "promettre")])
    }

    @Test("A narrow no-break space after « keeps the first word")
    func narrowSpace() throws {
        let text = "«\u{202F}Nous resterons vigilants\u{202F}», a assuré la préfète."
        #expect(try quote(text, startingWith: "Nous")?.text == "Nous resterons vigilants")
    }

    @Test("An unmatched mark does not swallow the rest of the document")
    func unmatched() throws {
        let text = """
            Le maire a évoqué « un projet ambitieux pour la ville.

            « Nous avons voté le budget », a déclaré l'adjointe aux finances. Le conseil se réunira en mai.
            """
        let found = try quotes(text)
        #expect(found.map(\.text) == ["Nous avons voté le budget"])
        #expect(found.first?.speaker == "l'adjointe aux finances")
    }

    @Test("A closing mark alone and marks with nothing inside give nothing")
    func strayMarks() throws {
        #expect(try quotes("Le texte » a été adopté « » hier.").isEmpty)
        #expect(try quotes("« »").isEmpty)
        #expect(try quotes("").isEmpty)
    }

    @Test("Quotes inside a quote belong to it")
    func nested() throws {
        let text = "« Le juge m'a dit : “vous êtes libre”, et je suis sorti », raconte l'ancien détenu."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .direct, "Le juge m'a dit : “vous êtes libre”, et je suis sorti", "l'ancien détenu", "raconter")
            ])
    }

    @Test("A quotation reported after a colon inside another quotation is its speaker's direct quote")
    func nestedAfterColon() throws {
        let text = """
            « Le chauffeur nous a annoncé : « Le car ne repartira pas avant demain matin » », raconte une \
            voyageuse. "Les enfants répétaient : 'nous voulons rentrer à la maison', mais personne ne pouvait \
            rien faire", ajoute son mari.
            """
        let found = try quotes(text)
        #expect(
            found.contains(
                QuoteSummary(.direct, "Le car ne repartira pas avant demain matin", "Le chauffeur", "annoncer")))
        #expect(found.contains { $0.kind == .direct && $0.text == "nous voulons rentrer à la maison" })
        #expect(found.filter { $0.kind == .direct }.count == 4)
    }

    @Test("A word in marks inside a quotation, or an unbalanced inner mark, adds no quote")
    func nestedGuards() throws {
        let word = "« Le mot « crise » revient à chaque réunion du conseil », a regretté la syndique."
        #expect(try quotes(word).map(\.text) == ["Le mot « crise » revient à chaque réunion du conseil"])
        let unbalanced = "« Mon frère m'a écrit : “on se retrouve au port, puis il a disparu », a confié Léa Martin."
        let found = try quotes(unbalanced)
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Léa Martin")
        let negated = "« Gouverner, ce n'est pas crier 'victoire' chaque matin », a lancé la députée."
        #expect(try quotes(negated).count == 1)
    }

    @Test("Words in marks right after a speech verb's infinitive inside a quotation are quoted")
    func nestedAfterInfinitive() throws {
        let text =
            "« Les pêcheurs se sont mis à crier 'au secours' et nous avons couru vers le quai », raconte un témoin."
        #expect(try quotes(text).contains { $0.kind == .direct && $0.text == "au secours" })
    }

    @Test("A quotation over several paragraphs opens each paragraph with a mark")
    func multiParagraph() throws {
        let text = """
            La ministre a déclaré : « Nous allons réformer le système de fond en comble.
            « Les premières mesures seront présentées dès le mois prochain. »
            """
        let found = try quotes(text)
        #expect(found.map(\.kind) == [.direct, .direct])
        #expect(found.first?.text == "Nous allons réformer le système de fond en comble.")
        #expect(found.first?.speaker == "La ministre")
    }

    @Test("One pair of marks over paragraphs that do not open with a mark again is one quote")
    func multiParagraphOnePair() throws {
        let text = """
            L'entraîneur lyonnais s'est confié avant le derby.

            « Nous savons que ce sera un match difficile. Ils sont en forme depuis trois semaines.

            Nous avons bien travaillé cette semaine et le groupe est prêt », a expliqué Marc Delaunay.
            """
        let found = try #require(try quote(text, startingWith: "Nous savons"))
        #expect(found.kind == .direct)
        #expect(found.text.hasSuffix("le groupe est prêt"))
        #expect(found.speaker == "Marc Delaunay")
    }

    @Test("A mark left open before a dialogue turn does not run into the turn")
    func openMarkBeforeDialogueTurn() throws {
        let text = """
            « Tu viens avec nous ce soir ?
            — Non, je reste ici. »
            """
        #expect(try quote(text, startingWith: "Tu viens")?.text.contains("reste") != true)
    }

    @Test("A mark left open waits for its closing mark three line breaks at most")
    func openMarkGivesUp() throws {
        let text = """
            Le maire a ouvert la séance. « Le budget est voté.
            Les conseillers ont applaudi.
            La séance a repris après la pause.
            Le vote sur les écoles a suivi.
            Puis le débat s'est terminé. » Fin.
            """
        #expect(try quote(text, startingWith: "Le budget") == nil)
    }

    @Test("A quotation opened after a colon and never closed, at the end of the text, runs to its end")
    func openMarkEndsText() throws {
        let text = """
            Le maire a défendu le chantier devant le conseil municipal.
            Il a reconnu des retards, et d'ajouter : « Les travaux reprendront au printemps, nous tiendrons le calendrier.
            """
        let found = try #require(try quote(text, startingWith: "Les travaux"))
        #expect(found.kind == .direct)
        #expect(found.text.hasPrefix("Les travaux reprendront au printemps, nous tiendrons le calendrier"))
    }

    @Test("A straight double mark opened after a colon and never closed, at the end of the text, runs to its end")
    func straightOpenMarkEndsText() throws {
        let text = """
            Les viticulteurs ont bloqué la rocade jeudi matin.
            Leur porte-parole a prévenu : "Sans aide de l'État, nous serons là chaque semaine. Personne ne nous fera reculer.
            """
        let found = try #require(try quote(text, startingWith: "Sans aide"))
        #expect(found.kind == .direct)
        #expect(found.text.hasSuffix("Personne ne nous fera reculer."))
    }

    @Test("A mark left open waiting for its closing mark, when the text ends first, quotes to the end")
    func carriedMarkEndsText() throws {
        let text = """
            L'entraîneur a fait le point avant la rencontre de samedi.

            « Nous avons préparé ce match avec beaucoup de sérieux. Le groupe est au complet.

            Les plus jeunes ont montré de belles choses cette semaine. Ils auront leur chance.
            """
        let found = try #require(try quote(text, startingWith: "Nous avons préparé"))
        #expect(found.kind == .direct)
        #expect(found.text.contains("Ils auront leur chance"))
    }

    @Test("A mark opened inside narration and never closed stops at its paragraph when what follows only narrates")
    func carriedMarkBeforeNarration() throws {
        let text = """
            Le club a annoncé lundi le départ de son entraîneur. Le président a réagi : « Nous avons tout essayé pour le garder.

            Les supporters ont été surpris par cette annonce. Un successeur sera nommé avant la reprise.

            Le club occupe la neuvième place du championnat.
            """
        let found = try #require(try quote(text, startingWith: "Nous avons tout essayé"))
        #expect(found.kind == .direct)
        #expect(found.text == "Nous avons tout essayé pour le garder.")
    }

    @Test("A quotation inside a mark left open, in the middle of the next paragraph, keeps it waiting")
    func nestedMarkKeepsCarriedOpen() throws {
        let text = """
            « La saison a été longue pour tout le monde. Nous avons souffert ensemble.
            Je veux dire « merci » aux supporters pour leur patience. Nous reviendrons plus forts », a conclu le capitaine.
            """
        let found = try #require(try quote(text, startingWith: "La saison"))
        #expect(found.kind == .direct)
        #expect(found.text.hasSuffix("Nous reviendrons plus forts"))
        #expect(found.speaker == "le capitaine")
    }

    @Test("Two single marks side by side are one double mark")
    func doubledSingleMarks() throws {
        let text = "L'entraîneur Moussa Sarr affirme que ses joueurs doivent ‘’apprendre à gagner’’ avant la finale."
        #expect(
            try quote(text, startingWith: "apprendre")
                == QuoteSummary(.partial, "apprendre à gagner", "Moussa Sarr", "affirmer"))
    }

    @Test("A doubled single mark reads like any mark around it: the incise after it attributes the quote")
    func doubledSingleMarksWithIncise() throws {
        let text = """
            La sélection a repris l'entraînement lundi.
            ‘’Nous avons retrouvé le goût du travail’’, a expliqué le portier du Stade Rennais.
            """
        #expect(
            try quote(text, startingWith: "Nous avons")
                == QuoteSummary(
                    .direct, "Nous avons retrouvé le goût du travail", "le portier du Stade Rennais", "expliquer"))
    }

    @Test("A doubled closing single mark closes an open guillemet")
    func guillemetClosedByDoubledSingle() throws {
        let text = "Le ministre Paul Ndiaye était clair : « La saison agricole commence dès le mois prochain ’’"
        #expect(try quote(text, startingWith: "La saison")?.text == "La saison agricole commence dès le mois prochain")
    }

    @Test("A closing guillemet before a word, after a space or at a line start, opens")
    func reversedGuillemet() throws {
        let text = """
            Le sélectionneur a présenté sa liste mardi.
            »Nous avons un groupe jeune et ambitieux », a-t-il expliqué devant la presse.
            """
        #expect(try quote(text, startingWith: "Nous avons")?.text == "Nous avons un groupe jeune et ambitieux")
        let inline = "La ministre Anne Roux veut  »rassurer toutes les familles » avant la rentrée."
        #expect(try quote(inline, startingWith: "rassurer")?.kind == .partial)
    }

    @Test("An opening curly mark after a word closes the one that is open")
    func curlyMarkUsedToClose() throws {
        let text =
            "“Nous attendons des réponses claires sur le calendrier“, explique Julie Moreau, porte-parole du collectif."
        #expect(
            try quotes(text).first
                == QuoteSummary(
                    .direct, "Nous attendons des réponses claires sur le calendrier", "Julie Moreau", "expliquer"))
    }
}
