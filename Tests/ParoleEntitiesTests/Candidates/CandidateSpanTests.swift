import Parole
import Testing

/// Capitalised runs and the connectors that hold names together.
@Suite("Candidate spans")
struct CandidateSpanTests {
    @Test("Particles inside personal names stay in the name")
    func particles() throws {
        let text =
            "La présidente de la Commission européenne, Ursula von der Leyen, a reçu l'émir du Qatar, Tamim ben Hamad Al-Thani, à Bruxelles."
        let entities = try entityList(text)
        #expect(entities.contains("Ursula von der Leyen/PER"))
        #expect(entities.contains("Tamim ben Hamad Al-Thani/PER"))
        #expect(entities.contains("Qatar/LOC"))
    }

    @Test("A joined Arabic particle is part of the surname")
    func joinedParticle() throws {
        let text = "Le chef de la diplomatie s'est entretenu avec le président Abdel Fattah al-Sissi au Caire."
        #expect(try hasEntity(text, "Abdel Fattah al-Sissi", "PER"))
        #expect(try hasEntity(text, "Caire", "LOC"))
    }

    @Test("Sentence-initial common words and title words are not names")
    func notNames() throws {
        let text = """
            Davantage d'aide doit parvenir aux civils. Si la trêve tient, le Premier ministre se rendra à Genève. \
            Le secrétaire d'État a démenti.
            """
        let entities = try entityList(text)
        #expect(entities == ["Genève/LOC"])
    }

    @Test("A direction after du belongs to the place")
    func direction() throws {
        #expect(
            try hasEntity(
                "Le candidat a tenu un meeting à Charlotte, en Caroline du Nord, mardi soir.", "Caroline du Nord", "LOC"
            ))
    }

    @Test("Capitalised demonyms are MISC, lowercase ones nothing")
    func demonyms() throws {
        let entities = try entityList(
            "Des milliers de Palestiniens ont fui vers le sud, selon un responsable israélien.")
        #expect(entities == ["Palestiniens/MISC"])
    }

    @Test("A lowercase nationality heading its noun phrase names a people; a language or a faith does not")
    func lowercasePeople() throws {
        let text = """
            Le passeur promettait aux guinéens un emploi en Espagne. \
            Un groupe de maliens a été refoulé à la frontière. \
            Ces ivoiriens vivent à Lyon depuis dix ans. \
            Elle parle le portugais et donne des cours de français. \
            Les islamistes ont pris la ville et les produits marocains se vendent bien.
            """
        #expect(
            try entityList(text) == ["guinéens/MISC", "Espagne/LOC", "maliens/MISC", "ivoiriens/MISC", "Lyon/LOC"])
    }

    @Test("Odd input does not crash")
    func oddInput() throws {
        for text in ["", "M.", "« »", "De de de", "ONU", "Le", "al-", "J. R. R.", "\u{00A0}Mme\u{00A0}"] {
            _ = try analyzeEntities(text)
        }
    }
}
