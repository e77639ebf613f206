import Parole
import Testing

/// Speech verbs of denying, reassuring and claiming knowledge, with their `que` frame.
@Suite("Denying and knowing verbs")
struct DenyingVerbTests {
    @Test("réfuter que reports a clause")
    func refuter() throws {
        let text = "Le maire de Lyon réfute que la ville ait perdu le contrôle de ses finances."
        #expect(
            try quotes(text) == [
                QuoteSummary(.indirect, "la ville ait perdu le contrôle de ses finances", "Le maire de Lyon", "réfuter")
            ])
    }

    @Test("rassurer que reports a clause")
    func rassurer() throws {
        let text = "La préfète a rassuré que les routes seraient dégagées avant lundi."
        #expect(try quotes(text).map(\.cue) == ["rassurer"])
    }

    @Test("croire savoir que reports a clause")
    func croireSavoir() throws {
        let text = "Le quotidien Le Soir croit savoir que le gouvernement prépare un nouveau plan."
        #expect(try quotes(text).map(\.cue) == ["croire savoir"])
    }
}
