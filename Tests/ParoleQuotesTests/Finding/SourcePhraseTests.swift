import Parole
import Testing

/// Speakers named by `selon`, `d'après`, `pour`, a fronted `au`/`chez`, an
/// impersonal passive, and pronouns that refer back to a speaker.
@Suite("Source phrases")
struct SourcePhraseTests {
    @Test("selon runs through a name and its acronym in brackets")
    func selonWithAcronym() throws {
        let text = "Selon le Comité international pour les droits humains (CIDH), la situation s'aggrave."
        #expect(try quotes(text).map(\.text) == ["la situation s'aggrave"])
    }

    @Test("comme l'explique X after a clause attributes the clause to X")
    func commeInciseAfterClause() throws {
        let text =
            "Mais la rénovation de la piscine prendra deux ans de plus, comme l’explique l’échevine des Sports, Claire Dumont."
        let found = try #require(try quote(text, startingWith: "Mais la rénovation"))
        #expect(
            found
                == QuoteSummary(
                    .indirect, "Mais la rénovation de la piscine prendra deux ans de plus", "Claire Dumont", "expliquer"
                ))
        let compound = "Le budget communal sera revu en juin, comme l'a confirmé le ministre des Finances."
        #expect(
            try quotes(compound) == [
                QuoteSummary(.indirect, "Le budget communal sera revu en juin", "le ministre des Finances", "confirmer")
            ])
    }

    @Test("comme le rappelle X before a quotation makes it X's direct quote")
    func commeInciseBeforeQuotation() throws {
        let text = "Comme le rappelle Amnesty International, « les disparitions se multiplient depuis janvier »."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .direct, "les disparitions se multiplient depuis janvier", "Amnesty International", "rappeler")
            ])
    }

    @Test("comme l'a dit X inside its sentence gives X the quotation after its comma, not the comma")
    func commeInsideSentenceBeforeQuotation() throws {
        let text =
            "Le chantier a repris lundi. Bref comme l’a rappelé la directrice Anne Keller, « le plus dur reste à faire. »"
        #expect(
            try quotes(text) == [
                QuoteSummary(.direct, "le plus dur reste à faire.", "Anne Keller", "rappeler")
            ])
    }

    @Test("comme with a verb that reports no clause is no source")
    func commeWithoutSpeech() throws {
        #expect(try quotes("Le village fêtera la Saint-Jean samedi, comme le veut la tradition.").isEmpty)
        #expect(try quotes("La salle sera rénovée cet été, comme le souhaite le maire.").isEmpty)
    }

    @Test("A source phrase that ends the sentence attributes the words before it")
    func selonAtEnd() throws {
        let text =
            "La chanteuse est morte mardi. Hospitalisée début juillet, elle souffrait d'une insuffisance cardiaque, selon son entourage."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .indirect, "Hospitalisée début juillet, elle souffrait d'une insuffisance cardiaque",
                    "son entourage", "selon")
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

    @Test("The reporter's own information names no speaker")
    func reportersInformation() throws {
        let text = "Selon nos informations, le ministère devrait recevoir les syndicats jeudi."
        let found = try #require(try quote(text, startingWith: "le ministère"))
        #expect(found.speaker == nil)
    }

    @Test("on stands for the organisation named where the sentence opens")
    func onAtOrganisation() throws {
        let text = "Au ministère de la Santé, on assure que le texte ne concerne que les médicaments sans ordonnance."
        #expect(try quotes(text).first?.speaker == "ministère de la Santé")
        #expect(try quotes("À Paris, on estime que la grève durera.").first?.speaker == nil)
    }

    @Test("à en croire X attributes the clause to X, as selon X")
    func aEnCroire() throws {
        let fronted = "À en croire le porte-parole du gouvernement, les négociations avancent."
        #expect(
            try quotes(fronted) == [
                QuoteSummary(.indirect, "les négociations avancent", "le porte-parole du gouvernement", "selon")
            ])
        let closing = "Les recettes fiscales ont baissé de 4 %, à en croire le dernier rapport de la Cour des comptes."
        #expect(try quotes(closing).map(\.text) == ["Les recettes fiscales ont baissé de 4 %"])
        // `à en juger par`: judging by figures names no speaker.
        #expect(try quotes("À en juger par les chiffres, la reprise est là.").isEmpty)
    }

    @Test("A relative clause after a closing source phrase speaks for the source")
    func selonThenRelativeSpeech() throws {
        let text =
            "Les enquêteurs privilégient la piste accidentelle, selon le parquet de Nanterre, "
            + "qui précise qu'aucune trace d'effraction n'a été relevée."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .indirect, "Les enquêteurs privilégient la piste accidentelle", "le parquet de Nanterre", "selon"),
                QuoteSummary(
                    .indirect, "aucune trace d'effraction n'a été relevée", "le parquet de Nanterre", "préciser"),
            ])
        let insee =
            "Le taux de chômage a reculé à 7,1 %, d'après l'Insee, qui souligne que la baisse concerne surtout les jeunes."
        #expect(try quote(insee, startingWith: "la baisse")?.speaker == "Insee")
    }

    @Test("An inverted on stands for the organisation named right after the incise")
    func invertedOnAtOrganisation() throws {
        let ministry =
            "« Nous ne sommes pas là pour faire de la politique », explique-t-on au ministère de l'Agriculture."
        #expect(try quotes(ministry).first?.speaker == "ministère de l'Agriculture")
        let entourage = "« Le dossier avance bien », confie-t-on dans l'entourage du président de la République."
        #expect(try quotes(entourage).first?.speaker == "l'entourage du président de la République")
        let company = "Les commandes ont doublé en un an, indique-t-on chez Airbus."
        #expect(
            try quotes(company) == [QuoteSummary(.indirect, "Les commandes ont doublé en un an", "Airbus", "indiquer")])
        let town = "« Aucune décision n'est prise », assure-t-on à la mairie de Genève."
        #expect(try quotes(town).first?.speaker == "la mairie de Genève")
        let side = "« Nous suivons le dossier de près », indique-t-on du côté de la Commission européenne."
        #expect(try quotes(side).first?.speaker == "Commission européenne")
        // Those spoken to are no speaker.
        #expect(try quotes("« Vous ne pouvez pas rester ici », a-t-on expliqué aux passants.").first?.speaker == nil)
    }

    @Test("A news outlet after an inverted on is who is spoken to")
    func invertedOnToOutlet() throws {
        #expect(try quotes("« Nous sommes très inquiets », explique-t-on à l'AFP.").first?.speaker == nil)
        #expect(try quotes("« Le calendrier sera tenu », a-t-on assuré à franceinfo.").first?.speaker == nil)
        #expect(try quotes("« Tout est prêt », confie-t-on au journal Le Monde.").first?.speaker == nil)
        let ministry = "« Nous discutons avec tout le monde », précise-t-on au ministère des Finances."
        #expect(try quotes(ministry).first?.speaker == "ministère des Finances")
    }

    @Test("An impersonal passive reports a clause with no speaker")
    func impersonalPassive() throws {
        let text = "Le tournoi bat des records. Il a par ailleurs été annoncé que la finale serait retransmise à Lyon."
        #expect(try quotes(text) == [QuoteSummary(.indirect, "la finale serait retransmise à Lyon", nil, "annoncer")])
    }

    @Test("A relative clause after a closing source phrase is not reported")
    func selonThenRelative() throws {
        let text =
            "Les loyers ont augmenté de 4,8 % en un an, selon l'observatoire des loyers, qui a publié ses chiffres lundi."
        #expect(try quotes(text).map(\.text) == ["Les loyers ont augmenté de 4,8 % en un an"])
    }

    @Test("A pronoun passes over a group that reports nothing to the person who spoke before")
    func pronounOverGroup() throws {
        let text = """
            L'avocate de la famille, Me Claire Roux, a plaidé longuement. « C'est un drame », a répété l'avocate. \
            La défense dispose de dix jours pour faire appel. Selon elle, son client n'était qu'un exécutant.
            """
        #expect(try quote(text, startingWith: "son client")?.speaker == "Claire Roux")
    }

    @Test("A noun after an article and an adjective is no verb: the document's author speaks")
    func documentAfterAdjective() throws {
        let text =
            "Les notaires se montrent prudents. Selon leur dernière note de conjoncture, les délais de vente restent longs."
        #expect(try quote(text, startingWith: "les délais")?.speaker == "Les notaires")
    }

    @Test("selon right after a quoted fragment, with no comma, is the fragment's source only")
    func selonAfterFragmentWithoutComma() throws {
        let text =
            "La ministre a renoncé à la taxe sur les emballages, faisant preuve « d'écoute et de bon sens » selon le député Marc Olivier."
        #expect(
            try quotes(text) == [QuoteSummary(.partial, "d'écoute et de bon sens", "Marc Olivier", "selon")])
    }

    @Test("selon after a verbless sentence with a quoted fragment is the fragment's source only")
    func selonAfterVerblessFragment() throws {
        let text = "Une rumeur « sans aucun fondement », selon la préfecture du Rhône."
        #expect(
            try quotes(text) == [QuoteSummary(.partial, "sans aucun fondement", "la préfecture du Rhône", "selon")])
    }

    @Test("selon after a comma still attributes a clause with a verb and its fragment")
    func selonAfterClauseWithFragment() throws {
        let text = "Le conducteur est soupçonné d'avoir commis « un délit de fuite », selon la gendarmerie."
        #expect(
            try quotes(text).map(\.kind) == [.indirect, .partial])
    }

    @Test("A source phrase after a clause that reports a speech of its own adds no quote around it")
    func selonAfterReportedSpeech() throws {
        let text =
            "Le préfet du Rhône a rappelé jeudi qu'il était le seul à pouvoir fermer les écoles, selon un communiqué de la préfecture."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .indirect, "il était le seul à pouvoir fermer les écoles", "Le préfet du Rhône", "rappeler")
            ])
        let plain = "Le nouveau stade ouvrira ses portes en mars, selon un communiqué de la mairie."
        #expect(try quotes(plain).map(\.text) == ["Le nouveau stade ouvrira ses portes en mars"])
    }

    @Test("a appris X after a clause that reports a speech of its own adds no quote around it")
    func learnedSourceAfterReportedSpeech() throws {
        let text =
            "La directrice du groupe a annoncé lundi aux salariés qu'elle partira en mars, a appris l'Agence France-Presse."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "elle partira en mars", "La directrice du groupe", "annoncer")
            ])
        let plain = "Le nouveau stade ouvrira ses portes en mars, a appris l'Agence France-Presse."
        #expect(try quotes(plain).map(\.text) == ["Le nouveau stade ouvrira ses portes en mars"])
    }

    @Test("Pour X after a fronted adverb and its comma attributes the clause to X")
    func pourAfterFrontedAdverb() throws {
        let text = "Désormais, pour le gouvernement, la reprise de l'économie est acquise."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "la reprise de l'économie est acquise", "le gouvernement", "pour")
            ])
    }

    @Test("Pour X and a relative clause about X, then a comma, attributes the clause after it")
    func pourWithRelativeClause() throws {
        let text = "Pour les trois avocats de la défense qui se sont succédé à la barre, le dossier reste vide."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "le dossier reste vide", "les trois avocats de la défense", "pour")
            ])
    }

    @Test("A count in figures before the head noun keeps the phrase a speaker")
    func pourWithCount() throws {
        let text = "Pour les 12 syndicats, la réforme des retraites reste injuste."
        #expect(try quotes(text).map(\.speaker) == ["les 12 syndicats"])
    }

    @Test("que l'annonce de … is an article and a noun, not a speech verb of the clause")
    func pourClauseWithNounAfterQue() throws {
        let text = "Pour la direction, il est regrettable que l'annonce du plan social ait fuité dans la presse."
        #expect(
            try quotes(text).map(\.text) == [
                "il est regrettable que l'annonce du plan social ait fuité dans la presse"
            ])
    }

    @Test("The clause attributed by Pour X goes on after a semicolon")
    func pourAcrossSemicolon() throws {
        let text = "Pour le ministère des Finances, c'est acquis ; la croissance dépassera 1 % cette année."
        #expect(try quotes(text).map(\.text) == ["c'est acquis ; la croissance dépassera 1 % cette année"])
    }

    @Test("An indefinite pronoun as source names nobody, with or without a comma after pour")
    func indefinitePronounSource() throws {
        let text = "Selon certains, la ligne de tramway ne sera pas prête avant 2027."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "la ligne de tramway ne sera pas prête avant 2027", nil, "selon")
            ])
        let pour = "Pour plusieurs cette réforme arrive bien trop tard."
        #expect(try quotes(pour) == [QuoteSummary(.indirect, "cette réforme arrive bien trop tard", nil, "pour")])
    }

    @Test("An anaphoric pronoun after selon stands for the speaker named before")
    func anaphoricPronounSource() throws {
        let text = """
            Le maire de Lille a reçu les commerçants mardi. \
            Selon ce dernier, la rue piétonne sera prolongée jusqu'à la gare.
            """
        let found = try #require(try quote(text, startingWith: "la rue piétonne"))
        #expect(found.kind == .indirect && found.cue == "selon")
        #expect(found.text == "la rue piétonne sera prolongée jusqu'à la gare")
        #expect(found.speaker != nil)
        let demonstrative = "La directrice a quitté la réunion. Selon celle-ci, le budget est bouclé."
        #expect(try quote(demonstrative, startingWith: "le budget")?.cue == "selon")
    }

    @Test("pour with an anaphoric pronoun before a speech verb, or an indefinite determiner, is no source")
    func pourAnaphoricIsNoSource() throws {
        #expect(
            try quotes("La prévenue a été entendue. Pour cette dernière, il requiert six mois avec sursis.").isEmpty)
        #expect(try quotes("Pour certains commerces, la fermeture a duré trois mois.").isEmpty)
    }

    @Test("pour with an anaphoric pronoun gives the view of the one named before")
    func pourAnaphoricSource() throws {
        let text = """
            L'entraîneur a été reçu par le ministre des Sports. \
            Pour ce dernier, l'équipe a encore besoin de temps pour progresser.
            """
        let found = try #require(try quote(text, startingWith: "l'équipe"))
        #expect(found.kind == .indirect && found.cue == "pour" && found.speaker != nil)
        #expect(found.text == "l'équipe a encore besoin de temps pour progresser")
    }

    @Test("pour and a person's name need no comma before the clause's article")
    func pourNameWithoutComma() throws {
        #expect(
            try quotes("Pour Marie Dupont les résultats du club sont décevants.") == [
                QuoteSummary(.indirect, "les résultats du club sont décevants", "Marie Dupont", "pour")
            ])
        #expect(try quotes("Pour le village la saison touristique a été courte.").isEmpty)
    }

    @Test("A fronted selon or d'après attributes its clause to a phrase that names no speaker")
    func frontedSourceNamingNoSpeaker() throws {
        let data = "D'après ces mêmes données, le chômage des jeunes a reculé de deux points en un an."
        #expect(
            try quotes(data) == [
                QuoteSummary(
                    .indirect, "le chômage des jeunes a reculé de deux points en un an", "ces mêmes données", "d'après")
            ])
        let decree = "Selon le décret publié en mai dernier, les commerces pourront ouvrir le dimanche."
        #expect(
            try quotes(decree) == [
                QuoteSummary(
                    .indirect, "les commerces pourront ouvrir le dimanche", "le décret publié en mai dernier", "selon")
            ])
    }

    @Test("Selon les and a plural noun alone names what things vary with, not a source")
    func selonVariableIsNoSource() throws {
        #expect(try quotes("Selon les cas, la facture peut doubler.").isEmpty)
        #expect(try quotes("Le prix du ticket varie. Selon les saisons, il passe de 3 à 5 euros.").isEmpty)
    }

    @Test("Selon toute vraisemblance, selon le cas, selon la saison: no source")
    func selonMannerIsNoSource() throws {
        #expect(try quotes("Selon toute vraisemblance, la rencontre sera reportée à la semaine prochaine.").isEmpty)
        #expect(try quotes("Selon le cas, l'amende s'élève à 135 ou à 375 euros.").isEmpty)
        #expect(try quotes("Selon la saison, le billet coûte entre 20 et 45 euros.").isEmpty)
        #expect(try quotes("Selon l'heure de la journée, le trafic peut être très dense sur la rocade.").isEmpty)
        #expect(try quotes("Selon les régions, le taux de chômage va de 5 à 12 %.").isEmpty)
        #expect(try quotes("Selon vos envies, le menu peut être adapté sans supplément.").isEmpty)
        #expect(try quotes("Selon la tradition, le nouveau maire reçoit les clés de la ville.").isEmpty)
    }
}

