import Parole
import Testing

/// A capitalised plural common noun after `les`, `des` or `aux` is a team's nickname in a
/// sports report, and no name elsewhere.
@Suite("Team nicknames")
struct TeamNicknameTests {
    @Test("In a report naming the squad's staff, `des Lions` and `les Lions` are the team")
    func nicknameWithStaff() throws {
        let entities = try entityList(
            "Le sélectionneur a convoqué vingt-six joueurs. Le rassemblement des Lions débutera lundi, "
                + "puis les Lions rejoindront le stade pour leur premier entraînement.")
        #expect(entities.filter { $0.hasPrefix("Lions/") } == ["Lions/ORG", "Lions/ORG"])
    }

    @Test("A match score in brackets makes the document a sports report")
    func nicknameWithScore() throws {
        let entities = try entityList(
            "Le derby wallon s'est achevé sur un nul (1-1). Les supporters des Zèbres ont chanté jusqu'au bout.")
        #expect(entities.contains("Zèbres/ORG"))
    }

    @Test("Outside a sports report, or as a role's portfolio, the plural noun names nothing")
    func noNickname() throws {
        #expect(try entityList("Les relations entre les États reposent sur le respect des frontières.").isEmpty)
        #expect(
            try !entityList("Le ministre des Sports a reçu les joueurs et leur entraîneur au stade.").contains {
                $0.hasPrefix("Sports/")
            })
    }

    @Test("In a sports report, a one-word plural name, `de` or `du` and a place are one team")
    func teamWithTown() throws {
        let hockey = try entityList(
            "Le gardien a réalisé trente arrêts lors de la défaite contre les Predators de Nashville mardi soir.")
        #expect(hockey.contains("Predators de Nashville/ORG"))
        #expect(!hockey.contains("Nashville/LOC"))
        let football = try entityList(
            "Le sélectionneur des Aigles du Mali a dévoilé jeudi la liste des joueurs convoqués.")
        #expect(football.contains("Aigles du Mali/ORG"))
        let elided = try entityList("L'entraîneur a reconnu que les Sharks d’Oakland avaient mieux joué.")
        #expect(elided.contains("Sharks d’Oakland/ORG"))
    }

    @Test("Outside a sports report, or after a name of two words, the place stays apart")
    func teamWithoutTown() throws {
        let news = try entityList("Les Palestiniens de Gaza attendent toujours l'aide promise par les donateurs.")
        #expect(news.contains("Gaza/LOC"))
        let longer = try entityList(
            "Le capitaine des Lions Indomptables du Cameroun a rejoint ses coéquipiers à l'entraînement.")
        #expect(longer.contains("Cameroun/LOC"))
    }
}
