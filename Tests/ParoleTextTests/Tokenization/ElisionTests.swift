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

    @Test("A capital N' or M' before a capital, or after a word, begins a name")
    func capitalElisionInName() throws {
        #expect(
            try tokens("Le milieu N'Golo Kanté a rejoint M'Bala.") == [
                "Le", "milieu", "N'Golo", "Kanté", "a", "rejoint", "M'Bala", ".",
            ])
        #expect(
            try tokens("La cour de Sidi M'hamed siège à M’sila.") == [
                "La", "cour", "de", "Sidi", "M'hamed", "siège", "à", "M’sila", ".",
            ])
    }

    @Test("A capital N' or M' opening a sentence is still an elision")
    func capitalElisionOpeningSentence() throws {
        #expect(
            try tokens("Il pleut. N'oubliez pas vos bottes ! M'a-t-il menti ?") == [
                "Il", "pleut", ".", "N'", "oubliez", "pas", "vos", "bottes", "!", "M'", "a", "-t-il", "menti", "?",
            ])
        #expect(
            try tokens("Il ne l'a pas vu : N'importe qui") == [
                "Il", "ne", "l'", "a", "pas", "vu", ":", "N'", "importe", "qui",
            ])
    }

    @Test("An elision whose apostrophe stands apart is still one token")
    func detachedApostrophe() throws {
        #expect(try tokens("l' armée") == ["l'", "armée"])
    }
}
