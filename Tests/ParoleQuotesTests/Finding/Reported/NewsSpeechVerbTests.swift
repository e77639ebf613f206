import Parole
import Testing

/// Verbs of real news reporting that the speech-verb table
/// (`Resources/lexicons/quotes-speech-verbs.txt`) learnt from real articles, each in the
/// construction the table gives it.
@Suite("News speech verbs")
struct NewsSpeechVerbTests {
    @Test("asséner after a quotation with no comma")
    func assenerInverted() throws {
        let text = "« Personne n'est au-dessus des lois » assène le ministre de l'Intérieur, Paul Garnier."
        #expect(
            try quotes(text) == [QuoteSummary(.direct, "Personne n'est au-dessus des lois", "Paul Garnier", "asséner")])
    }

    @Test("témoigner with an infinitive, households as the speaker")
    func temoignerInfinitive() throws {
        let text = "Dans le quartier nord, des ménages témoignent être privés de chauffage depuis trois semaines."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "être privés de chauffage depuis trois semaines", "des ménages", "témoigner")
            ])
    }

    @Test("requérir que reports what the prosecution asks")
    func requerirQue() throws {
        let text = "Le procureur Marc Lenoir a requis que le prévenu soit maintenu en détention jusqu'au procès."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .indirect, "le prévenu soit maintenu en détention jusqu'au procès", "Marc Lenoir", "requérir")
            ])
    }

    @Test("faire état de gives a quoted fragment to the subject")
    func faireEtatFragment() throws {
        let text = "La police cantonale a fait état d'« un homme armé et agité » dans le quartier de la gare."
        #expect(
            try quotes(text) == [QuoteSummary(.partial, "un homme armé et agité", "La police cantonale", "faire état")])
    }

    @Test("préconiser gives a quoted fragment to the subject")
    func preconiserFragment() throws {
        let text = "La syndicaliste Anne Weber préconise « une hausse générale des salaires » pour relancer l'économie."
        #expect(
            try quotes(text) == [
                QuoteSummary(.partial, "une hausse générale des salaires", "Anne Weber", "préconiser")
            ])
    }

    @Test("avancer as an incise reports the clause before it")
    func avancerIncise() throws {
        let plain = "Les tarifs du bus baisseront dès l'automne, avance la présidente de la région."
        #expect(try quote(plain, startingWith: "Les tarifs")?.text == "Les tarifs du bus baisseront dès l'automne")
        #expect(try quote(plain, startingWith: "Les tarifs")?.cue == "avancer")
        // A clause that ends on a quoted fragment: the clause and the fragment.
        let fragment = "Ce tracé serait « le plus économique », avance le syndicat des cheminots."
        #expect(try quote(fragment, startingWith: "Ce tracé")?.text == "Ce tracé serait « le plus économique »")
        #expect(try quote(fragment, startingWith: "le plus")?.kind == .partial)
    }
}

/// Speech verbs that the verb frames used to know only with a quotation or an incise,
/// with their `que` frame: requesting, exclaiming and suspecting.
@Suite("Requesting and suspecting verbs")
struct RequestingVerbTests {
    @Test("demander que reports a clause")
    func demanderQue() throws {
        let text = "L'avocate de la famille a demandé que l'enquête soit confiée à un autre juge."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .indirect, "l'enquête soit confiée à un autre juge", "L'avocate de la famille", "demander")
            ])
    }

    @Test("lancer que reports a clause after a time word and a comma")
    func lancerQue() throws {
        let text = "Le président du club a lancé jeudi, que l'équipe ne lâcherait rien avant la fin de la saison."
        #expect(try quotes(text).map(\.cue) == ["lancer"])
    }

    @Test("soupçonner que reports a clause")
    func soupconnerQue() throws {
        let text = "Les enquêteurs soupçonnent que le feu a été allumé volontairement près du dépôt."
        #expect(try quotes(text).map(\.cue) == ["soupçonner"])
    }

    @Test("demander with an object and an infinitive reports no clause")
    func demanderObject() throws {
        let text = "Le ministre a demandé aux préfets de renforcer les contrôles que les douanes effectuent."
        #expect(try quotes(text).isEmpty)
    }
}

