import Parole
import Testing

/// What a capitalised run is when little is known: brands, teams, clubs, venues.
@Suite("Run defaults")
struct RunDefaultTests {
    @Test("A capital inside a word makes a brand, at the start of a sentence too")
    func innerCapitalAtStart() throws {
        #expect(try hasEntity("PayPlanet a suspendu ses paiements mardi.", "PayPlanet", "ORG"))
    }

    @Test("A word the French lexicon knows only as a place's or a brand's name is no person")
    func lexiconProperNames() throws {
        let brand = try entityList("Le concessionnaire a livré dix berlines Hyundai neuves à la mairie lundi.")
        #expect(brand.contains("Hyundai/ORG"))
        #expect(!brand.contains("Hyundai/PER"))
        let place = try entityList("Le ministre s'est exprimé depuis Djeddah, où il participait au sommet.")
        #expect(place.contains("Djeddah/LOC"))
        // A surname the lexicon knows stays a person's name.
        let person = try entityList("Selon Macron, la réforme sera votée avant l'été.")
        #expect(person.contains("Macron/PER"))
    }

    @Test("A capitalised common word is no person by default alone")
    func lexiconCommonWords() throws {
        let disease = try entityList("Le comité de riposte contre Ebola dans la province rassure la population.")
        #expect(!disease.contains("Ebola/PER"))
        // An unknown surname by default stays a person.
        let person = try entityList("Le ministre a reçu Kabongwe mardi dans la province.")
        #expect(person.contains("Kabongwe/PER"))
    }

    @Test("A singular noun the lexicon knows only in lowercase names nothing after a determiner")
    func capitalisedCommonNoun() throws {
        let guild = try entityList(
            "Les anciens élèves se sont retrouvés samedi pour rénover la Confrérie avant l'hiver.")
        #expect(!guild.contains { $0.hasPrefix("Confrérie/") })
        let farm = try entityList("Le maire a promis que la Bergerie serait rouverte au public dès le printemps.")
        #expect(!farm.contains { $0.hasPrefix("Bergerie/") })
        // A title keeps its quotation marks or its own article's capital.
        #expect(
            try hasEntity(
                "Le chroniqueur a rappelé que \"la Gazette\" avait révélé l'affaire en premier.", "Gazette", "ORG"))
        #expect(try hasEntity("Selon La Gazette, le projet sera présenté lundi au conseil.", "La Gazette", "ORG"))
    }

    @Test("Two capitalised words after a plural article are a team, not a person")
    func pluralArticle() throws {
        #expect(try hasEntity("Samedi, le club affrontera les Blue Hawks à domicile.", "Blue Hawks", "ORG"))
    }

    @Test("A club prefix takes its nationality adjective")
    func clubAdjective() throws {
        #expect(
            try hasEntity(
                "Le milieu de terrain a été formé à l'Olympique lyonnais avant de partir.", "Olympique lyonnais", "ORG")
        )
    }

    @Test("A cue noun before an inhabitant-like ending says place")
    func cueBeforeInhabitantEnding() throws {
        #expect(try hasEntity("Le concert aura lieu dans le quartier de la Verdaise, samedi soir.", "Verdaise", "LOC"))
    }

    @Test("A prepositional phrase after a comma is no apposition")
    func prepositionalPhraseIsNoApposition() throws {
        let text = "Elle a gagné le 800 m du meeting Nordika, au stade de la Ferrière à Namur."
        #expect(try !hasEntity(text, "Nordika", "LOC"))
    }

    @Test("A disease named after a person is no entity")
    func eponymousDisease() throws {
        #expect(try entityList("La protéine freine la maladie de Parkinson chez la souris.") == [])
    }

    @Test("Irregular nouns of nationality are MISC")
    func irregularNationality() throws {
        let entities = try entityList("La Suissesse Léa Brandt s'est qualifiée dimanche.")
        #expect(entities == ["Suissesse/MISC", "Léa Brandt/PER"])
    }

    @Test("Hockey clubs end with HC, venues with Arena")
    func clubTailsAndVenues() throws {
        let entities = try entityList("Le Sion-Valère HC a battu le HC Martigny samedi à la Tourbillon Arena.")
        #expect(entities.contains("Sion-Valère HC/ORG"))
        #expect(entities.contains("Tourbillon Arena/LOC"))
    }

    @Test("A place's opening word makes de enough for a two-word place")
    func placeOpeningWord() throws {
        #expect(try hasEntity("Il a signé avec les Spurs de San Antonio la semaine dernière.", "San Antonio", "LOC"))
    }

    @Test("A stadium with an inhabitant's adjective is a club")
    func stadiumClub() throws {
        #expect(try hasEntity("Monaco a été tenu en échec par le Stade brestois samedi.", "Stade brestois", "ORG"))
    }

    @Test("A stadium with the adjective capitalised, as clubs spell their names, is a club; a venue stays one")
    func stadiumClubCapitalised() throws {
        let entities = try entityList(
            "L'ailier a quitté le Stade Rennais pour le Stade Français, qui joue au Stade Jean-Bouin.")
        #expect(entities == ["Stade Rennais/ORG", "Stade Français/ORG", "Stade Jean-Bouin/LOC"])
    }

    @Test("A sentence-initial A is the preposition written without its accent")
    func unaccentedCapitalA() throws {
        #expect(try hasEntity("A Vernex, le oui l'emporte nettement.", "Vernex", "LOC"))
    }

    @Test("Known places joined by hyphens name a race or a route")
    func joinedPlaces() throws {
        #expect(
            try hasEntity("Les deux coureuses se retrouveront dimanche sur Paris-Roubaix.", "Paris-Roubaix", "MISC"))
    }

    @Test("Tours and communities head their names")
    func tourAndCommunity() throws {
        #expect(try hasEntity("Il a remporté dimanche le Tour de Romandie en solitaire.", "Tour de Romandie", "MISC"))
        let text = "La Communauté de développement d'Afrique australe a annoncé l'envoi d'observateurs."
        #expect(try hasEntity(text, "Communauté de développement d'Afrique australe", "ORG"))
    }
}
