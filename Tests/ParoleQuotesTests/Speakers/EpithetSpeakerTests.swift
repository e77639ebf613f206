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
