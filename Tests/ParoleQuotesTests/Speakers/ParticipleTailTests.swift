import Parole
import Testing

/// A past participle after a person's noun that tells how the reporter reached the
/// speaker, or in what state, is not part of the speaker's words.
@Suite("Participles after a speaker's noun")
struct ParticipleTailTests {
    @Test("An agent participle and a definite phrase's participle are cut")
    func cut() throws {
        let agent = """
            « Le tunnel restera fermé jusqu'à lundi », a indiqué un porte-parole de la préfecture joint par téléphone.
            """
        #expect(try speakerWords(agent, startingWith: "Le tunnel")?.words == "un porte-parole de la préfecture")
        let definite = """
            « Tout a brûlé en dix minutes », a confié la gérante du restaurant interrogée sur place.
            """
        #expect(try speakerWords(definite, startingWith: "Tout a brûlé")?.words == "la gérante du restaurant")
    }

    @Test("An indefinite phrase keeps the participle that tells which one")
    func indefiniteKept() throws {
        let text = """
            « On veut des bus le dimanche », a lancé un usager rencontré devant la gare.
            """
        #expect(try speakerWords(text, startingWith: "On veut")?.words == "un usager rencontré devant la gare")
    }
}
