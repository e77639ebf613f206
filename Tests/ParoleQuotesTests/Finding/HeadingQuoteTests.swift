import Parole
import Testing

/// Quotations in titles and intertitles: a short line with no final punctuation quotes
/// the article's speakers, even a short capitalised fragment that would read as a title
/// in running text.
@Suite("Heading quotes")
struct HeadingQuoteTests {
    @Test("A short capitalised fragment in a title is a quote with no speaker")
    func capitalisedFragmentInTitle() throws {
        let text = """
            « Bilan mitigé » pour la foire agricole de Libramont
            Les organisateurs ont accueilli moins de visiteurs que l'an dernier, a indiqué la direction.
            """
        #expect(try quote(text, startingWith: "Bilan") == QuoteSummary(.partial, "Bilan mitigé", nil))
    }

    @Test("A one-word fragment in an intertitle is a quote")
    func oneWordIntertitle() throws {
        let text = """
            Les syndicats ont rencontré le ministre du Travail mardi matin.
            Un « malentendu »
            Le ministre a reconnu que la réforme avait été mal expliquée aux salariés.
            """
        #expect(try quote(text, startingWith: "malentendu") == QuoteSummary(.partial, "malentendu", nil))
    }

    @Test("The same fragment in running text stays a scare quote")
    func sameFragmentInProse() throws {
        let text = "Le festival a présenté « Bilan mitigé », une pièce de la compagnie locale, samedi soir."
        #expect(try quote(text, startingWith: "Bilan") == nil)
    }

    @Test("A title that opens with a name and a colon gives the quote to that person")
    func nameBeforeColon() throws {
        let text = """
            Sophie Marchal : pas question de céder à la « panique »
            La ministre de la Santé s'est exprimée mardi devant les députés.
            """
        #expect(try quote(text, startingWith: "panique") == QuoteSummary(.partial, "panique", "Sophie Marchal"))
    }

    @Test("A title that closes with pour and a name gives the quote to that person")
    func pourNameAtEnd() throws {
        let text = """
            Des accusations « absurdes » pour Marc Delorme
            Le maire de Tournai a répondu jeudi aux critiques de l'opposition.
            """
        #expect(try quote(text, startingWith: "absurdes") == QuoteSummary(.partial, "absurdes", "Marc Delorme"))
    }

    @Test("A long line with no final punctuation is no heading")
    func longLineIsNoHeading() throws {
        let text = """
            Le conseil communal a longuement débattu hier soir du projet de rénovation de la place du marché et du « Grand Hall » voisin sans parvenir à trancher
            """
        #expect(try quote(text, startingWith: "Grand") == nil)
    }

    @Test("A place before the colon of a title is where the words were said, not who said them")
    func placeBeforeColon() throws {
        let text = """
            Toulouse : « Nous ne fermerons pas l'usine avant l'été »
            Les salariés ont été reçus mardi par la direction du site.
            """
        #expect(try quote(text, startingWith: "Nous ne fermerons")?.speaker == nil)
        let governed = """
            Au Portugal : « Combien de temps faudra-t-il attendre ? »
            Les enseignants manifestaient samedi devant le ministère.
            """
        #expect(try quote(governed, startingWith: "Combien")?.speaker == nil)
    }

    @Test("A name in brackets before the colon of a title is an aside, not the speaker")
    func bracketedNameBeforeColon() throws {
        let text = """
            Interpellation de Mamadou Sylla (RPG) : « c'est une cabale »
            Le militant a été conduit au commissariat central jeudi soir.
            """
        #expect(try quote(text, startingWith: "c'est une cabale")?.speaker == nil)
    }

    @Test("A name alone after a quotation closed by its own final point signs it")
    func signatureAfterFinalPoint() throws {
        let text = """
            Kinshasa : " Le scrutin a été faussé du début à la fin." Pierre Lambert.
            L'opposant s'exprimait mercredi soir sur une radio locale.
            """
        #expect(try quote(text, startingWith: "Le scrutin")?.speaker == "Pierre Lambert")
    }

    @Test("The subject of a title's clause after a colon speaks the quoted verb phrase")
    func subjectAfterColonSpeaks() throws {
        let text = """
            Grève des bus à Lyon : la direction ne « cédera pas » aux exigences des chauffeurs
            Les négociations doivent reprendre lundi au siège de la société.
            """
        #expect(try quote(text, startingWith: "cédera")?.speaker == "la direction")
    }

    @Test("A one-word fragment after a title's dash is the words of the clause's subject")
    func oneWordAfterDash() throws {
        let text = """
            Que faire des déchets verts ? – Le gouvernement wallon présente son plan « ambitieux » mardi
            Les communes attendaient ces mesures depuis le printemps.
            """
        #expect(try quote(text, startingWith: "ambitieux")?.speaker == "Le gouvernement wallon")
    }

    @Test("A subject the quotation follows with no verb in a title names nobody")
    func verblessSubjectNamesNobody() throws {
        let text = """
            Vaccins : le ministère de la Santé « toujours en retard d'une saison »
            Les pharmaciens dénoncent des livraisons tardives dans plusieurs provinces.
            """
        #expect(try quote(text, startingWith: "toujours")?.speaker == nil)
    }
}
