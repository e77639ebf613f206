import Parole
import Testing

/// A source phrase between a subject and its verb attributes the whole sentence.
@Suite("Source asides")
struct SourceAsideTests {
    @Test("Subject, selon X, verb: the whole sentence")
    func betweenSubjectAndVerb() throws {
        let text = "Les tarifs du nouveau réseau, selon l'association des usagers, sont devenus trop élevés."
        #expect(
            try quotes(text) == [
                QuoteSummary(
                    .indirect,
                    "Les tarifs du nouveau réseau, selon l'association des usagers, sont devenus trop élevés",
                    "l'association des usagers", "selon")
            ])
    }

    @Test("A fronted adverbial, selon X, clause: the words after the aside")
    func afterAdverbial() throws {
        let text = "Mardi soir, selon la préfecture, trois cents manifestants ont défilé dans le centre."
        #expect(try quotes(text).map(\.text) == ["trois cents manifestants ont défilé dans le centre"])
    }

    @Test("An aside between an infinitive and its complement attributes the complement")
    func insideInfinitivePhrase() throws {
        let text =
            "La séance a été suspendue dix minutes, ce qui a pu servir, d'après les syndicats, à rassembler les retardataires."
        #expect(try quotes(text).map(\.text) == ["à rassembler les retardataires"])
    }

    @Test("A relative clause about the source is not what it attributes")
    func relativeAfterSource() throws {
        let text =
            "La crise est-elle finie ? Pas encore, selon les infirmières qui manifestaient encore jeudi devant l'hôpital."
        #expect(try quotes(text).map(\.text) == ["Pas encore"])
    }

    @Test("A source in brackets: the words before the bracket, or the sentence around it")
    func inBrackets() throws {
        let last = "Deux agents ont été légèrement blessés pendant l'évacuation (selon la préfecture)."
        #expect(
            try quotes(last) == [
                QuoteSummary(
                    .indirect, "Deux agents ont été légèrement blessés pendant l'évacuation", "la préfecture",
                    "selon")
            ])
        let inside = "La marche (selon les syndicats) a rassemblé quatre mille personnes."
        #expect(
            try quotes(inside).map(\.text) == ["La marche (selon les syndicats) a rassemblé quatre mille personnes"])
    }

    @Test("Subject – selon X – verb: dashes make the same aside as commas")
    func betweenDashes() throws {
        let text = "Le chantier – selon la mairie – devrait durer deux ans."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "Le chantier – selon la mairie – devrait durer deux ans", "la mairie", "selon")
            ])
    }

    @Test("After parce que, a source between dashes reports the clause it opens")
    func dashesAfterSubordinator() throws {
        let text = "Le conducteur a été arrêté parce que – selon les gendarmes – il roulait sans permis."
        #expect(try quotes(text).map(\.text) == ["il roulait sans permis"])
    }
}
