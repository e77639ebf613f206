import Parole
import Testing

/// Speakers real news gives without a speech verb next to the quote: a quoted
/// paragraph that continues the speaker of the paragraph before, a colon after a
/// sentence whose subject is a group, a quotation signed by a name alone, and the
/// narrative infinitive (`Et de préciser que`, `Et la défense d'ajouter que`).
@Suite("Speakers from context")
struct ContextSpeakerTests {
    @Test("A quoted paragraph continues the last speaker of the paragraph before")
    func paragraphContinuesSpeaker() throws {
        let text = """
            « Les travaux avancent bien », précise la bourgmestre, Anne Delvaux. Une bonne nouvelle pour les riverains.

            « Nous serons dans les temps et la rue rouvrira en mars. »
            """
        #expect(try quote(text, startingWith: "Nous serons")?.speaker == "Anne Delvaux")
    }

    @Test("A quoted paragraph after a sentence whose subject is a person takes that person")
    func paragraphAfterPersonSubject() throws {
        let text = """
            Interrogé lundi sur le retour du public, le maire Marc Tessier a soupiré.

            « Il faudrait tout refaire, tout recâbler. Cela n'en vaut pas la peine. »
            """
        #expect(try quote(text, startingWith: "Il faudrait")?.speaker == "Marc Tessier")
        // A paragraph that names nobody gives no speaker.
        let anonymous = """
            La séance a été levée vers midi sans autre annonce.

            « Il faudrait tout refaire, tout recâbler. Cela n'en vaut pas la peine. »
            """
        #expect(try quote(anonymous, startingWith: "Il faudrait")?.speaker == nil)
    }

    @Test("The one person named before a quote that speaks it is a speaker for a later pronoun")
    func solePersonIsAntecedentSpeaker() throws {
        let text = """
            Les agriculteurs ont bloqué la route nationale mardi matin.
            Le ministère n'avait pas souhaité faire de commentaire ce mardi.
            Ce matin, comme chaque semaine, Paul Renard au premier rang. "Nous resterons ici tant que les prix ne remonteront pas"
            "Le ministre ne nous écoute pas", a-t-il ajouté, avant de rejoindre les manifestants.
            """
        #expect(try quote(text, startingWith: "Nous resterons")?.speaker == "Paul Renard")
        #expect(try quote(text, startingWith: "Le ministre ne")?.speaker == "Paul Renard")
    }

    @Test("A thing as the subject of a speech verb yields to the speaker in context")
    func thingSubjectTakesContextSpeaker() throws {
        let text = """
            « Le chantier sera terminé en juin », a promis mardi le maire Paul Garnier devant les riverains. \
            Cet épisode a montré que la commune savait rester « très unie » et dit avoir trouvé \
            « une vraie entente » avec les commerçants.
            """
        #expect(try quote(text, startingWith: "avoir trouvé")?.speaker == "Paul Garnier")
        // A noun of persons (it has a feminine, `habitante`) still names the speaker.
        let person = """
            « Le chantier sera terminé en juin », a promis mardi le maire Paul Garnier devant les riverains. \
            Un habitant a dit que la rue restait « trop bruyante » le soir.
            """
        #expect(try speakerWords(person, startingWith: "trop bruyante")?.words == "Un habitant")
    }

    @Test("A remark as the subject of a speech verb yields to the person quoted next")
    func thingSubjectTakesNextSpeaker() throws {
        let text = """
            La directrice Sophie Marchal a reçu les parents jeudi soir dans le préau.
            Une petite phrase glissée en fin de réunion laisse entendre que la cantine rouvrira en septembre. \
            Sophie Marchal le confirme : « Les travaux seront finis cet été. »
            """
        #expect(try quote(text, startingWith: "la cantine rouvrira")?.speaker == "Sophie Marchal")
    }

    @Test("A quotation after a colon takes the group that is the subject before it")
    func colonAfterGroupSubject() throws {
        let text = "La défense a aussi attaqué le pouvoir en place : « Ce procès est politique et rien d'autre. »"
        #expect(try quote(text, startingWith: "Ce procès")?.speaker == "La défense")
    }