/// `selon` with institutions and people that the speaker nouns name.
@Suite("Source phrases of institutions and unnamed people")
struct InstitutionSourceTests {
    @Test("selon le rectorat, la douane, l'intersyndicale name a speaker")
    func institutionNouns() throws {
        #expect(
            try quotes("Selon le rectorat, 12 % des enseignants étaient en grève jeudi.").map(\.speaker) == [
                "le rectorat"
            ])
        #expect(
            try quotes("Selon la douane, deux tonnes de cocaïne ont été saisies au port.").map(\.speaker) == [
                "la douane"
            ])
        #expect(
            try quotes("Selon l'intersyndicale, 40 000 personnes ont défilé à Nantes.").map(\.speaker) == [
                "l'intersyndicale"
            ])
    }

    @Test("selon l'édile, l'intéressé, le parlementaire, le sexagénaire before a quotation")
    func personNouns() throws {
        for phrase in ["l'édile", "l'intéressé", "le parlementaire", "le sexagénaire", "la plaignante"] {
            let text = "Selon \(phrase), « la situation est grave »."
            #expect(try quotes(text) == [QuoteSummary(.direct, "la situation est grave", phrase, "selon")])
        }
    }

    @Test("A person after an organisation named by selon is the clause's subject, not in apposition")
    func organisationSourceBeforeSubject() throws {
        let text = "Selon la CGT, M. Tremblay, 34 ans, avait quitté l’usine en mars."
        let found = try #require(try quotes(text).first)
        #expect(found.kind == .indirect)
        #expect(found.speaker == "CGT")
        // A role before the organisation heads the phrase: the name after it is that person.
        let role = "Selon le patron de Renault, Jean Morel, les ventes vont reprendre."
        #expect(try quotes(role).first?.speaker == "Jean Morel")
    }
}
