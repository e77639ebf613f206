import Parole
import Testing

/// Where a reported clause ends and which clause a fragment belongs to: `tandis que`,
/// a coordinated finite verb after an infinitive, adverbial clauses.
@Suite("Clause boundaries")
struct ClauseBoundaryTests {
    @Test("tandis que and another speaker's verb end the reported clause")
    func contrastedSpeech() throws {
        let text =
            "La Fédération a assuré mardi que le calendrier serait « respecté », tandis que la Ligue avait jugé en mars ce calendrier « intenable »."
        #expect(try quote(text, startingWith: "le calendrier")?.text == "le calendrier serait « respecté »")
        #expect(try quote(text, startingWith: "intenable")?.speaker == "Ligue")
    }

    @Test("A reported clause goes on after a semicolon that words follow")
    func semicolon() throws {
        let text = "Le maire a estimé que la route était dangereuse ; les travaux commenceront en mai."
        #expect(
            try quote(text, startingWith: "la route")?.text
                == "la route était dangereuse ; les travaux commenceront en mai")
    }

    @Test("An infinitive clause stops before the reporter's next verb")
    func infinitiveEnd() throws {
        let text = "Le pharmacien a reconnu avoir « commis une faute », mais il a nié toute intention de nuire."
        #expect(try quote(text, startingWith: "avoir")?.text == "avoir « commis une faute »")
        let other = "Elle a dit vouloir déposer un nouveau plan d'ici décembre et doit rencontrer les maires."
        #expect(try quote(other, startingWith: "vouloir")?.text == "vouloir déposer un nouveau plan d'ici décembre")
    }

    @Test("A fragment in an adverbial clause is not the words of the verb before")
    func fragmentInAdverbialClause() throws {
        let text =
            "Le Suédois Erik Lindqvist a ajouté un troisième but, avant que Mathis Ouellet ne scelle la « remontada » dans un filet désert."
        #expect(try quotes(text).isEmpty)
    }

    @Test("An infinitive clause after whom the words were said to")
    func infinitiveAfterAddressee() throws {
        let text = "La gérante, blessée au bras, a raconté au Progrès avoir cru « mourir »."
        #expect(try quote(text, startingWith: "avoir")?.text == "avoir cru « mourir »")
    }

    @Test("sans and an infinitive or a complement after a reported clause are the reporter's")
    func reporterAfterSans() throws {
        let text = "Le ministre a répondu que le budget serait tenu, sans davantage de précisions."
        #expect(try quotes(text).map(\.text) == ["le budget serait tenu"])
    }

    @Test("que right after a noun's complement is a relative, not the verb's que")
    func relativeAfterComplement() throws {
        #expect(try quotes("Elle répondra devant les juges du malheur que tu as causé.").isEmpty)
        let text =
            "Ils ont affirmé mercredi, à l'issue d'un conseil des ministres à Toulouse, que l'Europe devait agir."
        #expect(try quotes(text).map(\.text) == ["l'Europe devait agir"])
    }

    @Test("An adjective in -ier before an incise is no infinitive whose complement follows it")
    func adjectiveBeforeIncise() throws {
        let text = "La Guinée reste un pays hospitalier, a-t-il dit, ajoutant que les frontières resteront ouvertes."
        #expect(
            try quotes(text).map(\.text) == [
                "La Guinée reste un pays hospitalier", "les frontières resteront ouvertes",
            ])
    }
}
