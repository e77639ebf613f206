import Parole
import Testing

/// In a sports report, the `de` complement of a noun of the game names the player.
@Suite("Player complements")
struct PlayerComplementTests {
    @Test("In a sports report, an unknown name after a noun of the game and `de` is a player")
    func players() throws {
        let text = """
            L'entraîneur a salué le courage de son équipe après la défaite (1-2). \
            Une frappe de Kovalenko a heurté la barre avant la pause. \
            L'expulsion de Mbarga a tout changé en seconde période.
            """
        #expect(try entityList(text) == ["Kovalenko/PER", "Mbarga/PER"])
    }

    @Test("Outside a sports report, or after a cue noun, the name stays a place")
    func placesStay() throws {
        let sports = """
            L'entraîneur a salué le courage de son équipe après la défaite (1-2). \
            Le tournoi de Vallorbe reprendra en juin.
            """
        #expect(try entityList(sports) == ["Vallorbe/LOC"])
        let news = "Les habitants de Vallorbe ont voté. Une frappe de Kovalenko a été saisie."
        #expect(try entityList(news).contains("Kovalenko/PER") == false)
    }
}
