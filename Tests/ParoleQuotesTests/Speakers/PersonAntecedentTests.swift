import Parole
import Testing

/// A singular pronoun that speaks names a person when one is at hand, not the
/// institution that was the subject of the sentence before.
@Suite("Person antecedents of speaking pronouns")
struct PersonAntecedentTests {
    @Test("An inverted il after a court's decision names the lawyer it scandalised")
    func lawyerOverCourt() throws {
        let text = """
            Si le tribunal les a relaxés des faits de violence, il retient contre eux le trouble à l'ordre public, \
            ce qui indigne Me Kouassi Yao, l'avocat de la défense.

            « On ne sait pas sur quoi repose cette condamnation, s'emporte-t-il. Rien n'a été démontré. »
            """
        #expect(try quote(text, startingWith: "On ne sait pas")?.speaker == "Kouassi Yao")
    }

    @Test("With no person in sight the institution stays the speaker")
    func institutionWithoutPerson() throws {
        let text = """
            Le tribunal administratif a rejeté le recours mardi.

            « La procédure n'a pas été respectée », estime-t-il dans sa décision.
            """
        #expect(try quote(text, startingWith: "La procédure")?.speaker == "Le tribunal administratif")
    }
}
