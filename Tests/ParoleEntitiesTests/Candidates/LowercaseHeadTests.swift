import Parole
import Testing

/// Natural features, streets and museums whose lowercase noun belongs to the name.
@Suite("Lowercase heads of places and museums")
struct LowercaseHeadTests {
    @Test("A natural feature keeps its noun before a de complement")
    func naturalFeatures() throws {
        let entities = try entityList(
            "Les chalutiers pêchaient dans le golfe de Gascogne, au large de la pointe du Raz.")
        #expect(entities.contains("golfe de Gascogne/LOC"))
        #expect(entities.contains("pointe du Raz/LOC"))
        #expect(try hasEntity("Deux randonneurs se sont perdus dans le massif des Écrins.", "massif des Écrins", "LOC"))
    }

    @Test("A street or square keeps its noun before an article's complement or a new name")
    func streets() throws {
        #expect(
            try hasEntity(
                "Les manifestants se sont réunis place de la Concorde dimanche.", "place de la Concorde", "LOC"))
        #expect(try hasEntity("Le train est arrivé gare du Nord avec une heure de retard.", "gare du Nord", "LOC"))
        #expect(try hasEntity("Des milliers de personnes ont envahi la place Tahrir vendredi.", "place Tahrir", "LOC"))
    }

    @Test("A station of a town is the town's, and a place of something names no square")
    func streetsWithoutName() throws {
        let entities = try entityList("Le train a quitté la gare de Rennes à midi.")
        #expect(entities == ["Rennes/LOC"])
        let square = try entityList("Ils se sont retrouvés sur une place du centre de la capitale de la Cyrénaïque.")
        #expect(!square.contains { $0.hasPrefix("place") })
    }

    @Test("A road keeps its noun before a bare de complement, the plural does not")
    func roads() throws {
        #expect(
            try hasEntity(
                "Un cycliste a été renversé rue de Vaugirard mardi.", "rue de Vaugirard", "LOC"))
        #expect(
            try hasEntity(
                "Les pompiers sont intervenus près du chemin d'Auteuil vers minuit.", "chemin d'Auteuil", "LOC"))
        #expect(try hasEntity("Les locataires de l'îlot Mercier attendent des travaux.", "îlot Mercier", "LOC"))
        let plural = try entityList("Des milliers de lycéens ont défilé dans les rues de Lyon jeudi.")
        #expect(plural == ["Lyon/LOC"])
    }

    @Test("A museum keeps its noun")
    func museums() throws {
        #expect(try hasEntity("Le musée d'Orsay a prêté trois toiles.", "musée d'Orsay", "ORG"))
    }

    @Test("Côté at the start of a sentence is no coast")
    func sideIsNoCoast() throws {
        #expect(try entityList("Côté néerlandais, le ton est tout autre.").isEmpty)
    }

    @Test("Glaciers, valleys and stadiums keep their noun before a de complement")
    func glaciersValleysStadiums() throws {
        let entities = try entityList(
            "Le glacier du Trient a reculé de 40 mètres. Les pompiers sont montés dans la vallée de Bagnes. "
                + "Le match aura lieu au stade des Charmilles.")
        #expect(entities == ["glacier du Trient/LOC", "vallée de Bagnes/LOC", "stade des Charmilles/LOC"])
    }

    @Test("A palace keeps its noun before a new name, not before the town it is in")
    func palaces() throws {
        #expect(try hasEntity("Les ministres se sont retrouvés au palais Farnèse.", "palais Farnèse", "LOC"))
        #expect(try hasEntity("Il a comparu au palais de justice de Namur.", "Namur", "LOC"))
    }

    @Test("A small valley keeps its noun before a de complement or a name")
    func valsAndCombes() throws {
        let entities = try entityList(
            "Les secours sont montés dans le val d'Illiez. Un chamois a été aperçu dans la combe de Valmont. "
                + "Le val Ferret reste fermé.")
        #expect(entities == ["val d'Illiez/LOC", "combe de Valmont/LOC", "val Ferret/LOC"])
    }

    @Test("A competition named after a place keeps its lowercase noun, a cut does not")
    func competitions() throws {
        #expect(try hasEntity("Le club a remporté la coupe de Belgique dimanche.", "coupe de Belgique", "MISC"))
        #expect(try hasEntity("Le derby du Léman a tourné à l'avantage des visiteurs.", "derby du Léman", "MISC"))
        #expect(try entityList("Le budget a subi une coupe de 10 %. Il a levé sa coupe de champagne.").isEmpty)
    }

    @Test("A lowercase coupe names no competition as a verb, a glass or a haircut")
    func coupeNotCompetition() throws {
        #expect(
            try entityList("Cette nouvelle autoroute coupe de Lyon à Grenoble la vallée en deux.")
                == ["Lyon/LOC", "Grenoble/LOC"])
        #expect(try entityList("Il a commandé une coupe de Champagne au bar.") == ["Champagne/LOC"])
        #expect(try hasEntity("La nouvelle coupe de Marie Dupont a fait sensation.", "Marie Dupont", "PER"))
        #expect(try hasEntity("Guingamp a été éliminé en coupe de France mardi.", "coupe de France", "MISC"))
        #expect(try hasEntity("La France a remporté la coupe Davis en 2017.", "coupe Davis", "MISC"))
    }
}
