import Parole
import Testing

/// Names that contain a known place or acronym: the longer sequence wins.
@Suite("Compound names")
struct CompoundNameTests {
    @Test("A place at the end or the start of an agency's or a medium's name")
    func places() throws {
        let text = """
            L'alerte vient de Santé publique France et de Santé Canada. Il l'a dit au micro de France Bleu. \
            Le FC Nantes a perdu.
            """
        let entities = try entityList(text)
        #expect(entities == ["Santé publique France/ORG", "Santé Canada/ORG", "France Bleu/ORG", "FC Nantes/ORG"])
    }

    @Test("A bare place with an adjective before a verb is a party")
    func party() throws {
        let entities = try entityList("Québec fraternel a réclamé une enquête. La France entière regarde.")
        #expect(entities == ["Québec fraternel/ORG", "France/LOC"])
    }

    @Test("An event named after a place: its head, its last word or a cue noun before it")
    func eventsAroundPlaces() throws {
        let entities = try entityList(
            "Le club jouera la Supercoupe de Belgique en août, avant les Fêtes de Bretagne. "
                + "Le Lausanne Blues Festival ouvre ce soir et le salon Bordeaux Vinexpo suivra.")
        #expect(
            entities == [
                "Supercoupe de Belgique/MISC", "Fêtes de Bretagne/MISC", "Lausanne Blues Festival/MISC",
                "Bordeaux Vinexpo/MISC",
            ])
    }

    @Test("A known event takes the place it is open to, but a world event's host city stays a place")
    func eventPlaces() throws {
        let entities = try entityList(
            "Le club vise la Ligue des champions d'Asie. Elle rêve des Jeux olympiques de Londres "
                + "et des Championnats du monde de Berlin.")
        #expect(
            entities == [
                "Ligue des champions d'Asie/MISC", "Jeux olympiques de Londres/MISC", "Championnats du monde/MISC",
                "Berlin/LOC",
            ])
    }

    @Test("A union's acronym takes its branch")
    func unionBranch() throws {
        let entities = try entityList("Le syndicat SUD Éducation appelle à la grève, a dit l'AFP Marc Dupuis.")
        #expect(entities.contains("SUD Éducation/ORG"))
        #expect(entities.contains("AFP/ORG"))
        #expect(entities.contains("Marc Dupuis/PER"))
    }

    @Test("A team named after its city")
    func teams() throws {
        let entities = try entityList(
            "Les Rapaces de Québec ont battu les Drakkars de Caen, mais les Palestiniens de Gaza souffrent.")
        #expect(entities == ["Rapaces de Québec/ORG", "Drakkars de Caen/ORG", "Palestiniens/MISC", "Gaza/LOC"])
    }

    @Test("A capital inside a word makes a brand; surname prefixes do not")
    func innerCapitals() throws {
        let entities = try entityList("Selon SkyMétéo, il pleuvra. Il a parlé avec Cindy McArthur.")
        #expect(entities == ["SkyMétéo/ORG", "Cindy McArthur/PER"])
    }

    @Test("Between two unknown names, places")
    func between() throws {
        let entities = try entityList("La ligne reste fermée entre Brivazzo et Domoretta.")
        #expect(entities == ["Brivazzo/LOC", "Domoretta/LOC"])
    }

    @Test("A club or a city's institution named after the city")
    func institutions() throws {
        let entities = try entityList("Le Standard de Liège a battu le Sporting de Charleroi. La Ville de Québec paie.")
        #expect(entities == ["Standard de Liège/ORG", "Sporting de Charleroi/ORG", "Ville de Québec/ORG"])
    }

    @Test("A person before a place stays apart")
    func personApart() throws {
        let entities = try entityList("Selon Ravinsky Israël est prêt.")
        #expect(entities.contains("Israël/LOC"))
    }
}

/// A club's name joined to its town by `de`.
@Suite("Club names across de")
struct ClubAcrossDeTests {
    @Test("A club prefix or a club's last word before `de` keeps the town in the club's name")
    func clubs() throws {
        let entities = try entityList(
            "Le Racing Club de Lens recevra Lille samedi. Le président du Football Club de Nantes a démissionné.")
        #expect(entities.contains("Racing Club de Lens/ORG"))
        #expect(entities.contains("Football Club de Nantes/ORG"))
        #expect(!entities.contains("Racing Club/ORG"))
    }

    @Test("An acronym and its town stay apart")
    func acronymBranch() throws {
        let entities = try entityList("Les militants de la CGT de Marseille ont manifesté.")
        #expect(entities.contains("Marseille/LOC"))
    }

    @Test("A stadium's lowercase noun before a club prefix names a venue")
    func stadiumBeforePrefix() throws {
        #expect(
            try hasEntity(
                "La cérémonie a eu lieu au stade Olympique de Montréal.", "stade Olympique de Montréal", "LOC"))
    }
}
