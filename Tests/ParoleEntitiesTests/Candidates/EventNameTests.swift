import Parole
import Testing

/// Events, competitions and awards are MISC, the place inside them no entity of its own.
@Suite("Event names")
struct EventNameTests {
    @Test("Event heads take in their complement, places included; a lowercase championship is no name")
    func heads() throws {
        let text = """
            Elle a perdu au premier tour de l'Open d'Argentine. La 12e édition du Festival du court métrage de \
            Saint-Varennes ouvre jeudi. Il vise le championnat de France.
            """
        let entities = try entityList(text)
        #expect(
            entities == [
                "Open d'Argentine/MISC", "Festival du court métrage de Saint-Varennes/MISC", "France/LOC",
            ])
    }

    @Test("English event and organisation endings")
    func tails() throws {
        let entities = try entityList(
            "Elle jouera la Hopman Cup avant le match contre le Servette FC, financé par la Carla Moore Foundation.")
        #expect(entities == ["Hopman Cup/MISC", "Servette FC/ORG", "Carla Moore Foundation/ORG"])
    }

    @Test("An event's ending word takes in the complement")
    func tailComplement() throws {
        let entities = try entityList(
            "Il a gagné le Grand Prix cycliste de Montréal et étudié à l'University of Bergen.")
        #expect(entities == ["Grand Prix cycliste de Montréal/MISC", "University of Bergen/ORG"])
    }

    @Test("Awards named after a metal")
    func awards() throws {
        let entities = try entityList("Le film a reçu le Lynx d'or et le Renard d'argent.")
        #expect(entities == ["Lynx d'or/MISC", "Renard d'argent/MISC"])
    }

    @Test("A feast of the calendar is an event, a first name or a surname that spells it is not")
    func feasts() throws {
        let entities = try entityList(
            "Les commerçants de Rennes espèrent sauver leurs ventes de la Toussaint. Le sapin arrive avant Noël, dit Noël Mamère."
        )
        #expect(entities.contains("Toussaint/MISC"))
        #expect(entities.contains("Noël/MISC"))
        #expect(entities.contains("Noël Mamère/PER"))
        #expect(!entities.contains("Toussaint/LOC") && !entities.contains("Noël/PER"))
        #expect(try hasEntity("Le prévenu n'a rien dit, selon son conseil, Me Toussaint.", "Toussaint", "PER"))
        #expect(try !hasEntity("Les enfants attendent le père Noël.", "Noël", "MISC"))
    }

    @Test("A day joined to its capitalised month names an event, or a place after a place noun")
    func hyphenatedDays() throws {
        let text = """
            Les supporteurs ont envahi le stade du 20-Août pour la finale. Après la rencontre, la pelouse du 20-Août \
            était détruite. Le défilé du 8-Mai a réuni les anciens combattants.
            """
        let entities = try entityList(text)
        #expect(entities.filter { $0 == "20-Août/LOC" }.count == 2)
        #expect(entities.contains("8-Mai/MISC"))
    }
}