    @Test("A quotation signed by a name alone")
    func signedQuotation() throws {
        let text = """
            « La commission électorale est devenue l'instrument docile du pouvoir », Laurent Gbagbo
            L'ancien président a appelé vendredi à un dialogue politique.
            """
        #expect(try quote(text, startingWith: "La commission")?.speaker == "Laurent Gbagbo")
        // A name followed by more words is not a signature.
        let sentence = "« Nous partirons demain », Laurent Gbagbo et ses proches le savent."
        #expect(try quote(sentence, startingWith: "Nous partirons")?.speaker != "Laurent Gbagbo")
    }

    @Test("The narrative infinitive reports what its subject or the last speaker said")
    func narrativeInfinitive() throws {
        let named = """
            Le prévenu a contesté les faits. Et la défense de préciser que les vidéos n'ont jamais été exploitées.
            """
        #expect(
            try quote(named, startingWith: "les vidéos")
                == QuoteSummary(
                    .indirect, "les vidéos n'ont jamais été exploitées", "la défense", "préciser"))
        let continued = """
            Le ministre Karim Benali a indiqué que la situation était sous contrôle. Et d'ajouter que des renforts arriveraient jeudi.
            """
        #expect(
            try quote(continued, startingWith: "des renforts")
                == QuoteSummary(
                    .indirect, "des renforts arriveraient jeudi", "Karim Benali", "ajouter"))
        let afterQuote = """
            Le prévenu a contesté. "J'ai seulement ramassé une pierre." Et la défense de préciser que les images n'ont pas été vues.
            """
        #expect(try quote(afterQuote, startingWith: "les images")?.speaker == "la défense")
        // `et de` inside a sentence is a coordinated infinitive, not a narrative one.
        #expect(try quote("Il a décidé de partir et de préciser ses plans.", startingWith: "ses plans") == nil)
    }

    @Test("A reported clause stops before `, mais` and a clause of its own")
    func contrastedClause() throws {
        #expect(
            try quote(
                "Le parquet a estimé que cette question était une futilité, mais les avocats ont soutenu le contraire.",
                startingWith: "cette question")?.text == "cette question était une futilité")
        #expect(
            try quote(
                "Le bourgmestre estime que cette place n'est pas très belle, mais on ne la trouve pas détestable.",
                startingWith: "cette place")?.text == "cette place n'est pas très belle")
        // `, mais que` goes on reporting.
        #expect(
            try quote(
                "Elle a dit que le projet avançait, mais que le budget manquait.", startingWith: "le projet")?.text
                == "le projet avançait, mais que le budget manquait")
    }

    @Test("À ses yeux, à son avis: the possessive names whose view the clause gives")
    func viewPhrase() throws {
        let text = """
            Le ministre-président Paul Magnette a rencontré la direction mercredi. À ses yeux, « la manière dont ils se comportent montre qu'ils ne reviendront pas sur leur décision ».
            """
        #expect(try quote(text, startingWith: "la manière")?.speaker == "Paul Magnette")
        let aside = "La syndicaliste Anne Roy était présente. À son avis, la fermeture était décidée depuis longtemps."
        #expect(
            try quote(aside, startingWith: "la fermeture")
                == QuoteSummary(
                    .indirect, "la fermeture était décidée depuis longtemps", "Anne Roy", "pour"))
        // `à ses côtés` is no point of view.
        #expect(try quotes("À ses côtés, la ministre a inauguré le pont.").isEmpty)
    }

    @Test("A surname with a gendered role names the person of that gender")
    func surnameAgreesWithRole() throws {
        let text = """
            Le président Paul Mbarga a reçu les joueurs au palais. Le trophée a été présenté au chef de l'État et à son épouse, Chantal Mbarga.
            Dans son discours, le président Mbarga a salué leur parcours. Il a rappelé que l'équipe féminine avait placé la barre très haut.
            """
        #expect(try quote(text, startingWith: "l'équipe féminine")?.speaker == "Paul Mbarga")
    }

    @Test("An incise with an inverted pronoun ends a statement without a comma")
    func inciseWithoutComma() throws {
        let text =
            "Le commissaire Jean Pierre a parlé lundi. Les blindés ont subi des dommages considérables a-t-il indiqué."
        #expect(
            try quote(text, startingWith: "Les blindés")
                == QuoteSummary(
                    .indirect, "Les blindés ont subi des dommages considérables", "Jean Pierre", "indiquer"))
        // A question is no statement.
        #expect(try quote("Pourquoi la police a-t-elle indiqué cela ?", startingWith: "Pourquoi") == nil)
    }

    @Test("A verb of learning gives the words to the source named after it")
    func learnedFromSource() throws {
        let text = "Le maire a été entendu jeudi par les enquêteurs, a-t-on appris auprès du parquet de Namur."
        #expect(try quote(text, startingWith: "Le maire")?.speaker == "parquet de Namur")
        let agency = "Le chargé d'affaires a été convoqué jeudi soir, a appris l'agence de sources proches du dossier."
        #expect(try quote(agency, startingWith: "Le chargé")?.speaker == "sources proches du dossier")
        // No source named: nobody, not the one who learned.
        let bare = "Le chargé d'affaires a été convoqué jeudi soir, a-t-on appris."
        #expect(try quote(bare, startingWith: "Le chargé")?.speaker == nil)
    }

    @Test("A party between a role and a name leaves the name in the source phrase")
    func partyBetweenRoleAndName() throws {
        let text = "La réforme sera votée en juin, a-t-on appris au cabinet de la ministre Groen Petra Claes."
        #expect(try quote(text, startingWith: "La réforme")?.speaker == "Petra Claes")
    }

    @Test("A source phrase after a verb, between commas, attributes the whole sentence")
    func sourceAfterVerb() throws {
        let text = "Le prévenu présenterait, selon le substitut Paul Leroy, un profil inquiétant."
        #expect(
            try quote(text, startingWith: "Le prévenu")?.text
                == "Le prévenu présenterait, selon le substitut Paul Leroy, un profil inquiétant")
    }

    @Test("A quote after a sentence naming one person, not as its subject, takes that person")
    func quoteAfterSolePerson() throws {
        let visit = """
            Les écoliers de Mamer ont repris les cours lundi. Ces derniers ont reçu la visite de la ministre \
            de la Santé, Sophie Garnier, venue parler des vaccins avec eux. « Qui a déjà eu peur d'une piqûre ? »
            """
        #expect(try quote(visit, startingWith: "Qui a déjà")?.speaker == "Sophie Garnier")
        let heard = """
            La conférence a été suspendue après avoir entendu le préfet Laurent Dumas détailler le plan de crue. \
            « Les digues tiendront jusqu'à samedi. »
            """
        #expect(try quote(heard, startingWith: "Les digues")?.speaker == "Laurent Dumas")
    }

    @Test("A quote after two people, or a person named as a complement, takes nobody from them")
    func quoteAfterManyPeopleOrComplement() throws {
        let two = """
            La conférence a été suspendue après avoir entendu le préfet Laurent Dumas et la maire Julie Perrin. \
            « Les digues tiendront jusqu'à samedi. »
            """
        #expect(try quote(two, startingWith: "Les digues")?.speaker == nil)
        let heading = "Arrestation de Julien Morel : « c'est politique »"
        #expect(try quote(heading, startingWith: "c'est politique")?.speaker == nil)
    }

    @Test("A person who takes the floor after the last quote of the paragraph speaks next")
    func paragraphAfterNewSubject() throws {
        let text = """
            Autour de la table, Claire Vidal souffle à son voisin : « Tu me laisses un peu de place ? » \
            Le président du conseil, Marc Lefort, se lève alors pour répondre aux questions. Un long silence s'installe.

            « Nous avons tenu nos promesses malgré la crise et les retards du chantier. »
            """
        #expect(try quote(text, startingWith: "Nous avons tenu")?.speaker == "Marc Lefort")
        // With nobody taking the floor after it, the quote before goes on speaking.
        let kept = """
            Autour de la table, Claire Vidal souffle à son voisin : « Tu me laisses un peu de place ? » \
            Un silence gêné suit cette remarque.

            « Nous avons tenu nos promesses malgré la crise et les retards du chantier. »
            """
        #expect(try quote(kept, startingWith: "Nous avons tenu")?.speaker == "Claire Vidal")
    }

    @Test("A quoted paragraph after a paragraph ending on a pronoun takes the pronoun's person")
    func paragraphAfterPronounSubject() throws {
        let text = """
            Des réunions avec les syndicats sont prévues la semaine prochaine. Mais le ministre du Travail, \
            Julien Masson, a déjà répondu à nos questions jeudi. Il se montre confiant.

            « Personne ne sera oublié. Nous trouverons une solution pour chacun des salariés. »
            """
        #expect(try quote(text, startingWith: "Personne ne sera")?.speaker == "Julien Masson")
    }

    @Test("An intertitle does not continue a run of quoted paragraphs")
    func intertitleAfterQuotedParagraph() throws {
        let text = """
            Le ministre du Travail, Julien Masson, a répondu aux syndicats mardi soir :

            « Personne ne sera oublié. Nous trouverons une solution pour chacun des salariés. »

            « Il faudra du temps »

            Une nouvelle réunion aura lieu avant la fin du mois.
            """
        #expect(try quote(text, startingWith: "Personne ne sera")?.speaker == "Julien Masson")
        #expect(try quote(text, startingWith: "Il faudra du temps")?.speaker == nil)
    }

    @Test("A sentence that opens with avant de and a speech verb goes on with the speaker before")
    func sentenceOpeningAvantDe() throws {
        let text = """
            « Le chantier a pris du retard », a reconnu la présidente de la région, Claire Masson. \
            Avant d'ajouter que les crédits seraient débloqués en septembre.
            """
        let found = try quote(text, startingWith: "les crédits")
        let clause = "les crédits seraient débloqués en septembre"
        let expected = QuoteSummary(.indirect, clause, "Claire Masson", "ajouter")
        #expect(found == expected)
        let quoted = """
            Le maire Hervé Collin a inauguré la nouvelle piscine samedi. Avant de préciser que « les tarifs \
            resteront les mêmes ».
            """
        #expect(try quote(quoted, startingWith: "les tarifs")?.speaker == "Hervé Collin")
        // A subject after the clause that `avant de` opens is its speaker.
        let fronted = """
            La maire Anne Roy a parlé longuement. Avant d'annoncer « une baisse des impôts », le ministre \
            Paul Roux a salué les élus.
            """
        #expect(try quote(fronted, startingWith: "une baisse")?.speaker == "Paul Roux")
    }

    @Test("A reported clause that opens its sentence after avant de ends before the main clause")
    func avantDeClauseEndsBeforeMainClause() throws {
        let text = """
            La présidente Julie Morel a pris la parole. Avant d'annoncer que l'usine fermerait, le directeur \
            Paul Henry a remercié les salariés.
            """
        let found = try quote(text, startingWith: "l'usine")
        #expect(found == QuoteSummary(.indirect, "l'usine fermerait", "Paul Henry", "annoncer"))
        // A clause that an aside opens after `que` is no whole clause: it goes on, and so does
        // the speaker before.
        let aside = """
            Le maire Jean Dubois a visité le chantier. Avant d'ajouter que, faute de crédits, le pont ne \
            serait pas livré.
            """
        #expect(try quote(aside, startingWith: ", faute")?.speaker == "Jean Dubois")
    }

    @Test("A partial quote whose sentence names nobody takes the speaker of the next sentence's quote")
    func partialBeforeAttributedQuote() throws {
        let text = """
            Le festival de jazz a fermé ses portes dimanche soir à Vienne.

            L'effet de la pluie sur la billetterie reste « difficile » à mesurer. « Nous avons vu \
            moins de familles cette année », a noté Paul Girard, le directeur du festival.
            """
        #expect(try quote(text, startingWith: "difficile")?.speaker == "Paul Girard")
        let apart = """
            L'effet de la pluie sur la billetterie reste « difficile » à mesurer.

            « Nous avons vu moins de familles cette année », a noté Paul Girard, le directeur du festival.
            """
        #expect(try quote(apart, startingWith: "difficile")?.speaker == nil)
    }

    @Test("A partial quote with an agent after it does not take the next sentence's speaker")
    func partialWithAgent() throws {
        let text = """
            Le projet de loi, qualifié de « liberticide » par ses opposants, sera examiné mardi. \
            « Nous le voterons sans hésiter », a déclaré le ministre de l'Intérieur.
            """
        #expect(try quote(text, startingWith: "liberticide")?.speaker != "le ministre de l'Intérieur")
    }
}
