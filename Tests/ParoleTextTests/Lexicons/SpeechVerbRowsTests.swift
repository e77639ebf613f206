import ParoleCore
import ParoleText
import Testing

/// The one reader of `quotes-speech-verbs.txt`: pronominal lemmas, fixed tails, frames,
/// and a bad frame failing with its line.
@Suite struct SpeechVerbRowsTests {
    private func rows(_ text: String) throws -> SpeechVerbRows {
        try SpeechVerbRows(Lexicon(name: "lexicons/quotes-speech-verbs.txt", contents: text))
    }

    @Test func readsLemmaHeadTailAndFrames() throws {
        let table = try rows(
            "# test\ndéclarer\tque,inf,incise\ns'inquiéter\tque,mark\nse féliciter\tde\nfaire savoir\tque\n")
        #expect(table.rows.map(\.head) == ["déclarer", "inquiéter", "féliciter", "faire"])
        #expect(table.rows.map(\.isPronominal) == [false, true, true, false])
        #expect(table.rows[3].tail == ["savoir"])
        #expect(table.rows[0].frames == [.que, .infinitive, .incise])
        #expect(table.rows[2].frames == [.deInfinitive])
        #expect(table.rows.map(\.line) == [2, 3, 4, 5])
    }

    @Test func headsWithAFrameComeOnceInFileOrder() throws {
        let table = try rows("dire\tque,incise\nfaire savoir\tque,incise\nfaire\tincise\nlancer\tincise,intro\n")
        #expect(table.heads(with: .incise) == ["dire", "faire", "lancer"])
        #expect(table.heads(with: .intro) == ["lancer"])
    }

    @Test func anUnknownFrameFailsWithItsLine() throws {
        #expect {
            try rows("dire\tque\nclamer\tque,incize\n")
        } throws: { error in
            guard case LexiconError.malformed(_, let line, let reason)? = error as? LexiconError else { return false }
            return line == 2 && reason.contains("incize")
        }
    }

    @Test func theShippedFileHasTheCommonVerbsOfSaying() throws {
        let table = try SpeechVerbRows()
        let incise = Set(table.heads(with: .incise))
        #expect(incise.isSuperset(of: ["déclarer", "affirmer", "ajouter", "estimer"]))
    }
}
