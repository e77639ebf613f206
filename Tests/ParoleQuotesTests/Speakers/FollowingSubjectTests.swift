import Parole
import Testing

/// A quote that opens its paragraph with no cue, and that nothing before attributes,
/// is said by the person who is the subject of the sentence that follows it.
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
}
