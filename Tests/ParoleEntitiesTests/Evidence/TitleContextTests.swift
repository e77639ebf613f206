import Parole
import Testing

/// Titles and roles as evidence for persons, and the gender they show.
@Suite("Titles and roles")
struct TitleContextTests {
    @Test("An honorific is left out of the span")
    func honorific() throws {
        let document = try analyzeEntities(
            "Selon Mme Delphine Arnaud, la réforme sera votée. M. Fabre a refusé de commenter.")
        let names = document.entities.map { document.text(of: $0.span) }
        #expect(names == ["Delphine Arnaud", "Fabre"])
        #expect(document.entityClusters.map(\.gender) == [.feminine, .masculine])
    }

    @Test("A role with adjectives before the name")
    func roleBefore() throws {
        let text = "Le président turc Recep Tayyip Erdogan a rencontré la biologiste Yuna Kerbrat à Ankara."
        let entities = try entityList(text)
        #expect(entities.contains("Recep Tayyip Erdogan/PER"))
        #expect(entities.contains("Yuna Kerbrat/PER"))
        #expect(entities.contains("Ankara/LOC"))
    }

    @Test("A role in apposition before a comma")
    func appositionBefore() throws {
        let text = "Le directeur de la CIA, Wendell Ashcombe, s'est joint aux entretiens."
        let document = try analyzeEntities(text)
        let entities = document.entities.map { "\(document.text(of: $0.span))/\($0.label.rawValue)" }
        #expect(entities == ["CIA/ORG", "Wendell Ashcombe/PER"])
        #expect(document.entityClusters.first { $0.label == .person }?.gender == .masculine)
    }

    @Test("A role in apposition after the name")
    func appositionAfter() throws {
        let text = "« Nous ne céderons pas », a lancé Kerrigan Tossou, secrétaire régionale du syndicat."
        let document = try analyzeEntities(text)
        #expect(document.entities.map { document.text(of: $0.span) } == ["Kerrigan Tossou"])
        #expect(document.entityClusters.first?.gender == .feminine)
    }

    @Test("An apposed role's head, not a role word inside a name it holds, gives the gender")
    func appositionHead() throws {
        let document = try analyzeEntities(
            "Délégué du syndicat Force Ouvrière, Julien Marchal ne décolère pas depuis l'annonce.")
        #expect(document.entityClusters.first { $0.label == .person }?.gender == .masculine)
    }

    @Test("The determiner of an epicene role gives the gender")
    func determinerGender() throws {
        let document = try analyzeEntities("La ministre de la Culture, Ilona Varga, a inauguré le musée.")
        #expect(document.entities.map { document.text(of: $0.span) } == ["Ilona Varga"])
        #expect(document.entityClusters.first?.gender == .feminine)
    }

    @Test("A role that a finite verb follows after a fronted place is the clause's subject")
    func roleAsSubjectAfterFrontedPlace() throws {
        let entities = try entityList("Lors d'une visite à Tamanrasset, le ministre a promis de nouveaux moyens.")
        #expect(entities == ["Tamanrasset/LOC"])
        // An apposition closed by its comma still names the person before it.
        let person = try entityList("Pour Kerval, la directrice de l'école, rien ne change.")
        #expect(person == ["Kerval/PER"])
    }

    @Test("A role after an inverted verb is that verb's subject, no apposition")
    func roleAfterInvertedVerb() throws {
        let entities = try entityList(
            "Deux blessés ont été évacués de Kalaba, informe le porte-parole de la police.")
        #expect(entities == ["Kalaba/LOC"])
    }
}
