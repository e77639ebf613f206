import Parole
import Testing

/// A verb built `qn que` (the `addr` frame of `quotes-speech-verbs.txt`): the person told
/// stands as a direct object between the verb and `que`.
@Suite("Addressee before que")
struct AddresseeFrameTests {
    @Test("informer X que reports the clause")
    func informerQue() throws {
        let text = "La directrice de l'usine a informé le ministre que la chaîne redémarrerait jeudi."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "la chaîne redémarrerait jeudi", "La directrice de l'usine", "informer")
            ])
    }

    @Test("prévenir, avertir and convaincre with a noun phrase as addressee")
    func otherVerbs() throws {
        #expect(
            try quotes("Le syndicat a prévenu la direction que le mouvement durerait.").map(\.text) == [
                "le mouvement durerait"
            ])
        #expect(
            try quotes("La préfète avertit les riverains que l'eau restera coupée.").map(\.cue) == ["avertir"])
        #expect(
            try quotes("L'avocate a convaincu la juge que son client disait vrai.").map(\.text) == [
                "son client disait vrai"
            ])
    }

    @Test("a whole population or households told: rassurer la population que")
    func populationAddressee() throws {
        let text = "Le préfet de la Somme a rassuré la population que l'eau du robinet restait potable."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "l'eau du robinet restait potable", "Le préfet de la Somme", "rassurer")
            ])
    }

    @Test("informer X de ce que reports the clause after que")
    func informerDeCeQue() throws {
        let text = "Le maire a informé les habitants de ce que la rue serait fermée tout l'été."
        #expect(
            try quotes(text) == [QuoteSummary(.indirect, "la rue serait fermée tout l'été", "Le maire", "informer")])
    }

    @Test("a relative que after an ordinary object reports nothing")
    func relativeAfterObject() throws {
        #expect(try quotes("Le gouvernement a annoncé les aides que le Parlement votera en juin.").isEmpty)
        #expect(try quotes("La ville a prévenu les dégâts que la crue aurait causés.").isEmpty)
    }

    @Test("faire savoir and indiquer with a recipient after à still report the clause")
    func recipientBeforeQue() throws {
        #expect(
            try quotes("La banque a fait savoir à ses clients que les frais baisseraient.").map(\.cue) == [
                "faire savoir"
            ])
        #expect(
            try quotes("Le recteur a indiqué aux parents que les cours reprendraient.").map(\.text) == [
                "les cours reprendraient"
            ])
    }
}

/// A reported infinitive after the person told (`à` and a noun phrase), negated or not.
@Suite("Infinitive after a recipient")
struct RecipientInfinitiveTests {
    @Test("ne pas and ne plus before the infinitive")
    func negatedInfinitive() throws {
        #expect(
            try quotes("La ministre a affirmé à la presse ne pas vouloir retirer le texte.") == [
                QuoteSummary(.indirect, "ne pas vouloir retirer le texte", "La ministre", "affirmer")
            ])
        #expect(
            try quotes("Le maire a assuré aux commerçants ne plus vouloir piétonniser la place.").map(\.text) == [
                "ne plus vouloir piétonniser la place"
            ])
    }

    @Test("n'avoir jamais after the recipient")
    func elidedNegation() throws {
        let text = "Le joueur a raconté à ses coéquipiers n'avoir jamais douté."
        #expect(try quotes(text).map(\.text) == ["n'avoir jamais douté"])
    }
}

/// An impersonal passive as an incise: `, a-t-il été précisé`. The clause before it is an
/// indirect quote of nobody, unless a source follows (`auprès de`).
@Suite("Impersonal passive incises")
struct ImpersonalInciseTests {
    @Test("a-t-il été précisé reports the clause before it with no speaker")
    func noSpeaker() throws {
        let text = "Le pont restera fermé jusqu'en avril, a-t-il été précisé à la mairie."
        #expect(try quotes(text) == [QuoteSummary(.indirect, "Le pont restera fermé jusqu'en avril", nil, "préciser")])
    }

    @Test("a source after auprès de speaks")
    func sourceAfterAupres() throws {
        let text = "Les fouilles reprendront au printemps, a-t-il été indiqué auprès de la préfecture."
        #expect(try quotes(text).map(\.speaker) == ["la préfecture"])
    }

    @Test("after a quotation, the impersonal incise names nobody")
    func afterQuotation() throws {
        let text = "« Le marché ouvrira dimanche », a-t-il été annoncé."
        #expect(try quotes(text) == [QuoteSummary(.direct, "Le marché ouvrira dimanche", nil, "annoncer")])
    }

    @Test("a-t-il été décidé is no speech")
    func decisionIsNoSpeech() throws {
        #expect(try quotes("La fête aura lieu en juin, a-t-il été décidé.").isEmpty)
    }

    @Test("a-t-on précisé still reports, by the organisation named after it or nobody")
    func invertedOn() throws {
        let text = "Le pont restera fermé jusqu'en avril, a-t-on précisé à la mairie."
        #expect(try quotes(text).map(\.speaker) == ["la mairie"])
        #expect(try quotes("Le pont restera fermé jusqu'en avril, a-t-on précisé.").map(\.speaker) == [nil])
    }
}
