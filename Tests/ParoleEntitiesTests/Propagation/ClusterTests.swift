import Parole
import Testing

/// Clusters, canonical names and gender, on seed 003 of the corpus (an ATS dispatch).
@Suite("Clusters")
struct ClusterTests {
    static let seed = """
        Le secrétaire d'Etat américain, Antony Blinken, a appelé lundi au Caire les pays de la région à 'faire pression' sur le mouvement islamiste palestinien Hamas pour qu'il accepte un cessez-le-feu dans la bande de Gaza.

        Antony Blinken a entamé lundi sa huitième visite dans la région depuis le 7 octobre, lorsqu'une attaque sans précédent du Hamas sur le sol israélien a déclenché une guerre dévastatrice dans le territoire palestinien.

        Lors d'entretiens à huis clos auxquels participait également le chef du Renseignement égyptien, Abbas Kamel, M. Blinken et le président égyptien, Abdel Fattah al-Sissi, ont discuté des 'efforts conjoints pour parvenir à un cessez-le-feu et à un échange d'otages et de prisonniers', selon un communiqué de la présidence égyptienne.

        S'adressant à un parterre de journalistes avant de s'envoler pour Israël, le chef de la diplomatie américaine a déclaré de son côté avoir eu 'un très bon échange' avec M. Sissi.

        Proposition de trêve

        La visite de M. Blinken vise à faire avancer une proposition de trêve annoncée le 31 mai par le président américain, Joe Biden.

        M. Biden a décrit le plan comme venant d'Israël, alors même que le Premier ministre Benjamin Netanyahu dit vouloir poursuivre la guerre jusqu'à la destruction du Hamas.

        En Israël, M. Blinken devrait rencontrer Benjamin Netanyahu mais aussi Benny Gantz, figure-clé centriste du cabinet de guerre qui vient de démissionner.
        """

    @Test("Mentions of one person share a cluster whose canonical name is the fullest")
    func seedClusters() throws {
        let document = try analyzeEntities(Self.seed)
        func cluster(_ canonical: String) -> EntityCluster? {
            document.entityClusters.first { $0.canonical == canonical }
        }
        let blinken = try #require(cluster("Antony Blinken"))
        #expect(blinken.label == .person)
        #expect(blinken.mentions.count == 5)
        #expect(Set(blinken.aliases) == ["Antony Blinken", "Blinken"])
        #expect(blinken.gender == .masculine)

        let sissi = try #require(cluster("Abdel Fattah al-Sissi"))
        #expect(sissi.mentions.count == 2)
        #expect(sissi.gender == .masculine)

        let biden = try #require(cluster("Joe Biden"))
        #expect(biden.mentions.count == 2)
        #expect(try #require(cluster("Benjamin Netanyahu")).mentions.count == 2)
        #expect(try #require(cluster("Hamas")).label == .organization)
        #expect(try #require(cluster("Israël")).mentions.count == 3)

        for entity in document.entities where document.text(of: entity.span) == "Blinken" {
            #expect(entity.canonical == "Antony Blinken")
            #expect(document.cluster(of: entity)?.canonical == "Antony Blinken")
        }
        #expect(!document.entities.contains { document.text(of: $0.span) == "Proposition" })
    }

    @Test("An acronym joins the name it abbreviates")
    func acronyms() throws {
        let document = try analyzeEntities(
            "L'Union des cheminots de l'Ouest (UCO) appelle à la grève. Selon l'UCO, la Commission européenne a tort. L'UE dément."
        )
        let uco = try #require(document.entityClusters.first { $0.canonical == "Union des cheminots de l'Ouest" })
        #expect(uco.aliases == ["Union des cheminots de l'Ouest", "UCO"])
        #expect(uco.mentions.count == 3)
        let union = try #require(document.entityClusters.first { $0.canonical == "Commission européenne" })
        #expect(union.mentions.count == 1)
    }

    @Test("Pronoun candidates come by gender, nearest first")
    func peopleBefore() throws {
        let text = "Mme Hélène Vautrin a reçu M. Paul Ardent. Elle a ensuite parlé."
        let document = try analyzeEntities(text)
        let offset = Array(text.utf16).count - 5
        #expect(document.people(before: offset, gender: .feminine).map(\.canonical) == ["Hélène Vautrin"])
        #expect(document.people(before: offset).map(\.canonical) == ["Paul Ardent", "Hélène Vautrin"])
    }
}
