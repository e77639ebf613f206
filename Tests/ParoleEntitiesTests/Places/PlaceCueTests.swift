import Parole
import Testing

/// Place prepositions, place cue nouns and ICU country names.
@Suite("Place cues")
struct PlaceCueTests {
    @Test("Country names come from ICU, with or without accents")
    func countries() throws {
        let entities = try entityList("L'Egypte, l'Allemagne et les Etats-Unis soutiennent l'Ukraine.")
        #expect(entities == ["Egypte/LOC", "Allemagne/LOC", "Etats-Unis/LOC", "Ukraine/LOC"])
    }

    @Test("A preposition before an unknown name makes it a place")
    func prepositions() throws {
        let text = "Le spectacle a été créé à Tréguennec, puis repris en Gruyère."
        let entities = try entityList(text)
        #expect(entities.contains("Tréguennec/LOC"))
        #expect(entities.contains("Gruyère/LOC"))
    }

    @Test("`face au` and `face aux` name an opponent, not a place; `face à` keeps its place")
    func facingAnOpponent() throws {
        let entities = try entityList("Le gardien a encaissé trois buts samedi soir face aux Sharks.")
        #expect(entities == ["Sharks/ORG"])
        #expect(try entityList("Le cortège s'est arrêté face à Tréguennec.") == ["Tréguennec/LOC"])
    }

    @Test("Place cue nouns and appositions")
    func cueNouns() throws {
        let text =
            "Une commerçante du quartier de Yanacocha a témoigné. L'offensive vise Kessab, la ville la plus au nord."
        let entities = try entityList(text)
        #expect(entities.contains("Yanacocha/LOC"))
        #expect(entities.contains("Kessab/LOC"))
    }

    @Test("Unknown words after a place noun's de are a place, however many")
    func unknownWordsAfterPlaceNoun() throws {
        #expect(try entityList("Le tribunal de Kanda Bossé a rejeté le recours.") == ["Kanda Bossé/LOC"])
        #expect(try entityList("Les pompiers sont intervenus dans la zone de Mbellé Kouna.") == ["Mbellé Kouna/LOC"])
    }

    @Test("A place named with Le after au or du is the place, its article joined to the preposition")
    func articleJoinedToPreposition() throws {
        let text = """
            Le conseil municipal du Mans a voté lundi une hausse des tarifs de la cantine. \
            La situation du Havre inquiète les dockers.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Mans/LOC"))
        #expect(entities.contains("Havre/LOC"))
        #expect(!entities.contains { $0.hasSuffix("/ORG") })
    }

    @Test("A mountain or canyon head keeps its complement in the place's name")
    func mountainHeads() throws {
        let text = """
            Le volcan du Piton de la Fournaise est entré en éruption vers 3 heures du matin. \
            Les randonneurs ont gravi la Dent du Midi, et les Gorges du Verdon attirent les touristes.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Piton de la Fournaise/LOC"))
        #expect(entities.contains("Dent du Midi/LOC"))
        #expect(entities.contains("Gorges du Verdon/LOC"))
        #expect(!entities.contains { $0.hasPrefix("Fournaise") })
    }

    @Test("A head opening a sentence with no name after it is an ordinary capitalised noun")
    func initialHeadsWithoutName() throws {
        let text = """
            Gorges profondes et sentiers étroits: le site attire les randonneurs.             Programme chargé pour la ministre, attendue à Lyon.             Dent creuse ou pas, la parcelle sera construite.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Lyon/LOC"))
        #expect(!entities.contains { $0.hasPrefix("Gorges") || $0.hasPrefix("Programme") || $0.hasPrefix("Dent") })
    }

    @Test("A town whose name opens with Le after a club's players stands for the club, no place")
    func townOfClubPlayers() throws {
        let entities = try entityList("Le HAC s'est imposé samedi. Les joueurs du Havre ont fêté la victoire.")
        #expect(!entities.contains("Havre/LOC"))
    }

    @Test("Saints' names joined by hyphens are places")
    func saints() throws {
        #expect(try hasEntity("Le club de Saint-Herblain-des-Bois recrute.", "Saint-Herblain-des-Bois", "LOC"))
    }

    @Test("A region named with an adjective of origin or direction takes it in; an acronym does not")
    func regionAdjectives() throws {
        let entities = try entityList(
            "Les usines du Jura bernois et de l'Europe occidentale ferment. Le FBI américain enquête à Paris.")
        #expect(entities.contains("Jura bernois/LOC"))
        #expect(entities.contains("Europe occidentale/LOC"))
        #expect(!entities.contains { $0.hasPrefix("FBI américain") })
    }

    @Test("A letter after a cue noun names no phrase running to the comma")
    func letterAfterCueNoun() throws {
        #expect(try !entityList("Le groupe B jouera mardi à Lille.").contains { $0.hasPrefix("B jouera") })
        #expect(
            try !entityList("Le ministre a évoqué un plan B pour la réforme, sans le détailler.").contains {
                $0.hasPrefix("B pour")
            })
    }
}
