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

    @Test("A capitalised nationality right after a lowercase noun is its adjective; after a determiner, a people")
    func capitalisedDemonymAdjective() throws {
        let keeper = try entityList("Le gardien Camerounais a quitté le terrain blessé à la mi-temps.")
        #expect(!keeper.contains { $0.hasPrefix("Camerounais/") })
        let health = try entityList(
            "Lundi, les autorités sanitaires Ivoiriennes ont lancé une campagne de vaccination.")
        #expect(!health.contains { $0.hasPrefix("Ivoiriennes/") })
        // After its determiner, or its determiner and an adjective, the word names a people.
        let player = try entityList("Mardi, le jeune Malien a signé son premier contrat professionnel à Lyon.")
        #expect(player.contains("Malien/MISC"))
        let winner = try entityList("Un Belge a remporté la course devant deux coureurs espagnols.")
        #expect(winner == ["Belge/MISC"])
        let fans = try entityList("Les Ivoiriens ont célébré la victoire de leur équipe toute la nuit.")
        #expect(fans == ["Ivoiriens/MISC"])
    }

    @Test("A plural nationality after a time noun, or a weekday, starts a subject: a people")
    func demonymAfterTimeNoun() throws {
        let evening = try entityList("Samedi soir Marocains et Algériens ont fait la fête ensemble sur la place.")
        #expect(evening.contains("Marocains/MISC"))
        let week = try entityList("Cette semaine Belges et Néerlandais négocient un nouveau traité fluvial.")
        #expect(week.contains("Belges/MISC"))
        let weekday = try entityList("Depuis lundi Français et Allemands discutent du budget européen.")
        #expect(weekday.contains("Français/MISC"))
        // A plural noun keeps its capitalised adjective.
        let fans = try entityList("Les supporters Marocains ont envahi la place centrale de la ville.")
        #expect(!fans.contains { $0.hasPrefix("Marocains/") })
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
