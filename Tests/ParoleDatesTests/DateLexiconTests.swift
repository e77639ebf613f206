import Foundation
import ParoleCore
import Testing

@testable import ParoleDates

/// The `dates-*` lexicons: each file is read through its typed row schema, and a bad
/// row fails with `file:line`.
@Suite("Date lexicons")
struct DateLexiconTests {
    /// Every `dates-*.txt` file with the schema that reads it.
    static let schemas: [String: @Sendable (DateLexiconFile) throws -> Int] = [
        "dates-words": { try DateVocabulary.temporalWords($0).count },
        "dates-tense": { try DateVocabulary.tenseCues($0).count },
        "dates-holidays": { try DateVocabulary.holidays($0).count },
        "dates-references": { try DateVocabulary.references($0).count },
        "dates-persons": { try DateVocabulary.singleWords($0).count },
        "dates-idioms": { try DateVocabulary.singleWords($0).count },
        "dates-sets": { try DateVocabulary.setPhrases($0).count },
        "dates-function-words": { try DateVocabulary.wordClasses($0).count },
        "dates-context-words": { try DateVocabulary.wordClasses($0).count },
        "dates-endings": { try DateVocabulary.endings($0).count },
    ]

    @Test("Lint: every dates-* lexicon has a schema, a header naming its source, and valid rows")
    func lint() throws {
        let names = try LexiconStore.shared.lexiconNames().filter { $0.hasPrefix("dates-") }
        #expect(names.count == Self.schemas.count)
        for name in names {
            let schema = try #require(Self.schemas[name], "no row schema for \(name).txt")
            let file = try DateLexiconFile.named(name)
            #expect(try schema(file) > 0, "\(name) is empty")
            let text = String(decoding: try LexiconStore.shared.contents(of: "lexicons/\(name).txt"), as: UTF8.self)
            #expect(text.hasPrefix("# "), "\(name).txt has no header")
            #expect(text.contains("Written for Parole") || text.contains("ICU"), "\(name).txt names no source")
        }
        // The word classes fit the bit set.
        #expect(WordClassName.allCases.count < 128)
    }

    @Test("An unknown class fails with file:line")
    func unknownClass() {
        let file = DateLexiconFile(
            name: "dates-test", path: "dates-test.txt", contents: "# header\nde\tof\nà\tdestination\n")
        #expect(throws: LexiconError.self) { try DateVocabulary.wordClasses(file) }
        do {
            _ = try DateVocabulary.wordClasses(file)
        } catch {
            #expect("\(error)" == "dates-test.txt:3: unknown class `destination`")
        }
    }

    @Test("A duplicate row fails with file:line and names the first")
    func duplicate() {
        let file = DateLexiconFile(name: "dates-test", path: "dates-test.txt", contents: "de\tof\n\nde\tof\n")
        do {
            _ = try DateVocabulary.wordClasses(file)
            Issue.record("a duplicate was accepted")
        } catch {
            #expect("\(error)" == "dates-test.txt:3: duplicate of line 1")
        }
    }

    @Test("Unknown codes and bad values in the other schemas fail")
    func badCodes() {
        let words = DateLexiconFile(name: "w", path: "w.txt", contents: "hier\tday\t-1\nsoir\tdaypart\tXX\n")
        #expect(throws: LexiconError.self) { try DateVocabulary.temporalWords(words) }
        let tense = DateLexiconFile(name: "t", path: "t.txt", contents: "a\thave\nva\twill\n")
        #expect(throws: LexiconError.self) { try DateVocabulary.tenseCues(tense) }
        let holidays = DateLexiconFile(name: "h", path: "h.txt", contents: "noël\tfixed\t12-32\n")
        #expect(throws: LexiconError.self) { try DateVocabulary.holidays(holidays) }
        let references = DateLexiconFile(name: "r", path: "r.txt", contents: "à présent\tNOW_REF\talways\n")
        #expect(throws: LexiconError.self) { try DateVocabulary.references(references) }
        let sets = DateLexiconFile(name: "s", path: "s.txt", contents: "au jour le jour\tD\nde mois en mois\tMONTH\n")
        #expect(throws: LexiconError.self) { try DateVocabulary.setPhrases(sets) }
        let endings = DateLexiconFile(name: "e", path: "e.txt", contents: "era\tfuture\nment\tmanner\n")
        #expect(throws: LexiconError.self) { try DateVocabulary.endings(endings) }
        let fields = DateLexiconFile(name: "f", path: "f.txt", contents: "de\n")
        #expect(throws: LexiconError.self) { try DateVocabulary.wordClasses(fields) }
    }
}
