import Parole
import Testing

/// Constructions of real published news beyond `X a déclaré que` (annotation.md,
/// "Constructions that real news uses"): verbs with `de` and an infinitive, verbs
/// the first lexicon lacked, adverbial phrases before `que`, `Pour X, …`, reported
/// speech inside a quotation, quotations after a colon, and speakers named by a
/// sentence that opens with a subordinate clause or by an organisation's noun.
@Suite("Real-news constructions")
struct RealNewsTests {
    @Test("A verb with de and an infinitive reports the infinitive clause")
    func deInfinitive() throws {
        #expect(
            try quotes("Le maire avait promis de rénover le stade avant la fin du mandat.") == [
                QuoteSummary(.indirect, "rénover le stade avant la fin du mandat", "Le maire", "promettre")
            ])
        #expect(
            try quote("La syndicaliste menace d'appeler à la grève dès lundi.", startingWith: "appeler")?.cue
                == "menacer")
        // `dire` takes a bare infinitive only: `dit de` is no report.
        #expect(try quotes("Le directeur dit de bonnes choses sur son équipe.").isEmpty)
    }

    @Test("Verbs of reporting, demanding and foreseeing introduce a clause")
    func newVerbs() throws {
        #expect(
            try quote("Les riverains rapportent que les camions circulent la nuit.", startingWith: "les camions")?
                .cue == "rapporter")
        #expect(
            try quote("Le syndicat exige que la direction rouvre les négociations.", startingWith: "la direction")?
                .speaker == "Le syndicat")
        #expect(
            try quote("Le parti pense qu'il s'agit d'une erreur de calcul.", startingWith: "il s'agit")?.cue
                == "penser")
        #expect(
            try quote("Le projet de loi prévoit que les loyers seront gelés.", startingWith: "les loyers")?.cue
                == "prévoir")
    }

    @Test("An adverbial phrase between the verb and que (en outre, tout de même)")
    func adverbialBeforeQue() throws {
        #expect(
            try quote(
                "Les habitants affirment en outre que l'eau est coupée depuis lundi.", startingWith: "l'eau")?
                .speaker == "Les habitants")
        #expect(
            try quote(
                "La présidente reconnaît tout de même qu'il faudra revoir le calendrier.", startingWith: "il faudra")?
                .cue == "reconnaître")
    }

    @Test("Pour X, … gives X's view, unless X is people it concerns or the clause has its own speaker")
    func pourFrames() throws {
        #expect(
            try quotes("Pour le procureur, les faits sont d'une gravité exceptionnelle.") == [
                QuoteSummary(.indirect, "les faits sont d'une gravité exceptionnelle", "le procureur", "pour")
            ])
        #expect(try quotes("Pour les automobilistes, les bouchons continuent.").isEmpty)
        #expect(try quotes("Pour la défense, Me Hélène Garnier a plaidé l'acquittement.").isEmpty)
        // An affiliation after the name belongs to the speaker, not to the clause.
        let text = "Pour la sismologue Anne Rivière, de l'Institut de physique du globe, la faille reste active."
        #expect(try quote(text, startingWith: "la faille")?.speaker == "Anne Rivière")
    }

    @Test("selon between commas inside a reported clause is an aside")
    func selonAside() throws {
        let text = "Le rapport précise que le virus est, selon ses auteurs, une menace pour les élevages."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .indirect, "le virus est, selon ses auteurs, une menace pour les élevages", "Le rapport",
                    "préciser")
            ])
    }

    @Test("A clause before an incise starts after a semicolon")
    func inciseAfterSemicolon() throws {
        let text =
            "Le ministre a rejeté la proposition ; c'est une atteinte à notre souveraineté, a déclaré Paul Durand."
        #expect(
            try quote(text, startingWith: "c'est")
                == QuoteSummary(.indirect, "c'est une atteinte à notre souveraineté", "Paul Durand", "déclarer"))
    }

    @Test("Reported speech inside a quotation is the third party's")
    func reportInsideQuotation() throws {
        let text = """
            La mère de la victime a lancé un appel : « Il faut agir vite, car les enquêteurs disent que \
            les indices disparaissent chaque jour. »
            """
        #expect(
            try quote(text, startingWith: "les indices")
                == QuoteSummary(.indirect, "les indices disparaissent chaque jour", "les enquêteurs", "dire"))
        // The quoted speaker reporting their own words or a negated verb: no quote of its own.
        let own =
            "« Je leur ai dit que nous n'avions rien à perdre. Personne ne nie qu'il y a un problème », a confié l'entraîneur."
        #expect(try quotes(own).count == 1)
    }

    @Test("Reported speech inside a quotation: complements before que, a long subject, a named antecedent")
    func reportInsideQuotationConstructions() throws {
        // An adverb or a complement between the verb and `que`, as outside quotations.
        let complement =
            "« Le gardien nie tout. Mais le témoin confirme dans sa déposition qu'il a entendu des cris », résume l'avocate."
        #expect(
            try quote(complement, startingWith: "il a entendu")
                == QuoteSummary(.indirect, "il a entendu des cris", "le témoin", "confirmer"))
        let adverb =
            "« Le gardien nie tout. Mais l'expert dit quand même que la serrure a été forcée », résume l'avocate."
        #expect(try quote(adverb, startingWith: "la serrure")?.speaker == "l'expert")
        // The subject opens the quotation and its complements run to the verb.
        let subject = """
            « Les analyses et les renseignements obtenus sur place juste après l'accident indiquent que \
            le conducteur roulait trop vite », écrit le journal.
            """
        #expect(
            try quote(subject, startingWith: "le conducteur")
                == QuoteSummary(.indirect, "le conducteur roulait trop vite", "Les analyses", "indiquer"))
        // A pronoun stands for the person the quoted words name before it.
        let named = """
            Le syndicat s'est dit surpris « par les propos du directeur, Marc Lefèvre, dans lesquels il avait \
            affirmé que l'usine fermerait en juin ».
            """
        #expect(
            try quote(named, startingWith: "l'usine")
                == QuoteSummary(.indirect, "l'usine fermerait en juin", "Marc Lefèvre", "affirmer"))
    }

    @Test("A quotation after a colon ends the clause before it and takes its source")
    func colonAfterSource() throws {
        let text =
            "Selon le directeur du musée, Paul Martin, la collection va grandir : « Nous avons de la place jusqu'en 2030 ! »"
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "la collection va grandir", "Paul Martin", "selon"),
                QuoteSummary(.direct, "Nous avons de la place jusqu'en 2030 !", "Paul Martin"),
            ])
        // A document the verb governs is no speaker; the document that is the subject
        // speaks for its author.
        let report = "Un rapport de l'ONU apporte la même conclusion : « Il faudrait revoir toute la procédure. »"
        #expect(try quote(report, startingWith: "Il faudrait")?.speaker == "ONU")
    }

    @Test("The subject of the main clause after an opening subordinate clause")
    func subjectAfterSubordinate() throws {
        let text = """
            Alors que la majorité était en minorité, le député Marc Dupont est intervenu en séance afin de \
            « ramener un peu de sérénité dans les débats ».
            """
        #expect(try quote(text, startingWith: "ramener")?.speaker == "Marc Dupont")
    }

    @Test("An organisation's noun names it: l'ONG keeps its article")
    func organisationNoun() throws {
        let text =
            "L'ONG a publié un rapport mardi. L'ONG précise que « le nombre de prisons est plus élevé que prévu »."
        #expect(try speakerWords(text, startingWith: "le nombre")?.words == "L'ONG")
    }

    @Test("le même and a noun can name a source")
    func sameSource() throws {
        #expect(
            try quote("Selon le même chercheur, les tumeurs apparaissent plus tôt.", startingWith: "les tumeurs")?
                .speaker == "le même chercheur")
        #expect(
            try quote("La ministre aurait démissionné, selon un reportage diffusé mardi.", startingWith: "La ministre")?
                .cue == "selon")
    }

    @Test("avant de and a speech verb continues the speaker of the sentence")
    func avantDe() throws {
        let text =
            "« Le club doit se reprendre », a déclaré l'entraîneur Paul Martin, avant de préciser que le groupe reste soudé."
        #expect(
            try quote(text, startingWith: "le groupe")
                == QuoteSummary(.indirect, "le groupe reste soudé", "Paul Martin", "préciser"))
    }

    @Test("An organisation named in apposition after selon speaks the quotation")
    func selonApposedOrganisation() throws {
        let text =
            "Selon la fédération des assureurs, Assuralia, « le coût des inondations reste difficile à chiffrer »."
        let found = try #require(try quote(text, startingWith: "le coût"))
        #expect(found.kind == .direct)
        #expect(found.speaker == "Assuralia")
    }

    @Test("A fragment whose verb is no speech verb is the subject's partial quote; short ones are scare quotes")
    func fragmentsWithoutSpeechVerb() throws {
        let text = "La sénatrice Claire Moreau se présente comme « la candidate du rassemblement et du travail »."
        #expect(
            try quotes(text) == [
                QuoteSummary(.partial, "la candidate du rassemblement et du travail", "Claire Moreau")
            ])
        #expect(try quotes("Le parti a engagé sa « normalisation » depuis des années.").isEmpty)
    }

    @Test("de and a quantity open a subject before its apposition")
    func quantitySubject() throws {
        let text =
            "De nombreux riverains, témoins de l'incendie, ont déclaré : « Les flammes montaient jusqu'au toit »."
        #expect(try quote(text, startingWith: "Les flammes")?.speaker == "De nombreux riverains")
    }

    @Test("Places coordinated after their prepositions stay in the speaker phrase")
    func coordinatedPlaces() throws {
        let text = "Les prix vont baisser, indique une étude menée en France et aux États-Unis."
        #expect(try quote(text, startingWith: "Les prix")?.speaker == "une étude menée en France et aux États-Unis")
    }

    @Test("A bare noun after a name and a comma is the name's apposition, not the subject")
    func bareApposition() throws {
        let text = "La SNCF, direction régionale a immédiatement réagi en affirmant que le trafic reprendrait lundi."
        #expect(try quote(text, startingWith: "le trafic")?.speaker == "SNCF")
        // With a determiner, the phrase after the comma is a subject of its own.
        let own = "Hier soir, la direction régionale affirmait que le trafic reprendrait lundi."
        #expect(try quote(own, startingWith: "le trafic")?.speaker == "la direction régionale")
    }
}