/// `apprendre que` as a report: the clause is the words of the source named after the
/// verb, or of nobody when the learner is the reporter's `on`; a learner named with no
/// source, and a gerund, report nothing.
@Suite("Verbs of learning with que")
struct LearningVerbTests {
    @Test("on apprend que reports the clause with no speaker")
    func onApprendQue() throws {
        let text = "Au détour du rapport annuel, on apprend que la compagnie a fermé trois agences en province."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "la compagnie a fermé trois agences en province", nil, "apprendre")
            ])
    }

    @Test("the source after par in an aside speaks the clause")
    func sourceAfterPar() throws {
        let text =
            "Deux jours plus tard, on apprenait, officiellement par la mairie de Namur, que le marché de Noël serait annulé."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "le marché de Noël serait annulé", "la mairie de Namur", "apprendre")
            ])
    }

    @Test("a learner with no source and a gerund report nothing")
    func learnerWithoutSource() throws {
        #expect(try quotes("Le joueur a appris mardi qu'il ne disputerait pas la finale de la coupe.").isEmpty)
        #expect(try quotes("Elle a pleuré en apprenant que son frère avait été blessé au front.").isEmpty)
    }
}

/// `se dire` and `se déclarer` with an attribute of the subject that an infinitive
/// completes: the subject states its own disposition (the `attr` frame).
@Suite("Reflexive verbs of saying with an attribute")
struct AttributeFrameTests {
    @Test("s'est dit prêt à gives the attribute and its infinitive")
    func ditPretA() throws {
        let text = "Le maire de Tournai, Paul Dufour, s'est dit prêt à rouvrir le dossier de la piscine communale."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "prêt à rouvrir le dossier de la piscine communale", "Paul Dufour", "dire")
            ])
    }

    @Test("coordinated attributes and an object pronoun before the infinitive")
    func coordinatedAttributes() throws {
        let text = "Les deux entraîneuses se déclarent surprises et ravies de les retrouver en sélection nationale."
        #expect(
            try quotes(text).map(\.text) == ["surprises et ravies de les retrouver en sélection nationale"])
    }

    @Test("an attribute with a noun complement, or a quoted infinitive, is no reported clause")
    func attributeWithoutInfinitive() throws {
        #expect(try quotes("La ministre s'est dite favorable au projet de loi sur les loyers.").isEmpty)
        #expect(
            try quotes("Le syndicat s'est dit prêt à « aller jusqu'au bout » du conflit.").map(\.kind) == [.partial])
    }

    @Test("signifier que and évaluer que report their clause")
    func signifierEvaluerQue() throws {
        let text = "Le ministre de la Santé a signifié que les frontières resteront fermées jusqu'en mars."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .indirect, "les frontières resteront fermées jusqu'en mars", "Le ministre de la Santé", "signifier")
            ])
        let estimate = "Le directeur de la police a évalué que 40 % des plaintes étaient liées au bruit."
        #expect(try quotes(estimate).map(\.cue) == ["évaluer"])
    }

    @Test("signifier que with a thing as subject means, it reports nothing")
    func signifierMeaning() throws {
        #expect(try quotes("Une hausse des taux signifierait que les ménages devront emprunter moins.").isEmpty)
        #expect(try quotes("Ce panneau signifie que le stationnement est interdit le mardi.").isEmpty)
        let told = "Le préfet a signifié aux organisateurs que la manifestation était interdite."
        #expect(try quotes(told).map(\.cue) == ["signifier"])
    }

    @Test("se plaindre de reports the infinitive after de")
    func plaindreDe() throws {
        let text = "Les chauffeurs de bus se plaignent de ne pas être payés depuis trois mois."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "ne pas être payés depuis trois mois", "Les chauffeurs de bus", "se plaindre")
            ])
    }
}
