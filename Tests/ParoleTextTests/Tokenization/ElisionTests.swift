import Testing

@Suite("Tokenizer: elisions")
struct ElisionTests {
    @Test("Elided articles, pronouns and conjunctions split with their apostrophe")
    func elisionsSplit() throws {
        #expect(
            try tokens("L'armée israélienne n'a pas dit qu'elle s'était retirée.") == [
                "L'", "armée", "israélienne", "n'", "a", "pas", "dit", "qu'", "elle", "s'", "était", "retirée", ".",
            ])
        #expect(
            try tokens("C'est jusqu'à Gaza, lorsqu'il part, puisqu'on l'y envoie, j'ai vu.") == [
                "C'", "est", "jusqu'", "à", "Gaza", ",", "lorsqu'", "il", "part", ",", "puisqu'", "on", "l'", "y",
                "envoie", ",", "j'", "ai", "vu", ".",
            ])
    }

    @Test("Typographic apostrophes behave like straight ones")
    func typographicApostrophe() throws {
        #expect(
            try tokens("un retrait de l’armée d’occupation") == [
                "un", "retrait", "de", "l’", "armée", "d’", "occupation",
            ])
    }

    @Test(
        "Lexicalised words stay whole",
        arguments: [
            "aujourd'hui", "aujourd’hui", "presqu'île", "prud'homme", "quelqu'un", "Aujourd'hui",
        ])
    func lexicalisedWords(word: String) throws {
        #expect(try tokens(word) == [word])
    }

    @Test("An elision before a lexicalised word splits only the elision")
    func elisionBeforeLexicalisedWord() throws {
        #expect(try tokens("les jeunes d'aujourd'hui") == ["les", "jeunes", "d'", "aujourd'hui"])
    }

    @Test("Names with an apostrophe are not elisions")
    func namesWithApostrophe() throws {
        #expect(try tokens("Sinéad O'Connor et Moody's") == ["Sinéad", "O'Connor", "et", "Moody's"])
    }

    @Test("An elision whose apostrophe stands apart is still one token")
    func detachedApostrophe() throws {
        #expect(try tokens("l' armée") == ["l'", "armée"])
    }
}
