import Testing

@Suite("Tokenizer: abbreviations, addresses, quotation marks")
struct AbbreviationTests {
    @Test("Abbreviations keep their period")
    func abbreviations() throws {
        #expect(
            try tokens("M. Blinken et MM. Dupont, Mme Martin, Dr. Roux") == [
                "M.", "Blinken", "et", "MM.", "Dupont", ",", "Mme", "Martin", ",", "Dr.", "Roux",
            ])
        #expect(try tokens("en 52 av. J.-C. etc.") == ["en", "52", "av.", "J.-C.", "etc."])
    }

    @Test("Initials and dotted acronyms keep their periods")
    func initials() throws {
        #expect(
            try tokens("J. K. Rowling et l'O.N.U. à l'article L. 642-3") == [
                "J.", "K.", "Rowling", "et", "l'", "O.N.U.", "à", "l'", "article", "L.", "642-3",
            ])
    }

    @Test("A number's label keeps its period before a number only")
    func numberLabels() throws {
        #expect(try tokens("le vol. 3 et le chap. XII") == ["le", "vol.", "3", "et", "le", "chap.", "XII"])
        #expect(
            try tokens("Il a été arrêté pour vol. Le juge") == [
                "Il", "a", "été", "arrêté", "pour", "vol", ".", "Le", "juge",
            ])
        #expect(try tokens("un musée d'art. Les") == ["un", "musée", "d'", "art", ".", "Les"])
    }

    @Test("A final period after an ordinary word is its own token")
    func finalPeriod() throws {
        #expect(try tokens("Il est parti.") == ["Il", "est", "parti", "."])
        #expect(try tokens("Attendez...") == ["Attendez", "..."])
    }

    @Test("Web and e-mail addresses are one token")
    func addresses() throws {
        #expect(
            try kinds("Voir https://www.lemonde.fr/a/b?x=1, ou www.parole.fr.").map(\.0) == [
                "Voir", "https://www.lemonde.fr/a/b?x=1", ",", "ou", "www.parole.fr", ".",
            ])
        #expect(try kinds("Écrire à jean.dupont@example.org !").map(\.1) == [.word, .word, .email, .punct])
    }

    @Test("Every quotation mark is its own token of kind quote")
    func quotationMarks() throws {
        let result = try kinds("« Oui », “non” et \"peut-être\" ou 'poulpe aurore'")
        #expect(
            result.map(\.0) == [
                "«", "Oui", "»", ",", "“", "non", "”", "et", "\"", "peut-être", "\"", "ou", "'", "poulpe", "aurore",
                "'",
            ])
        #expect(result.filter { $0.1 == .quote }.count == 8)
    }

    @Test("Inclusive endings stay with their word")
    func inclusiveWriting() throws {
        #expect(try tokens("si vous êtes traité(e) par") == ["si", "vous", "êtes", "traité(e)", "par"])
    }
}
