import Parole
import Testing

/// A newspaper known with its article (`Le Figaro`, `Le Monde`) is whole after `au`, `du`:
/// a participle after it is the clause's verb, not part of its name.
@Suite("Known titles before a participle")
struct KnownTitleParticipleTests {
    @Test("A participle after a known newspaper stays out of its name")
    func participleAfterNewspaper() throws {
        let text = """
            Le ministre l'a confirmé dans un entretien au Figaro publié dimanche. \
            Un article du Monde publié lundi détaille le montage financier. \
            À Genève, un éditorial du Temps publié mardi réclame un débat.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Figaro/ORG"))
        #expect(entities.contains("Monde/ORG"))
        #expect(entities.contains("Temps/ORG"))
        #expect(!entities.contains { $0.contains("publié") })
    }

    @Test("An unlisted name keeps its participle (Le Canard enchaîné)")
    func unlistedName() throws {
        let entities = try entityList("Selon le Canard enchaîné, le contrat a été signé en mars.")
        #expect(entities.contains("Canard enchaîné/ORG"))
    }
}
