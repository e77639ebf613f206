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
}
