import Parole
import Testing

/// Where a reported clause ends when the reporter goes on about the speaking itself: the
/// occasion or channel of the words (`, lors d'un point de presse`), a gerund of a speech
/// verb (`, en citant`), and a source phrase after a complete clause followed by a
/// circumstantial (`…, selon X, à l'instar de …`).
@Suite("Speech settings")
struct SpeechSettingTests {
    @Test("A phrase naming the occasion of the speaking ends the reported clause")
    func occasionEndsClause() throws {
        let text =
            "Le secrétaire général a assuré que la question serait réglée avant l'été, lors d'un point de presse consécutif à la clôture du sommet."
        #expect(try quotes(text).map(\.text) == ["la question serait réglée avant l'été"])
        let channel =
            "La ministre a estimé que la réforme des retraites restait nécessaire, dans un entretien accordé mardi à un quotidien régional."
        #expect(try quotes(channel).map(\.text) == ["la réforme des retraites restait nécessaire"])
    }

    @Test("After a quoted fragment, the occasion of the speaking is the reporter's too")
    func occasionAfterFragment() throws {
        let text =
            "Le diplomate a affirmé que le différend frontalier serait « réglé », au cours d'une conférence de presse à Genève."
        #expect(
            try quotes(text).map(\.text) == ["le différend frontalier serait « réglé »", "réglé"])
    }

    @Test("A circumstantial that is no occasion of speaking stays in the clause")
    func otherCircumstantialStays() throws {
        let text = "Le maire a annoncé que la route serait rouverte, dans les prochains jours."
        #expect(try quotes(text).map(\.text) == ["la route serait rouverte, dans les prochains jours"])
        // A phrase with a verb of its own goes on with the content.
        let clause =
            "Le président a déclaré que le pays traversait une crise grave, lors de la séance où les députés ont voté."
        #expect(
            try quotes(clause).map(\.text) == [
                "le pays traversait une crise grave, lors de la séance où les députés ont voté"
            ])
    }

    @Test("A gerund of a verb of citing after the clause is the reporter's")
    func citingGerund() throws {
        let text =
            "Les avocats ont soutenu que leur client risquait d'être radié, en citant une émission de l'ancien ministre de la Justice."
        #expect(try quotes(text).map(\.text) == ["leur client risquait d'être radié"])
    }

    @Test("A source phrase after a complete clause and before a circumstantial closes the clause")
    func sourceBeforeCircumstantial() throws {
        let text =
            "Les petites scènes ont connu des soirées mémorables, selon le directeur du festival, à l'image du concert de clôture."
        #expect(
            try quote(text, startingWith: "Les petites")?.text == "Les petites scènes ont connu des soirées mémorables")
        #expect(try quote(text, startingWith: "Les petites")?.speaker == "le directeur du festival")
    }

    @Test("A source phrase inside an unfinished clause stays an aside")
    func sourceAsideInsideClause() throws {
        // `est` waits for its complement: `en hausse constante` goes on with the clause.
        let text = "Le nombre de plaintes déposées est, selon la préfecture, en hausse constante depuis janvier."
        #expect(
            try quotes(text).map(\.text) == [
                "Le nombre de plaintes déposées est, selon la préfecture, en hausse constante depuis janvier"
            ])
    }

    @Test("A noun or a past participle that can also be read as a verb can end the clause")
    func nounOrParticipleEndsClause() throws {
        let noun =
            "Les ventes de vélos électriques ont connu une hausse, selon le syndicat des fabricants, à l'image des trottinettes."
        #expect(
            try quote(noun, startingWith: "Les ventes")?.text == "Les ventes de vélos électriques ont connu une hausse")
        let participle =
            "Les plages du littoral ont été très fréquentées, selon l'office du tourisme, à l'image des campings voisins."
        #expect(
            try quote(participle, startingWith: "Les plages")?.text == "Les plages du littoral ont été très fréquentées"
        )
    }

    @Test("A phrase led by a preposition that opens content stays in the clause")
    func contentPrepositionStays() throws {
        let before = "Le ministre a assuré que le texte serait voté, avant le débat au Sénat."
        #expect(try quotes(before).map(\.text) == ["le texte serait voté, avant le débat au Sénat"])
        let despite = "La porte-parole a indiqué que la grève continuerait, malgré la réunion de jeudi."
        #expect(try quotes(despite).map(\.text) == ["la grève continuerait, malgré la réunion de jeudi"])
        let after =
            "Le conseiller a estimé que les relations restaient tendues, après l'entretien entre les deux présidents."
        #expect(
            try quotes(after).map(\.text) == [
                "les relations restaient tendues, après l'entretien entre les deux présidents"
            ])
    }

    @Test("A plural noun of speaking heads an occasion too")
    func pluralOccasion() throws {
        let text = "Le sélectionneur a répété que son équipe était prête, lors de ses entretiens avec la presse."
        #expect(try quotes(text).map(\.text) == ["son équipe était prête"])
    }
}
