import ParoleCore
import ParoleEntities
import ParoleQuotes
import ParoleText
import Testing

/// The lexicon lint: every file of `Resources/lexicons` read through its row schema, and each
/// kind of bad row failing with the file and line.
@Suite struct LexiconSchemaTests {
    /// The classes of a small test file.
    enum Particle: String, WordClass {
        case family, arabic
    }

    /// The error `body` throws, or `nil`.
    private func error(_ body: () throws -> Void) -> LexiconError? {
        do {
            try body()
            return nil
        } catch let error as LexiconError {
            return error
        } catch {
            return nil
        }
    }

    /// The line and reason of a ``LexiconError/malformed(_:_:_:)`` whose file is `name.txt`.
    private func malformed(_ error: LexiconError?, file name: String) -> (line: Int, reason: String)? {
        guard case .malformed(let path, let line, let reason)? = error, path.contains("lexicons/\(name).txt") else {
            return nil
        }
        return (line, reason)
    }

    @Test func everyLexiconFollowsTheSchemaOfItsStage() throws {
        // The stages read every file through its schema: building them is the lint.
        try FrenchWordLists.check()
        _ = try EntityLexicons()
        _ = try QuoteLexicons()
        _ = try FrenchLexicon.shared()
        let names = try LexiconStore.shared.lexiconNames()
        #expect(names.contains("grammar-words") && names.contains("name-particles") && names.count > 40)
        // No file repeats a row, whatever its layout.
        for name in names where name != "french-forms" {
            let lexicon = try Lexicon.named(name)
            let columns = lexicon.entries.map(\.count).max() ?? 1
            #expect(throws: Never.self, "\(name)") {
                try lexicon.check(LexiconSchema(fields: 1...columns, key: Array(0..<columns)))
            }
        }
    }

    @Test func anUnknownCodeNamesFileAndLine() {
        let lexicon = Lexicon(name: "lint-codes", contents: "# particles\nvon\tfamily\nben\tarabc\n")
        let found = malformed(error { _ = try WordClassTable<Particle>(lexicon) }, file: "lint-codes")
        #expect(found?.line == 3)
        #expect(found?.reason.contains("unknown code `arabc`") == true)
        let schema = LexiconSchema(fields: 3...3, codes: [2: ["m", "f"]])
        let titles = Lexicon(name: "lint-titles", contents: "# titles\nmaire\trole\tm\npréfète\trole\tF\n")
        #expect(malformed(error { try titles.check(schema) }, file: "lint-titles")?.line == 3)
    }

    @Test func aMalformedRowNamesFileAndLine() {
        let lexicon = Lexicon(name: "lint-fields", contents: "# particles\n\nvon\tfamily\nbin\n")
        let found = malformed(error { _ = try WordClassTable<Particle>(lexicon) }, file: "lint-fields")
        #expect(found?.line == 4)
        #expect(found?.reason.contains("found 1") == true)
        let extra = Lexicon(name: "lint-extra", contents: "# particles\nvon\tfamily\tm\n")
        #expect(malformed(error { _ = try WordClassTable<Particle>(extra) }, file: "lint-extra")?.line == 2)
    }

    @Test func aDuplicateNamesBothLines() {
        let lexicon = Lexicon(name: "lint-duplicates", contents: "# particles\nvon\tfamily\nben\tarabic\nvon\tfamily\n")
        let found = malformed(error { _ = try WordClassTable<Particle>(lexicon) }, file: "lint-duplicates")
        #expect(found?.line == 4)
        #expect(found?.reason.contains("first at line 2") == true)
        // The same word in two classes is no duplicate of a word-class table.
        let twoClasses = Lexicon(name: "lint-classes", contents: "# particles\nbin\tfamily\nbin\tarabic\n")
        #expect(error { _ = try WordClassTable<Particle>(twoClasses) } == nil)
        // A one-word file keys on the word.
        let places = Lexicon(name: "lint-places", contents: "# places\nLaval\nMarseille\nLaval\n")
        #expect(malformed(error { try places.check(LexiconSchema(fields: 1...1)) }, file: "lint-places")?.line == 4)
    }

    @Test func theErrorReadsAsFileColonLine() {
        let lexicon = Lexicon(name: "lint-message", contents: "# particles\nvon\tfamilly\n")
        let message = error { _ = try WordClassTable<Particle>(lexicon) }?.description ?? ""
        #expect(message.contains("lexicons/lint-message.txt"))
        #expect(message.contains(".txt:2:") || message.contains("(built in):2:"))
    }

    @Test func aTableGivesItsClassesByWordAndKey() throws {
        let lexicon = Lexicon(name: "lint-table", contents: "# particles\nvon\tfamily\nDa\tfamily\nben\tarabic\n")
        let table = try WordClassTable<Particle>(lexicon)
        #expect(table.list(.family) == ["von", "Da"])
        #expect(table.words(.family, .arabic) == ["von", "Da", "ben"])
        #expect(table.keys(.family) == ["von", "da"])
    }

    @Test func theSharedListsHoldTheirClasses() {
        #expect(FrenchWordLists.grammar.keys(.deForms) == ["de", "du", "des", "d'"])
        #expect(FrenchWordLists.grammar.keys(.locative) == ["a", "au", "aux", "en"])
        #expect(FrenchWordLists.particles.words(.family).isSuperset(of: ["von", "van", "da", "dos", "das"]))
        #expect(FrenchWordLists.endings.list(.inhabitantFeminine).contains("ienne"))
    }
}
