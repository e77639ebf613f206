import Parole
import Testing

/// The spans of institutions named after a place, of capitalised heads with lowercase
/// adjectives, of towns used as teams, capitalised common nouns of official prose, and
/// heads that many bodies share (`la Cour`, `au Tribunal`), which name nothing alone.
@Suite("Institution spans")
struct InstitutionSpanTests {
    @Test("An institution head, its adjectives and its place make one organisation; bare `police de` names the town")
    func institutionHeads() throws {
        let text = """
            Une doctorante de l'université de Grenoble a présenté ses travaux. \
            La police nationale du Togo a interpellé trois suspects. \
            La police de Namur confirme l'incident. \
            Le porte-parole de la police nationale du Togo a parlé.
            """
        let entities = try entityList(text)
        #expect(entities.contains("université de Grenoble/ORG"))
        #expect(entities.filter { $0 == "police nationale du Togo/ORG" }.count == 2)
        #expect(entities.contains("Namur/LOC"))
        #expect(!entities.contains("police de Namur/ORG"))
        #expect(!entities.contains("Grenoble/LOC"))
    }

    @Test("A territorial head or a head in another noun's complement leaves the place alone")
    func territorialHeads() throws {
        let text = """
            La commune de Walcourt a voté un budget. \
            Le suspect a été conduit au commissariat central de police de Tambacounda.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Walcourt/LOC"))
        #expect(entities.contains("Tambacounda/LOC"))
        #expect(!entities.contains { $0.hasPrefix("police") })
    }

    @Test("A capitalised head takes in the lowercase adjectives the lexicon knows")
    func capitalisedHeadAdjectives() throws {
        let text = """
            Le Ministère public genevois a fait appel du jugement. \
            Les Forces armées maliennes ont repoussé l'attaque. \
            L'Université Laurentienne présente un nouveau programme.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Ministère public genevois/ORG"))
        #expect(entities.contains("Forces armées maliennes/ORG"))
        #expect(!entities.contains { $0.contains("présente") })
        // A participle before a word of time is a reduced relative, not part of the name.
        let assembly = try entityList("L'installation de la nouvelle Assemblée prévue début mars a été reportée.")
        #expect(!assembly.contains { $0.contains("prévue") })
    }

    @Test("A programme, a congress or a collectivity run as a body is named with its adjectives and place")
    func programmeAndCongressHeads() throws {
        let text = """
            Le Programme alimentaire mondial suspendra ses distributions au Tchad en janvier. \
            Le Congrès national africain a perdu sa majorité au Parlement. \
            La Collectivité territoriale de Martinique a voté lundi un plan contre la vie chère.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Programme alimentaire mondial/ORG"))
        #expect(entities.contains("Congrès national africain/ORG"))
        #expect(entities.contains("Collectivité territoriale de Martinique/ORG"))
        // Lowercase, or opening a sentence with no article, the word is a common noun.
        let common = try entityList("Programme chargé pour la ministre, dont le programme a changé.")
        #expect(!common.contains { $0.lowercased().hasPrefix("programme") })
    }

    @Test("A capitalised local council or court and its adjective name a body, with no place after them")
    func localCouncils() throws {
        let text = """
            Jeudi soir, le Conseil municipal a adopté le plan de circulation. Le Tribunal cantonal \
            examinera le recours en juin, et le Conseil départemental attend sa décision.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Conseil municipal/ORG"))
        #expect(entities.contains("Tribunal cantonal/ORG"))
        #expect(entities.contains("Conseil départemental/ORG"))
        // Lowercase, the same words are a common noun.
        let lowercase = try entityList("Le budget passera devant le conseil municipal en mars.")
        #expect(!lowercase.contains { $0.lowercased().hasPrefix("conseil") })
    }

    @Test("A weekday or month after a body's name dates its meeting and stays out of the name")
    func weekdayAfterBody() throws {
        let text = """
            Au Conseil municipal de mardi, la maire a présenté le budget. \
            La séance du Conseil communal de lundi a été houleuse.
            """
        let entities = try entityList(text)
        #expect(entities.contains("Conseil municipal/ORG"))
        #expect(entities.contains("Conseil communal/ORG"))
        #expect(!entities.contains { $0.contains("de mardi") || $0.contains("de lundi") })
    }

    @Test("A town followed by a score or a rank is a team, through the document")
    func teamsByResult() throws {
        let text = """
            Après ses nuls contre Valenciennes (0-0) et Quevilly (2-2), l'équipe pointe à trois \
            points de Grenoble (7e). Grenoble reçoit samedi.
            """
        let entities = try entityList(text)
        #expect(entities.filter { $0.hasPrefix("Grenoble") } == ["Grenoble/ORG", "Grenoble/ORG"])
        #expect(entities.contains("Valenciennes/ORG"))
        #expect(entities.contains("Quevilly/ORG"))
        // A place preposition keeps the town a place.
        #expect(try hasEntity("Les Verts ont gagné à Valenciennes (2-1) samedi.", "Valenciennes", "LOC"))
    }

    @Test("Capitalised words of official prose and currencies name nothing; a military rank stays out")
    func commonNouns() throws {
        let text = """
            Le discours sur l'état de la Nation a duré une heure. \
            La ministre de la Diaspora a promis 40 milliards de FCfa. \
            Le Gal Oumarou Sanogo a été nommé.
            """
        let entities = try entityList(text)
        #expect(entities == ["Oumarou Sanogo/PER"])
    }

    @Test("A court or a group named by its head alone is no entity; with a complement or an adjective it is one")
    func courtsAndGroupsAlone() throws {
        let text = """
            Le procès des deux gérants s'est ouvert lundi matin. La Cour a ensuite suspendu l'audience. \
            Les familles se sont rendues au Tribunal pour entendre le verdict. \
            Filiale du Groupe depuis dix ans, la raffinerie emploie trois cents personnes. \
            La Cour de cassation a rejeté le pourvoi des deux frères. \
            Le Tribunal fédéral a confirmé la peine.
            """
        let entities = try entityList(text)
        #expect(!entities.contains { $0.hasPrefix("Cour/") })
        #expect(!entities.contains { $0.hasPrefix("Tribunal/") })
        #expect(!entities.contains { $0.hasPrefix("Groupe/") })
        #expect(entities.contains("Cour de cassation/ORG"))
        #expect(entities.contains("Tribunal fédéral/ORG"))
    }

    @Test("A territory's head alone is no entity; a unique body alone stays one")
    func territoryAlone() throws {
        let text = """
            Le ministre a promis que la Région financera la moitié du nouveau pont. \
            Les élus du Parlement ont adopté la réforme des retraites.
            """
        let entities = try entityList(text)
        #expect(!entities.contains { $0.hasPrefix("Région/") })
        #expect(entities.contains("Parlement/ORG"))
    }

    @Test("An office of state named by a capitalised noun alone is an organisation")
    func officesOfState() throws {
        let text = """
            Selon la Couronne, l’accusé avait menacé la victime. \
            Le procureur de la Couronne a requis trois ans de prison. \
            La Primature a démenti l’information. \
            Les amendes reviennent au Trésor public.
            """
        let entities = try entityList(text)
        #expect(entities.filter { $0 == "Couronne/ORG" }.count == 2)
        #expect(entities.contains("Primature/ORG"))
        #expect(entities.contains("Trésor public/ORG"))
    }
}
