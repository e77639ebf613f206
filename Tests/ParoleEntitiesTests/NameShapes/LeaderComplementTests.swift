import Parole
import Testing

/// A person's full name after a political body's head names its leader, not the body:
/// `le Parti socialiste d'Olivier Faure`.
@Suite("Leaders after a party's name")
struct LeaderComplementTests {
    @Test("A party's leader after de is a person of their own")
    func partyLeader() throws {
        let text = """
            Le Parti québécois de Paul St-Pierre Plamondon mène dans les sondages depuis janvier. \
            À l'Assemblée, le Mouvement démocrate de François Bayrou a voté le texte, \
            et le Parti socialiste d'Olivier Faure s'est abstenu.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Parti québécois/ORG"))
        #expect(entities.contains("Paul St-Pierre Plamondon/PER"))
        #expect(entities.contains("Mouvement démocrate/ORG"))
        #expect(entities.contains("François Bayrou/PER"))
        #expect(entities.contains("Parti socialiste/ORG"))
        #expect(entities.contains("Olivier Faure/PER"))
    }

    @Test("A body named after a person, or a party named after a place, stays whole")
    func namedAfterSomeone() throws {
        let text = """
            Le Centre de santé de Philippe Maguilen Senghor a rouvert lundi à Yoff. \
            Le Parti démocratique de Côte d'Ivoire a désigné son candidat.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Centre de santé de Philippe Maguilen Senghor/ORG"))
        #expect(entities.contains("Parti démocratique de Côte d'Ivoire/ORG"))
    }
}
