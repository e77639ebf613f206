import Parole
import Testing

/// Lists share a label; parentheses after a name say what the name inside is.
@Suite("Lists and parentheses")
struct CoordinationTests {
    @Test("Guesses in a list take the label of its best-known member")
    func lists() throws {
        let entities = try entityList(
            "Des films venus de Corse, de Vanterre, des Marvelles ou de Tistrac seront projetés.")
        #expect(entities == ["Corse/LOC", "Vanterre/LOC", "Marvelles/LOC", "Tistrac/LOC"])
    }

    @Test("An apposition after a comma is no list")
    func apposition() throws {
        let entities = try entityList("Un chercheur de l'ONU, Ole Hansvik, précise les chiffres.")
        #expect(entities == ["ONU/ORG", "Ole Hansvik/PER"])
    }

    @Test("A party after a person, a region after a place")
    func parentheses() throws {
        let text = "Le bourgmestre, Marc Delvigne (Les Engagés), l'a confirmé. L'usine de Brescourt (Vaucluse) ferme."
        let entities = try entityList(text)
        #expect(entities.contains("Marc Delvigne/PER"))
        #expect(entities.contains("Les Engagés/ORG"))
        #expect(entities.contains("Brescourt/LOC"))
        #expect(entities.contains("Vaucluse/LOC"))
    }

    @Test("A party in parentheses after a role noun")
    func partyAfterRole() throws {
        let entities = try entityList(
            "La rue sera fermée, a précisé Lucie Vernet, échevine (Nouvelle Vague) des travaux à Brescourt.")
        #expect(entities.contains("Lucie Vernet/PER"))
        #expect(entities.contains("Nouvelle Vague/ORG"))
        let mayor = try entityList("Le maire (Les Indépendants) a signé le permis de bâtir hier soir.")
        #expect(mayor.contains("Les Indépendants/ORG"))
    }

    @Test("A person named in parentheses after a role stays a person")
    func personAfterRole() throws {
        let entities = try entityList("Le ministre (Jean Castel) a reçu les syndicats à Brescourt.")
        #expect(entities.contains("Jean Castel/PER"))
        #expect(!entities.contains("Jean Castel/ORG"))
    }

    @Test("A party before a comma and the side it sits on")
    func partyBeforeComma() throws {
        let entities = try entityList(
            "Le projet coûte trop cher, a regretté Paul Lenoir (AVENIR, opposition) lors du conseil communal.")
        #expect(entities.contains("Paul Lenoir/PER"))
        #expect(entities.contains("AVENIR/ORG"))
    }

    @Test("A Swiss canton's code in parentheses after a town or a person is the canton")
    func cantonCode() throws {
        let entities = try entityList(
            "Le chantier de Nyon (VD) a repris. Selon Léa Berset (FR) et Marc Ruchet (NE), les travaux dureront un an."
        )
        #expect(entities.contains("Léa Berset/PER"))
        #expect(entities.filter { ["VD/LOC", "FR/LOC", "NE/LOC"].contains($0) }.count == 3)
    }

    @Test("A code that spells the initials of the name before it abbreviates that name (General Electric (GE))")
    func cantonCodeAsInitials() throws {
        let entities = try entityList(
            "Le conglomérat General Electric (GE) ferme un site. La banque Société Générale (SG) recrute.")
        #expect(!entities.contains("GE/LOC"))
        #expect(!entities.contains("SG/LOC"))
        let person = try entityList("Selon la députée Gaëlle Emery (GE), le site fermera en juin.")
        #expect(person.contains("GE/LOC"))
    }
}
