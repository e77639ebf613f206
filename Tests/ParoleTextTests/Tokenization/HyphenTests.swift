import Testing

@Suite("Tokenizer: hyphens")
struct HyphenTests {
    @Test(
        "Hyphenated compounds stay whole",
        arguments: [
            "cessez-le-feu", "Saint-Étienne", "États-Unis", "al-Sisi", "peut-être", "porte-parole",
            "Seine-Saint-Denis", "c'est-à-dire", "rendez-vous", "2007-2008", "COVID-19", "vis-à-vis",
        ])
    func compounds(word: String) throws {
        #expect(try tokens(word) == [word])
    }

    @Test("Inverted subject pronouns split off the verb")
    func invertedPronouns() throws {
        #expect(try tokens("« Non », a-t-il dit.") == ["«", "Non", "»", ",", "a", "-t-il", "dit", "."])
        #expect(
            try tokens("Peut-on le croire ? estime-t-elle") == [
                "Peut", "-on", "le", "croire", "?", "estime", "-t-elle",
            ])
        #expect(try tokens("dit-il, sont-ils, Est-ce") == ["dit", "-il", ",", "sont", "-ils", ",", "Est", "-ce"])
    }

    @Test("Imperative pronouns and the particle -là split off")
    func objectPronouns() throws {
        #expect(
            try tokens("Allez-y, dites-moi ce jour-là") == ["Allez", "-y", ",", "dites", "-moi", "ce", "jour", "-là"])
    }

    @Test("Demonstratives with -là, and capitalised last parts, stay whole")
    func notPronouns() throws {
        #expect(try tokens("celui-là et Bourg-la-Reine") == ["celui-là", "et", "Bourg-la-Reine"])
    }

    @Test("Text in capitals splits its pronouns too")
    func shouting() throws {
        #expect(try tokens("EST-IL PARTI") == ["EST", "-IL", "PARTI"])
    }

    @Test("Dashes and runs of hyphens are punctuation")
    func dashes() throws {
        #expect(try kinds("1914 -- la guerre – enfin").map(\.0) == ["1914", "--", "la", "guerre", "–", "enfin"])
    }

    @Test("A sign before a number after a space belongs to the number")
    func signedNumbers() throws {
        #expect(try tokens("un score de -1,5 à -2") == ["un", "score", "de", "-1,5", "à", "-2"])
    }
}
