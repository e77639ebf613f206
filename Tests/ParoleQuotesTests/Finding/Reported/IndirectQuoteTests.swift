import Parole
import Testing

/// Indirect quotes: reported clauses after a speech verb, before an incise, and
/// attributed by `selon`, `d'après` and `pour`.
@Suite("Indirect quotes")
struct IndirectQuoteTests {
    @Test("The clause after que, with complements between verb and que")
    func que() throws {
        let text = "La Commission européenne a estimé mercredi, dans un rapport, que la croissance ralentirait en 2025."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "la croissance ralentirait en 2025", "Commission européenne", "estimer")
            ])
    }

    @Test("The antecedent of qui after selon is the phrase selon governs")
    func relativeAfterSelon() throws {
        let text =
            "Deux doses seront administrées en l'espace d'un mois selon le ministre de la Santé qui a précisé que "
            + "la campagne durera dix jours."
        #expect(try quote(text, startingWith: "la campagne")?.speaker == "le ministre de la Santé")
    }

    @Test("A phrase selon sorts by is no speaker of its own")
    func selonSortingBy() throws {
        let text =
            "L'enquête annuelle sur les loyers selon la taille des logements confirme que la hausse ralentit "
            + "dans l'Ouest."
        #expect(try quote(text, startingWith: "la hausse")?.speaker != "la taille des logements")
    }

    @Test("A relative clause left unclosed before the verb: its antecedent speaks, not a complement in it")
    func unclosedRelative() throws {
        let text =
            "Le Premier ministre Karim Benali, qui était accompagné d'une importante délégation ministérielle a, "
            + "en outre, relevé que la décentralisation constitue un choix stratégique pour le pays."
        #expect(try quote(text, startingWith: "la décentralisation")?.speaker == "Karim Benali")
        let minister =
            "La ministre de la Santé, qui s'exprimait devant des élus du département a estimé que la situation "
            + "reste fragile."
        #expect(try quote(minister, startingWith: "la situation")?.speaker == "La ministre de la Santé")
    }

    @Test("A que after a name or a figure ending the complements is the verb's, not a relative")
    func queAfterNamedComplement() throws {
        let date = "Le ministre a affirmé lors de la réunion du 3 mars 2024 que les écoles rouvriraient en septembre."
        #expect(try quote(date, startingWith: "les écoles")?.text == "les écoles rouvriraient en septembre")
        let day = "Le préfet a déclaré lors du conseil du 12 mars que les routes resteraient fermées."
        #expect(try quote(day, startingWith: "les routes")?.cue == "déclarer")
        let name = "Le syndicat a expliqué dans un tract du comité de Renault que les négociations étaient suspendues."
        #expect(try quote(name, startingWith: "les négociations")?.cue == "expliquer")
        // After a common noun, the `que` is still a relative.
        let relative = "Le maire a répondu devant le conseil des critiques que l'opposition a formulées."
        #expect(try quotes(relative).filter { $0.kind == .indirect }.isEmpty)
    }

    @Test("A manner locution between the verb and que")
    func mannerLocution() throws {
        let text = "Le directeur a reconnu du bout des lèvres que le chantier avait pris du retard."
        #expect(
            try quote(text, startingWith: "le chantier")
                == QuoteSummary(.indirect, "le chantier avait pris du retard", "Le directeur", "reconnaître"))
    }

    @Test("An infinitive after a time expression or an aside between commas")
    func infinitiveAfterTimeOrAside() throws {
        let aside =
            "L'entraîneur des Lions, Moussa Keita, a assuré, samedi, avoir déjà fixé le programme de la préparation."
        #expect(try quote(aside, startingWith: "avoir déjà")?.text == "avoir déjà fixé le programme de la préparation")
        let meeting = "La directrice a indiqué, lors d'un point presse, ne pas vouloir fermer la maternité."
        #expect(try quote(meeting, startingWith: "ne pas")?.cue == "indiquer")
        // `ce mardi` is a time expression of the dates stage.
        var document = Document(
            id: "test", text: "Le procureur général annonce ce mardi rouvrir l'enquête sur l'incendie.")
        try StageRegistry.standard.pipeline(parsing: "tokenize,sentences,entities,dates,quotes").run(&document)
        #expect(document.quotes.map { document.text(of: $0.span) } == ["rouvrir l'enquête sur l'incendie"])
    }

    @Test("Several clauses joined by et que are one reported clause")
    func etQue() throws {
        let text = "Le club a indiqué que 2 000 billets restaient disponibles et qu'un écran géant serait installé."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .indirect, "2 000 billets restaient disponibles et qu'un écran géant serait installé", "Le club",
                    "indiquer")
            ])
    }

    @Test("The clause stops before the reporter's next verb")
    func stopsAtCoordination() throws {
        let text = "Elle a toutefois assuré que la porte restait ouverte et a proposé une réunion lundi."
        #expect(
            try quotes("La directrice, Valérie Morin, est arrivée. " + text).map(\.text) == ["la porte restait ouverte"]
        )
    }

    @Test("An infinitive after the speech verb")
    func infinitive() throws {
        let text = "Le Premier ministre dit vouloir poursuivre les négociations et que les syndicats seront reçus."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "vouloir poursuivre les négociations", "Le Premier ministre", "dire")
            ])
        let other = "Le chef de la diplomatie a déclaré de son côté avoir eu un échange constructif."
        #expect(try quotes(other).first?.text == "avoir eu un échange constructif")
        let nothing = "L'ancien bourgmestre de Namur dit ne rien regretter de ses vingt ans de mandat."
        #expect(
            try quotes(nothing) == [
                QuoteSummary(
                    .indirect, "ne rien regretter de ses vingt ans de mandat", "L'ancien bourgmestre de Namur", "dire")
            ])
    }

    @Test("Two infinitives joined by et are one reported clause")
    func coordinatedInfinitives() throws {
        let text = "La sénatrice a dit avoir seulement cité un rapport et s'être tenue aux chiffres officiels."
        #expect(
            try quote(text, startingWith: "avoir")?.text
                == "avoir seulement cité un rapport et s'être tenue aux chiffres officiels")
        let negated = "Le syndicat dit vouloir négocier et ne pas craindre une longue grève."
        #expect(
            try quote(negated, startingWith: "vouloir")?.text == "vouloir négocier et ne pas craindre une longue grève")
    }

    @Test("An infinitive that opens a quotation and goes on after it")
    func infinitiveInMarks() throws {
        let object = "Le collectif des riverains a déclaré « ne pas accepter » ce nouveau tracé de la rocade."
        #expect(try quote(object, startingWith: "« ne pas")?.kind == .indirect)
        #expect(
            try quote(object, startingWith: "« ne pas")?.text == "« ne pas accepter » ce nouveau tracé de la rocade")
        #expect(try quote(object, startingWith: "ne pas accepter")?.kind == .partial)
        let second = "La ministre assure « comprendre la colère » et vouloir rencontrer les éleveurs."
        #expect(
            try quote(second, startingWith: "« comprendre")?.text
                == "« comprendre la colère » et vouloir rencontrer les éleveurs")
        // A complement after the marks is the reporter's: the fragment alone is quoted.
        let complement = "Le maire affirme « agir pour le bien commun », selon son entourage, depuis des années."
        #expect(try quotes(complement).allSatisfy { $0.kind != .indirect || !$0.text.hasPrefix("«") })
    }

    @Test("An infinitive after where the words were said and an aside between dashes")
    func infinitiveAfterSettingAndDashes() throws {
        let text =
            "La maire a indiqué durant sa conférence de presse — tenue à l'hôtel de ville, en présence de ses adjoints — avoir obtenu les crédits du département."
        #expect(try quote(text, startingWith: "avoir")?.text == "avoir obtenu les crédits du département")
        #expect(try quote(text, startingWith: "avoir")?.cue == "indiquer")
    }

    @Test("Whom the promise was made to, with the noun's complement, before de and the infinitive")
    func recipientWithComplement() throws {
        let text = "Le gouverneur a promis mardi aux délégués du syndicat de rouvrir les négociations avant l'été."
        #expect(try quote(text, startingWith: "rouvrir")?.text == "rouvrir les négociations avant l'été")
        #expect(try quote(text, startingWith: "rouvrir")?.cue == "promettre")
    }

    @Test("The clause before an inverted verb and its subject with no comma between")
    func bareIncise() throws {
        let text = "Les travaux du nouveau pont dureront au moins deux ans précise la direction des routes."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .indirect, "Les travaux du nouveau pont dureront au moins deux ans", "la direction des routes",
                    "préciser")
            ])
        // A relative clause, or a clause with no verb, reports nothing.
        #expect(try quotes("Voici le budget que présente le ministre des Finances.").isEmpty)
        #expect(try quotes("Un projet de loi très attendu explique le ministre.").isEmpty)
    }

    @Test("selon at the end with a relative clause about the source attributes the words before")
    func selonWithRelative() throws {
        let text = "Le chantier reprendra en septembre selon Paul Girard qui dirige les travaux depuis mars."
        #expect(try quote(text, startingWith: "Le chantier")?.text == "Le chantier reprendra en septembre")
        #expect(try quote(text, startingWith: "Le chantier")?.cue == "selon")
    }

    @Test("The clause before an incise")
    func beforeIncise() throws {
        let text = "Les perturbations devraient durer jusqu'à dimanche, a prévenu la compagnie ferroviaire."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .indirect, "Les perturbations devraient durer jusqu'à dimanche", "la compagnie ferroviaire",
                    "prévenir")
            ])
        let dated = "Le sommet aura lieu à Genève, a indiqué le vendredi 26 janvier à l'AFP une source diplomatique."
        #expect(try quotes(dated).first?.speaker == "une source diplomatique")
    }

    @Test("The end of a quotation before an incise is no reported clause")
    func inciseAfterQuotationEnd() throws {
        let run = """
            « Il faut planifier avec les moyens du bord. On va suivre le plan déjà établi », a-t-il dit.
            """
        #expect(try quotes(run).allSatisfy { $0.kind != .indirect })
        // A closing mark whose opening one was lost.
        let unmatched = "Il faut planifier avec les moyens du bord. On va suivre le plan déjà établi », a-t-il dit."
        #expect(try quotes(unmatched).allSatisfy { $0.kind != .indirect })
    }

    @Test("A demonstrative subject reports nobody; selon a place is no source")
    func notSpeech() throws {
        #expect(
            try quotes("Ce qui explique que les loyers augmentent si vite. Cela montre que la situation est grave.")
                .isEmpty)
        #expect(try quotes("Les prix varient selon les régions et selon la saison.").isEmpty)
    }

    @Test("A subject and its aside before a comma are no clause")
    func notAnIncise() throws {
        #expect(try quotes("Le ministre, qui s'exprimait devant la presse, a salué le préfet de région.").isEmpty)
        #expect(try quotes("L'Union européenne a annoncé le déblocage d'une aide de 2 millions d'euros.").isEmpty)
    }

    @Test("selon at the head, at the end and inside the sentence")
    func selon() throws {
        #expect(
            try quotes("Selon les organisateurs, 35 000 billets ont été vendus.") == [
                QuoteSummary(.indirect, "35 000 billets ont été vendus", "les organisateurs", "selon")
            ])
        #expect(
            try quotes("Hier, le trafic a été interrompu pendant deux heures, selon la direction.") == [
                QuoteSummary(.indirect, "Hier, le trafic a été interrompu pendant deux heures", "la direction", "selon")
            ])
        let inside = "Les négociateurs, qui, selon les médias égyptiens, ont été « positifs », reprendront lundi."
        #expect(
            try quotes(inside).first == QuoteSummary(.indirect, "ont été « positifs »", "les médias égyptiens", "selon")
        )
    }

    @Test("selon with a name and its role in apposition")
    func selonApposition() throws {
        let text = "Selon le directeur financier, Marc Delattre, la hausse des prix pèse encore sur les usines."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "la hausse des prix pèse encore sur les usines", "Marc Delattre", "selon")
            ])
    }

    @Test("d'après, pour, and selon lesquelles")
    func otherSources() throws {
        #expect(
            try quotes("D'après Radio-Canada, plusieurs scieries ont suspendu leurs investissements.").first?.speaker
                == "Radio-Canada")
        // `Pour X, …` gives X's view (annotation.md): the clause is X's indirect quote,
        // and the words quoted in it are X's too.
        #expect(
            try quotes("Pour l'avocate de la famille, cette décision est une victoire.") == [
                QuoteSummary(.indirect, "cette décision est une victoire", "l'avocate de la famille", "pour")
            ])
        #expect(
            try quotes("Pour l'avocate de la famille, cette décision est « une victoire pour les victimes ».") == [
                QuoteSummary(
                    .indirect, "cette décision est « une victoire pour les victimes »", "l'avocate de la famille",
                    "pour"),
                QuoteSummary(.partial, "une victoire pour les victimes", "l'avocate de la famille", "pour"),
            ])
        #expect(try quotes("Pour la défense, Me Bastien Laroche avait plaidé la relaxe.").isEmpty)
        #expect(try quotes("Pour l'instant, les discussions continuent.").isEmpty)
        let relative =
            "La police a confirmé les informations de plusieurs journaux selon lesquelles le suspect a été arrêté."
        #expect(
            try quotes(relative) == [QuoteSummary(.indirect, "le suspect a été arrêté", "plusieurs journaux", "selon")])
    }

    @Test("A present participle speaks for the quote or subject before it")
    func participle() throws {
        let text = "« Le plus dur reste à faire », a-t-elle ajouté, estimant que le débat « ne fait que commencer »."
        let found = try quotes("L'eurodéputée Camille Rochat a jugé ce montant réaliste. " + text)
        #expect(
            found.contains(QuoteSummary(.indirect, "le débat « ne fait que commencer »", "Camille Rochat", "estimer")))
        let subject =
            "Le Premier ministre a rejeté l'offre, affirmant au contraire que son pays était proche de la victoire."
        #expect(try quotes(subject).first?.speaker == "Le Premier ministre")
    }

    @Test("A clause with a future or imperfect verb before an incise is no subject with its apposition")
    func finiteClauseBeforeIncise() throws {
        let text = "Le trafic restera perturbé jusqu'à dimanche, a prévenu jeudi la direction de la compagnie."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .indirect, "Le trafic restera perturbé jusqu'à dimanche", "la direction de la compagnie", "prévenir"
                )
            ])
    }

    @Test("A bare participle after et shares the cue's auxiliary and ends the clause")
    func coordinatedParticiple() throws {
        let text = "Le syndicat a estimé que la direction « gaspille l'argent » et réclamé une hausse des salaires."
        #expect(try quotes(text).first?.text == "la direction « gaspille l'argent »")
        let own = "Le maire a assuré que le projet sera examiné et adopté avant l'été."
        #expect(try quotes(own).first?.text == "le projet sera examiné et adopté avant l'été")
    }

    @Test("A report within a report: the outer clause holds the inner one and its verb")
    func reportWithinReport() throws {
        let incise = "La directrice juge que la réforme est urgente, a rapporté le porte-parole du syndicat."
        #expect(
            try quotes(incise) == [
                QuoteSummary(
                    .indirect, "La directrice juge que la réforme est urgente", "le porte-parole du syndicat",
                    "rapporter"),
                QuoteSummary(.indirect, "la réforme est urgente", "La directrice", "juger"),
            ])
        let source = "Selon le porte-parole, le maire a annoncé que la piscine fermerait en juillet."
        #expect(try quote(source, startingWith: "le maire")?.cue == "selon")
        #expect(try quote(source, startingWith: "la piscine")?.cue == "annoncer")
    }

    @Test("A bare participle before que: coordinated with an earlier compound verb, or its auxiliary left out")
    func bareParticiple() throws {
        let coordinated =
            "La préfète a rejeté les accusations de l'opposition et affirmé que les travaux commenceraient en mai."
        #expect(
            try quote(coordinated, startingWith: "les travaux")
                == QuoteSummary(.indirect, "les travaux commenceraient en mai", "La préfète", "affirmer"))
        let dropped = "Le syndicat a réuni ses délégués. Il précisé que la grève serait reconduite lundi."
        #expect(try quote(dropped, startingWith: "la grève")?.cue == "préciser")
        // Not after être (an impersonal passive), nor without a verb before `et`.
        let passive = "Il est admis que la réforme a échoué."
        #expect(try quote(passive, startingWith: "la réforme")?.speaker == nil)
        let coordinatedPassive = "Il a été annoncé et confirmé que la route resterait fermée."
        #expect(try quote(coordinatedPassive, startingWith: "la route")?.speaker == nil)
        let nouns = "Les chiffres publiés et annoncés que nous avons reçus restent provisoires."
        #expect(try quotes(nouns).isEmpty)
    }

    @Test(
        "A quotation that fills the clause before an incise but for a lead adverb, a bracketed source or a verbless tail"
    )
    func quotationFillsClause() throws {
        let lead = "Ainsi « tout élu absent à trois séances de suite perd son siège », a précisé le maire Paul Girard."
        #expect(try quotes(lead).allSatisfy { $0.kind != .indirect })
        #expect(try quote(lead, startingWith: "tout élu")?.cue == "préciser")
        let bracketed = "(AFP) « Le calendrier des travaux sera tenu », a assuré la présidente de la région."
        #expect(try quotes(bracketed).allSatisfy { $0.kind != .indirect })
        let tail = "« Je dois ralentir le rythme et me reposer quelques jours » jeudi soir, a-t-il écrit."
        #expect(try quotes(tail).allSatisfy { $0.kind != .indirect })
        #expect(try quote(tail, startingWith: "Je dois")?.cue == "écrire")
        // A participle after the incise goes on with the incise's speaker.
        let participle =
            "« Cette coopération reste une priorité » de la région, a affirmé Claire Dumas, ajoutant que les crédits seraient maintenus."
        #expect(try quote(participle, startingWith: "les crédits")?.speaker == "Claire Dumas")
        // A clause of the reporter's around the quotation is still reported.
        let clause = "Le maire a promis « une réponse rapide » aux riverains, a précisé son cabinet."
        #expect(try quote(clause, startingWith: "Le maire")?.kind == .indirect)
    }

    @Test("A speech verb's infinitive after pour reports the clause after que")
    func purposeInfinitive() throws {
        let office =
            "La mairie publie un communiqué ce vendredi pour préciser que la piscine restera fermée tout l'été."
        #expect(
            try quote(office, startingWith: "la piscine")
                == QuoteSummary(.indirect, "la piscine restera fermée tout l'été", "La mairie", "préciser"))
        // The subject of the nearest verb before `pour`, not of the sentence, and after a negation.
        let nested =
            "Le gérant raconte que son associé a téléphoné à la banque pour lui annoncer finalement que le prêt était refusé."
        #expect(try quote(nested, startingWith: "le prêt")?.speaker == "son associé")
        #expect(try quote(nested, startingWith: "son associé")?.cue == "raconter")
        let aside =
            "Le sélectionneur ne commente pas la blessure de son capitaine, si ce n'est pour dire qu'il manquera le prochain match."
        #expect(try quote(aside, startingWith: "il manquera")?.speaker == "Le sélectionneur")
        // Without que, `pour` and a verb of that lexicon express a purpose, not speech.
        let purpose = "Les gendarmes ont été déployés pour assurer la sécurité des spectateurs."
        #expect(try quotes(purpose).isEmpty)
    }

    @Test("C'est ce que and a speech verb restate the sentence before as its subject's words")
    func restatedSentence() throws {
        let inverted =
            "Le marché couvert rouvrira ses portes au mois de mai. C'est ce qu'a annoncé la maire de Lorient mardi soir."
        #expect(
            try quote(inverted, startingWith: "Le marché")
                == QuoteSummary(
                    .indirect, "Le marché couvert rouvrira ses portes au mois de mai", "la maire de Lorient",
                    "annoncer"))
        let plural = "Les travaux de la gare dureront deux ans. C'est ce qu'indiquent les services de la ville."
        #expect(try quote(plural, startingWith: "Les travaux")?.speaker == "les services de la ville")
        // A quotation with no incise takes the speaker named after it.
        let quoted = "« Nous allons tout reconstruire. » C'est ce qu'a promis le président du club samedi."
        #expect(
            try quote(quoted, startingWith: "Nous allons")
                == QuoteSummary(.direct, "Nous allons tout reconstruire.", "le président du club", "promettre"))
        // A verb of no speech restates nothing.
        let decided = "Le conseil ne votera pas le budget. C'est ce qu'a décidé la majorité lundi."
        #expect(try quotes(decided).isEmpty)
    }
}

/// Verbs of belief (`penser que`, `trouver que`): a report when the subject names who
/// holds the belief, not when it names a whole class of people.
@Suite("Verbs of belief")
struct BeliefVerbTests {
    @Test("a plural class of people that thinks reports nothing")
    func classOfPeople() throws {
        let text = """
            Les supporters pensent que l'équipe remontera en première division dès la saison prochaine. \
            Les riverains trouvent que le bruit des travaux est devenu insupportable.
            """
        #expect(try quotes(text).isEmpty)
    }

    @Test("a named subject that thinks is reported")
    func namedHolder() throws {
        let text = "Le syndicat pense que la direction reculera avant l'été."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "la direction reculera avant l'été", "Le syndicat", "penser")
            ])
        // A state named in the plural holds its belief as one speaker.
        let state = "Les Pays-Bas pensent que la taxe doit être européenne."
        #expect(try quotes(state).map(\.cue) == ["penser"])
    }

    @Test("ils pensaient inside a quotation reports nobody")
    func pluralPronounInQuotation() throws {
        let text = """
            « Au début, personne ne nous prenait au sérieux. Ils pensaient que nous étions des amateurs », \
            a raconté la capitaine.
            """
        #expect(try quotes(text).map(\.kind) == [.direct])
    }
}
