import Parole
import Testing

/// A quote that opens its paragraph with no cue, and that nothing before attributes,
/// is said by the person who is the subject of the sentence that follows it; so is one
/// whose incise pronoun nothing before stands for, when the subject agrees with it.
@Suite("Speakers named right after the quote")
struct FollowingSubjectTests {
    @Test("The subject of the sentence after the quote is its speaker")
    func subjectAfterQuote() throws {
        let text = """
            Trois villages de la vallée n'ont toujours pas de médecin depuis le départ à la retraite du docteur.

            « On nous promet un remplaçant depuis deux ans. » Ce mardi, la maire de Saint-Vran Odile Perrin \
            a de nouveau écrit à l'agence régionale de santé.
            """
        #expect(try quote(text, startingWith: "On nous promet")?.speaker == "Odile Perrin")
    }

    @Test("The agent of a passive after the quote is its speaker")
    func passiveAgentAfterQuote() throws {
        let text = """
            Le chantier du nouveau pont a pris six mois de retard.

            « Les entreprises manquent de bras et les prix des matériaux ont explosé. » Le constat est dressé \
            par Marc Lenoir, l'ingénieur chargé des travaux.
            """
        #expect(try quote(text, startingWith: "Les entreprises")?.speaker == "Marc Lenoir")
    }

    @Test("A quote that ends its paragraph takes no speaker from the next one")
    func paragraphEndsWithQuote() throws {
        let text = """
            Le chantier du nouveau pont a pris six mois de retard.

            « Les entreprises manquent de bras. »

            Marc Lenoir a pris ses fonctions en janvier.
            """
        #expect(try quote(text, startingWith: "Les entreprises")?.speaker == nil)
    }

    /// A dialogue turn that ends the document, split by an incise, leaves no token after
    /// the quote to read a subject from (this text made the stage trap on an index out of
    /// range before the guard).
    @Test("A quote that ends the document looks for no sentence after it")
    func quoteEndsDocument() throws {
        let text = """
            – Prenez, madame Durand, me dit le gardien du musée, voilà vos clés ; vous n’avez pas besoin \
            de vous presser ce soir ; demain, on fermera ; il fera jour. Ils ne reviendront pas avant l’aube.
            Ce regard qui m’avait suivi, ces mains qui avaient tremblé, c’étaient les mains de Lucie.
            – Vous savez, Martin, reprit madame Durand, se tournant vers le notaire, c’est ce jour-là que \
            tout a changé.
            """
        #expect(try quote(text, startingWith: "Vous savez") != nil)
    }

    @Test("An incise pronoun nothing before stands for names the next sentence's subject")
    func cataphoricPronoun() throws {
        let text =
            "« Nous resterons mobilisés », a-t-elle prévenu. La secrétaire générale de la CGT, Sophie Binet, "
            + "s'exprimait à l'issue d'une réunion intersyndicale."
        #expect(try quote(text, startingWith: "Nous resterons")?.speaker == "Sophie Binet")
        let split =
            "« Cette décision, a-t-elle souligné, est historique pour le canton. » "
            + "La conseillère d'État Isabelle Moret s'exprimait devant le Grand Conseil vaudois."
        #expect(try quotes(split).map(\.speaker) == ["Isabelle Moret", "Isabelle Moret"])
    }

    @Test("A next subject of the other gender is not the pronoun's")
    func cataphoricPronounDisagreeing() throws {
        let text = "« Je ne lâcherai rien », a-t-il lancé. La ministre Anne Dubois assistait à la scène."
        #expect(try quote(text, startingWith: "Je ne")?.speaker != "Anne Dubois")
    }

    @Test("A next subject with a possessive or a tonic pronoun is someone else")
    func cataphoricPronounSetApart() throws {
        let rival =
            "« Nous serons prêts pour la rentrée », a-t-il promis. Son adversaire, Jean Moreau, "
            + "a répliqué que rien n'était prêt."
        #expect(try quote(rival, startingWith: "Nous serons")?.speaker != "Jean Moreau")
        let prefect =
            "« Il faut rouvrir la route au plus vite », a-t-il insisté. Le préfet, lui, "
            + "a estimé que la situation restait dangereuse."
        #expect(try quote(prefect, startingWith: "Il faut")?.speaker != "Le préfet")
    }

    @Test("A next subject whose verb is a reply answers the quote")
    func cataphoricPronounBeforeReply() throws {
        let reply =
            "« La ligne de tramway sera livrée en juin », a-t-elle assuré. La présidente de "
            + "l'agglomération, Claire Vasseur, a rétorqué que les travaux avaient pris du retard."
        #expect(try quote(reply, startingWith: "La ligne")?.speaker != "Claire Vasseur")
    }

    @Test("A noun of words after a demonstrative names the speaker in its complement")
    func wordsNounComplement() throws {
        let text = """
            Les coupures de courant se multiplient à Garoua depuis le début du mois.

            « Nous avons tout perdu dans le congélateur. » Ce témoignage d'une commerçante du \
            marché central illustre la colère des habitants.
            """
        #expect(try quote(text, startingWith: "Nous avons")?.speaker == "une commerçante du marché central")
    }

    @Test("Telle est la réponse de names whose words the quote before were")
    func suchWasTheAnswer() throws {
        let text = """
            « Les chiffres du chômage ne mentent pas. » Telle est la réponse de Paul Mercier, \
            ministre du Travail, aux critiques de l'opposition.
            """
        #expect(try quote(text, startingWith: "Les chiffres")?.speaker == "Paul Mercier")
    }

    @Test("A sentence opening with C'est ainsi que takes up the quote, selon names its source")
    func thusAccordingTo() throws {
        let text = """
            « Les routes sont coupées, les villages sont isolés. » C'est ainsi que se présente \
            la situation dans la vallée, selon le porte-parole de la protection civile.
            """
        #expect(
            try quote(text, startingWith: "Les routes")?.speaker == "le porte-parole de la protection civile")
    }

    @Test("A demonstrative pronoun after a verb compares the words with another's, whose they are not")
    func wordsComparedWithAnother() throws {
        let text = """
            « La réforme des retraites est nécessaire. » Ces propos tranchent avec ceux du \
            ministre de la Santé, qui plaidait pour une pause.
            """
        #expect(try quote(text, startingWith: "La réforme")?.speaker == nil)
        let statement = """
            « Nous allons augmenter les salaires. » Cette déclaration contredit celle du directeur financier.
            """
        #expect(try quote(statement, startingWith: "Nous allons")?.speaker == nil)
    }

    @Test("After C'est ainsi que, a person named before selon is who spoke, not the source")
    func thusPersonBeforeSource() throws {
        let text = """
            « Il m'a frappé avec une barre de fer. » C'est ainsi que la victime a décrit son \
            agresseur, selon la police.
            """
        #expect(try quote(text, startingWith: "Il m'a frappé")?.speaker != "la police")
    }
}
