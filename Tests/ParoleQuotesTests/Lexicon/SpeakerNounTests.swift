import Parole
import Testing

/// Speaker nouns of `quotes-speaker-nouns.txt` and `entities-titles.txt`: bodies that speak
/// (`la coordination`, `le réseau`) and the 1990 spellings without circumflex.
@Suite("Speaker nouns")
struct SpeakerNounTests {
    @Test("a coordination or a network speaks after an incise or comme")
    func groupNouns() throws {
        #expect(
            try quotes("Une nouvelle grève pourrait être lancée lundi, a ajouté la coordination.") == [
                QuoteSummary(.indirect, "Une nouvelle grève pourrait être lancée lundi", "la coordination", "ajouter")
            ])
        let network = "Les urgences fermeront plusieurs nuits cet été, comme le constate le réseau France Bleu."
        #expect(try quote(network, startingWith: "Les urgences")?.cue == "constater")
    }

    @Test("a noun or title spelt without its circumflex reads as the traditional spelling")
    func spellingWithoutCircumflex() throws {
        let channel = try #require(
            try quote("La chaine 3 évoque un « suivi mitigé » du mouvement.", startingWith: "suivi"))
        #expect(channel.kind == .partial && channel.speaker != nil)
        let traditional = "« Nous avons bien joué », a déclaré l'entraîneur, Marc Dubois."
        let reformed = "« Nous avons bien joué », a déclaré l'entraineur, Marc Dubois."
        #expect(try speakerWords(traditional, startingWith: "Nous")?.words == "l'entraîneur")
        #expect(try speakerWords(reformed, startingWith: "Nous")?.words == "l'entraineur")
    }
}

/// Person nouns and roles of news reports that name a speaker after an incise.
@Suite("Person nouns of news reports")
struct PersonSpeakerNounTests {
    @Test("un camarade, l'ado, un fan, le wali speak after an incise")
    func personNouns() throws {
        for speaker in ["un camarade de classe", "l'ado", "un fan du groupe", "le wali"] {
            let text = "Le cours a été annulé, a indiqué \(speaker)."
            #expect(
                try quotes(text) == [QuoteSummary(.indirect, "Le cours a été annulé", speaker, "indiquer")],
                "\(speaker)")
        }
    }
}
