import ParoleCore
import ParoleText
import Testing

@Suite("French lexicon")
struct FrenchLexiconTests {
    let lexicon = try! FrenchLexicon.shared()

    @Test("Holds the full dictionary, inflected forms included")
    func size() {
        #expect(lexicon.formCount > 400_000)
    }

    @Test("A conjugated verb gives its infinitive, tense and person")
    func verbForm() throws {
        let analyses = lexicon.analyses(of: "déclarait")
        let verb = try #require(analyses.first { $0.partOfSpeech == .verb })
        #expect(verb.lemma == "déclarer")
        #expect(verb.feature("Tense") == "Imp")
        #expect(verb.feature("Person") == "3")
        #expect(lexicon.lemma(of: "Annonçaient", as: .verb) == "annoncer")
    }

    @Test("Nouns and adjectives give their singular, masculine lemma")
    func nominalForms() {
        #expect(lexicon.lemma(of: "négociations", as: .noun) == "négociation")
        #expect(lexicon.lemma(of: "diplomatiques", as: .adjective) == "diplomatique")
        #expect(lexicon.lemma(of: "israéliennes", as: .adjective) == "israélien")
    }

    @Test("An ambiguous form has every class")
    func ambiguity() {
        let classes = lexicon.classes(of: "la")
        #expect(classes.contains(.determiner))
        #expect(classes.contains(.pronoun))
        #expect(lexicon.classes(of: "est").contains(.verb))
        #expect(!lexicon.classes(of: "déclarait").contains(.noun))
    }

    @Test("First names carry their gender; surnames and place names are known")
    func names() {
        #expect(lexicon.firstNameGender("Barbara") == .female)
        #expect(lexicon.firstNameGender("Antoine") == .male)
        #expect(lexicon.firstNameGender("ministre") == nil)
        #expect(lexicon.isSurname("Dupont"))
        #expect(!lexicon.isSurname("Barbara"))
        #expect(lexicon.isProperName("Paris"))
    }

    @Test("Forms are looked up as written, with either apostrophe")
    func spelling() {
        #expect(lexicon.contains("Paris"))
        #expect(!lexicon.contains("xqzw"))
        #expect(lexicon.contains("aujourd’hui") == lexicon.contains("aujourd'hui"))
        #expect(lexicon.contains("aujourd'hui"))
    }

    @Test("A malformed line is reported with its file and line")
    func malformed() {
        let text = "# header\nT\t0\tNOUN|Gender=Fem\nP\t0\t0,,0 0,s,0\nvache\t3\n"
        #expect(throws: LexiconError.self) { try FrenchLexicon(contents: Array(text.utf8), file: "test.txt") }
        do {
            _ = try FrenchLexicon(contents: Array(text.utf8), file: "test.txt")
        } catch {
            #expect("\(error)" == "test.txt:4: unknown paradigm")
        }
        let unknownClass = "T\t0\tNOM\n"
        #expect(throws: LexiconError.self) { try FrenchLexicon(contents: Array(unknownClass.utf8)) }
    }

    @Test("A small table expands its paradigms")
    func paradigms() throws {
        let text =
            "T\t0\tNOUN|Number=Sing\nT\t1\tNOUN|Number=Plur\nP\t0\t0,,0 0,x,1\nP\t1\t0,,0 1,ux,1\ncheval\t1\njeu\t0\n"
        let small = try FrenchLexicon(contents: Array(text.utf8))
        #expect(small.lemma(of: "chevaux", as: .noun) == "cheval")
        #expect(small.lemma(of: "jeux", as: .noun) == "jeu")
        #expect(small.analyses(of: "jeux").first?.features == "Number=Plur")
        #expect(small.formCount == 4)
    }
}

@Suite("Lemma suffix rules")
struct LemmaSuffixRuleTests {
    @Test("Unknown words get the lemma of their ending")
    func shippedRules() throws {
        let rules = try LemmaSuffixRules()
        #expect(rules.lemma(of: "zorglubs", as: .noun) == "zorglub")
        #expect(rules.lemma(of: "tweetaient", as: .verb) == "tweeter")
        #expect(rules.lemma(of: "disruptives", as: .adjective) == "disruptif")
        #expect(rules.lemma(of: "stress", as: .noun) == "stress")
        #expect(rules.lemma(of: "as", as: .noun) == nil)
    }

    @Test("An unknown class or a repeated ending fails with the file and entry")
    func lint() {
        let unknown = Lexicon(name: "rules", contents: "# test\nNOM\ts\n")
        #expect(throws: LexiconError.self) { try LemmaSuffixRules(unknown) }
        let repeated = Lexicon(name: "rules", contents: "NOUN\ts\nNOUN\ts\tx\n")
        do {
            _ = try LemmaSuffixRules(repeated)
            Issue.record("a repeated ending was accepted")
        } catch {
            #expect("\(error)" == "rules.txt:2: duplicate ending s")
        }
    }
}

@Suite("French lexicon inflections")
struct FrenchLexiconInflectionTests {
    @Test("A verb's lemma gives its conjugation, an adjective's its agreement")
    func inflections() throws {
        let lexicon = try FrenchLexicon.shared()
        let verb = lexicon.inflections(of: "déclarer", as: .verb)
        #expect(verb.contains { $0.form == "déclarait" && $0.features.contains("Tense=Imp") })
        #expect(verb.contains { $0.form == "déclarèrent" })
        #expect(verb.count > 40)
        let adjective = Set(lexicon.inflections(of: "israélien", as: .adjective).map(\.form))
        #expect(adjective == ["israélien", "israélienne", "israéliens", "israéliennes"])
        #expect(lexicon.inflections(of: "déclarer", as: .noun).isEmpty)
    }
}
