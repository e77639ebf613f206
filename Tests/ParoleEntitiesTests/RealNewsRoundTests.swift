import Parole
import Testing

/// Mechanisms from the third real-news round: a person's name right after their body's or
/// town's name, lowercase institutions defined by their acronym, names made of a
/// capitalised noun and its adjectives, towns that name their club, Maghreb
/// administrative divisions.
@Suite("Real news, third round")
struct RealNewsRoundTests {
    @Test("A person's name after an acronym or a town is a second name")
    func embeddedPersons() throws {
        let union = try entityList("Le secrétaire général du SNJT Rachid Benkhelfa a dénoncé la décision.")
        #expect(union.contains("SNJT/ORG"))
        #expect(union.contains("Rachid Benkhelfa/PER"))
        let town = try entityList("Le maire de Saint-Aubin-sur-Loire Franck Morvelec s'est dit prêt à se battre.")
        #expect(town.contains("Saint-Aubin-sur-Loire/LOC"))
        #expect(town.contains("Franck Morvelec/PER"))
    }

    @Test("A company's two-word name after its acronym stays whole without a role or first name")
    func acronymCompanies() throws {
        let entities = try entityList("Les résultats de BNP Paribas Fortis ont déçu les marchés.")
        #expect(!entities.contains("Paribas Fortis/PER"))
    }

    @Test("A lowercase institution defined by its acronym is an organisation")
    func lowercaseDefinitions() throws {
        let police = try entityList("La police nationale du Kivanu (PNK) a lancé une opération dans le quartier.")
        #expect(police.contains("police nationale du Kivanu/ORG"))
        #expect(police.contains("PNK/ORG"))
        let authority = try entityList(
            "Cela relève de la haute autorité indépendante de la communication audiovisuelle (HAICA), a-t-il dit.")
        #expect(authority.contains("haute autorité indépendante de la communication audiovisuelle/ORG"))
        // No institution's noun: no name (`personnes à mobilité réduite (PMR)`).
        let people = try entityList("Des places sont prévues pour les personnes à mobilité réduite (PMR) du quartier.")
        #expect(!people.contains { $0.hasPrefix("personnes") })
    }

    @Test("A capitalised noun and its adjectives make one name")
    func adjectivalNames() throws {
        let team = try entityList("Le président a félicité les Lions indomptables pour leur victoire.")
        #expect(team.contains("Lions indomptables/ORG"))
        let paper = try entityList("Selon Le Canard enchaîné, le ministre aurait menti.")
        #expect(paper.contains("Le Canard enchaîné/ORG"))
        // A nationality after the name is no part of it.
        let senate = try entityList("Le vote des Sages américains a surpris.")
        #expect(!senate.contains("Sages américains/ORG"))
    }

    @Test("A town named as a club through its coach is the club in the whole article")
    func clubTowns() throws {
        let text = """
            Pascal Morvan (entraîneur de Lorient) : « Nous avons souffert. » \
            Face à Lorient, Brest a tenu. Lorient a dominé la seconde période. Le match se jouait à Lorient.
            """
        let entities = try entityList(text)
        #expect(entities.filter { $0 == "Lorient/ORG" }.count == 3)
        #expect(entities.contains("Lorient/LOC"))
        // Without a staff noun, a town stays a place.
        #expect(try hasEntity("Le conseil municipal de Lorient a voté le budget.", "Lorient", "LOC"))
    }

    @Test("Algerian divisions and their governors name places")
    func wilayas() throws {
        let entities = try entityList("M. Karim Haddad, wali de Aïn Defla, a été muté à la wilaya de Ouled Djellal.")
        #expect(entities.contains("Aïn Defla/LOC"))
        #expect(entities.contains("Ouled Djellal/LOC"))
    }

    @Test("Press abbreviations are no names")
    func pressAbbreviations() throws {
        let entities = try entityList("Le président de l'Union africaine (NDLR : le président rwandais) a parlé.")
        #expect(!entities.contains("NDLR/ORG"))
    }

    @Test("A site named by its domain is an organisation")
    func webDomains() throws {
        let entities = try entityList(
            "Selon un article de lemagazine.fr publié mercredi, repris par le confrère infodouala.com.")
        #expect(entities.contains("lemagazine.fr/ORG"))
        #expect(entities.contains("infodouala.com/ORG"))
        // An abbreviation is no address.
        #expect(try entityList("Des fruits, p.ex des pommes, sont vendus.").isEmpty)
    }

    @Test("A capitalised article inside a sentence belongs to the title")
    func titleArticles() throws {
        let entities = try entityList("Le ministre a menti, selon L'Akhbar et Les Dernières Nouvelles.")
        #expect(entities.contains("L'Akhbar/ORG"))
    }

    @Test("Countries named by their acronym are places")
    func countryAcronyms() throws {
        #expect(try hasEntity("Le président a dit que la RDC ne laissera personne décider.", "RDC", "LOC"))
    }

    @Test("Towns in parentheses after people, twice in an article, are their clubs")
    func affiliations() throws {
        let text = """
            Le plus satisfait : Bruno Lemarchal (Lorient). « Lorient a fait un match sérieux. »             Le plus déçu : Marc Ovide (Nantes). « Nous n'avons pas existé. »
            """
        let entities = try entityList(text)
        #expect(entities.filter { $0 == "Lorient/ORG" }.count == 2)
        #expect(entities.contains("Nantes/ORG"))
        // One town after one person is where they come from.
        #expect(try hasEntity("Le maraîcher Paul Vintrou (Nantes) a témoigné.", "Nantes", "LOC"))
    }

    @Test("A station named with its band keeps its first word at a sentence's start")
    func stations() throws {
        #expect(try hasEntity("Mosaïque FM a décidé de faire appel.", "Mosaïque FM", "ORG"))
        #expect(try hasEntity("La radio privée Horizon FM a diffusé l'entretien.", "Horizon FM", "ORG"))
    }

    @Test("A common noun's acronym alone is no name, and still cues the name after it")
    func commonAcronyms() throws {
        #expect(try entityList("L'ONG dénonce le recours à la force.").isEmpty)
        #expect(try hasEntity("L'ONG Human Rights Watch vient de publier un rapport.", "Human Rights Watch", "ORG"))
    }
}
