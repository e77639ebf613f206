import Parole
import Testing

/// A person named once with a precise title, then referred back to by a broader noun
/// (`le magistrat`, `l'élue`, `l'intéressé`): the speaker is that person.
@Suite("Epithets that refer back to a named person")
struct EpithetSpeakerTests {
    @Test("Le magistrat after le procureur de X, Name")
    func magistrate() throws {
        let text = """
            Selon le procureur de Lyon, Thierry Dran, l'enquête « avance rapidement ». \
            Le magistrat a précisé qu'aucune interpellation n'avait encore eu lieu.
            """
        #expect(try quote(text, startingWith: "aucune interpellation")?.speaker == "Thierry Dran")
    }

    @Test("L'élue takes the woman named last, not a man")
    func electedWoman() throws {
        let text = """
            La conseillère régionale Sophie Marchal a rencontré les riverains samedi. \
            L'élue a assuré que le chantier reprendrait en avril.
            """
        #expect(try quote(text, startingWith: "le chantier")?.speaker == "Sophie Marchal")
        let man = """
            Le conseiller régional Paul Marchal a rencontré les riverains samedi. \
            L'élue a assuré que le chantier reprendrait en avril.
            """
        #expect(try quote(man, startingWith: "le chantier")?.speaker != "Paul Marchal")
    }

    @Test("A noun that introduces new people, or a phrase with a complement, is not an epithet")
    func notEpithets() throws {
        let prosecutor = """
            Catherine Vasseur, l'ancienne directrice financière, était absente à l'audience. \
            La procureure a estimé que le dossier relevait d'un système organisé.
            """
        #expect(try quote(prosecutor, startingWith: "le dossier")?.speaker != "Catherine Vasseur")
        let complement = """
            Le procureur de Lyon, Thierry Dran, a ouvert une enquête. \
            Le magistrat du parquet de Vienne a précisé que l'affaire était distincte.
            """
        #expect(try quote(complement, startingWith: "l'affaire")?.speaker != "Thierry Dran")
    }

    @Test("The person must be named in this sentence or the two before")
    func tooFarBack() throws {
        let text = """
            Le procureur de Lyon, Thierry Dran, a ouvert une enquête lundi. Les faits remontent à mars. \
            Trois plaintes ont été déposées. Deux victimes ont été entendues. \
            Le magistrat a précisé qu'aucune interpellation n'avait eu lieu.
            """
        #expect(try quote(text, startingWith: "aucune interpellation")?.speaker != "Thierry Dran")
    }
}

/// A role phrase that names no one takes up the person the document gives it: the name
/// set in apposition to the role (after an epithet, or after complements listed with
/// commas), or the named subject its paragraph is about.
@Suite("Role phrases that name a person of the document")
struct RolePhraseSpeakerTests {
    @Test("A role with a complement takes up the person its paragraph names")
    func paragraphSubject() throws {
        let text = """
            Marc Dufresne a inauguré la nouvelle halle mardi matin. « Nous avons tenu les délais », \
            a lancé le président de la communauté de communes.
            """
        #expect(try quote(text, startingWith: "Nous avons tenu")?.speaker == "Marc Dufresne")
    }

    @Test("Not a person of another paragraph, nor one named in passing")
    func notBeyondParagraph() throws {
        let paragraph = """
            Marc Dufresne a inauguré la nouvelle halle mardi matin.

            « Nous avons tenu les délais », a lancé le président de la communauté de communes.
            """
        let other = try quote(paragraph, startingWith: "Nous avons tenu")
        #expect(other != nil && other?.speaker != "Marc Dufresne")
        let passing = """
            La halle dessinée par Marc Dufresne a ouvert mardi. « Nous avons tenu les délais », \
            a lancé le président de la communauté de communes.
            """
        let inPassing = try quote(passing, startingWith: "Nous avons tenu")
        #expect(inPassing != nil && inPassing?.speaker != "Marc Dufresne")
    }

    @Test("A role set before a name that an epithet opens")
    func roleBeforeEpithet() throws {
        let text = """
            Le directeur de l'Agence spatiale européenne (ESA), le Lyonnais Paul Verne, a présenté \
            le calendrier jeudi. « Le lanceur sera prêt en mars », assure-t-il.
            """
        #expect(try quote(text, startingWith: "Le lanceur")?.speaker == "Paul Verne")
    }

    @Test("A role whose complements are listed with commas before the name")
    func listedComplements() throws {
        let text = """
            La ministre de la Santé, des Solidarités et de la Famille, Claire Ombredane, a visité \
            l'hôpital de Brest.

            La ministre a promis que de nouveaux lits seraient ouverts avant l'hiver.
            """
        #expect(try quote(text, startingWith: "de nouveaux lits")?.speaker == "Claire Ombredane")
    }

    @Test("A role that opens the next clause is not in apposition to the name before it")
    func subjectAfterName() throws {
        let text = """
            Reçu lundi par Jean Morel, le ministre a promis que les crédits seraient débloqués.
            """
        let found = try quote(text, startingWith: "les crédits")
        #expect(found != nil && found?.speaker != "Jean Morel")
    }

    @Test("L'officier and le syndicaliste refer back to the named colonel and union leader")
    func officerAndUnionist() throws {
        let officer = """
            Le porte-parole de l'armée, le colonel Cyrille Atonfack, a indiqué qu'une enquête avait été ouverte.

            « L'armée ne tolérera aucun abus », a martelé l'officier.
            """
        #expect(try quote(officer, startingWith: "L'armée")?.speaker == "Cyrille Atonfack")
        let unionist = """
            Le secrétaire général de la CNTS, Mody Guiro, a été reçu au palais jeudi.             Le syndicaliste a assuré que les discussions reprendraient lundi.
            """
        #expect(try quote(unionist, startingWith: "les discussions")?.speaker == "Mody Guiro")
    }
}
