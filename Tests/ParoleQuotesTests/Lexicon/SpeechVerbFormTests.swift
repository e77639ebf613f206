import ParoleCore
import ParoleText
import Testing

@testable import ParoleQuotes

@Suite("Speech verb forms from the French lexicon")
struct SpeechVerbFormTests {
    private func table(_ rows: String) throws -> SpeechVerbTable {
        try SpeechVerbTable(lexicon: Lexicon(name: "verbs", contents: rows), forms: FrenchLexicon.shared())
    }

    private func kinds(_ form: String, in table: SpeechVerbTable) -> Set<String> {
        Set((table.forms[form] ?? []).map { "\(table.verbs[$0.verb].lemma) \($0.kind)" })
    }

    @Test("The third persons of the reporting tenses, the participles and the infinitive")
    func reportingForms() throws {
        let verbs = try table("déclarer\tque\ndire\tque,incise\n")
        for form in ["déclare", "déclarent", "déclarait", "déclarèrent", "déclarera", "déclareraient"] {
            #expect(kinds(form, in: verbs) == ["déclarer finite"], "\(form)")
        }
        for form in ["déclaré", "déclarée", "déclarés", "dite", "dites"] {
            #expect(kinds(form, in: verbs).allSatisfy { $0.hasSuffix("pastParticiple") }, "\(form)")
        }
        #expect(kinds("déclarant", in: verbs) == ["déclarer presentParticiple"])
        #expect(kinds("dire", in: verbs) == ["dire infinitive"])
        // First and second persons, the subjunctive imperfect and the imperative are not reporting forms.
        for form in ["déclarons", "déclarez", "déclarasse", "disons"] { #expect(verbs.forms[form] == nil, "\(form)") }
    }

    @Test("Stem changes and the 1990 spellings come from the dictionary")
    func spellings() throws {
        let verbs = try table("appeler\tque\nreconnaître\tque\nrépéter\tque\n")
        #expect(kinds("appelle", in: verbs) == ["appeler finite"])
        #expect(kinds("reconnaît", in: verbs) == ["reconnaître finite"])
        #expect(kinds("reconnait", in: verbs) == ["reconnaître finite"])
        #expect(kinds("répète", in: verbs) == ["répéter finite"])
        #expect(kinds("répètera", in: verbs) == ["répéter finite"])
    }

    @Test("An invariable participle has no agreed forms; sourire does not make souris")
    func participles() throws {
        let verbs = try table("insister\tque\nsourire\tincise\n")
        #expect(kinds("insisté", in: verbs) == ["insister pastParticiple"])
        #expect(verbs.forms["insistée"] == nil)
        #expect(kinds("souri", in: verbs) == ["sourire pastParticiple"])
        #expect(verbs.forms["souris"] == nil)
    }

    @Test("A verb the dictionary lacks, an unknown frame or a missing field fails with the line")
    func errors() throws {
        for (rows, line, words) in [
            ("déclarer\tque\nbloguifier\tque\n", 2, ["bloguifier", "not a verb"]),
            ("# header\ndéclarer\tque,quoi\n", 2, ["unknown frame", "quoi"]),
            ("déclarer\ter\tque\n", 1, ["2 tab-separated fields", "found 3"]),
            ("déclarer\tque\nannoncer\tque\ndéclarer\tincise\n", 3, ["duplicate", "déclarer", "line 1"]),
        ] {
            do {
                _ = try table(rows)
                Issue.record("accepted: \(rows)")
            } catch let LexiconError.malformed(file, number, reason) {
                #expect(file.hasSuffix("verbs") || file.contains("verbs.txt"), "\(file)")
                #expect(number == line, "\(file):\(number)")
                #expect(words.allSatisfy { reason.contains($0) }, "\(reason)")
            }
        }
    }

    @Test("Every shipped speech verb is a verb of the French lexicon")
    func shipped() throws {
        let verbs = try SpeechVerbTable(
            lexicon: try Lexicon.named("quotes-speech-verbs"), forms: FrenchLexicon.shared())
        #expect(verbs.verbs.count > 150)
        #expect(kinds("a-t-il", in: verbs).isEmpty)
        #expect(kinds("ajoute", in: verbs) == ["ajouter finite"])
    }
}
