import Parole
import Testing

/// Date phrasings of published news: shares of periods, reported pasts, story anchors,
/// ages with an approximation, references to the present and the past.
@Suite("Real-news date phrasings")
struct RealNewsDateTests {
    @Test("A share of a decade is marked whole with the decade's value")
    func shareOfDecade() throws {
        let found = try dates("Pendant la seconde moitié des années 1980, il a dirigé la radio.", on: "2024-05-02")
        #expect(found == [Found(text: "la seconde moitié des années 1980", kind: "DATE", value: "198X")])
        let part = try dates("Il a présenté le journal dans la première partie des années 2000.", on: "2024-05-02")
        #expect(value(of: "la première partie des années 2000", in: part) == "200X")
    }

    @Test("A half of a year is the year's half")
    func halfOfYear() throws {
        let found = try dates("Les ventes ont reculé durant la seconde moitié de 2023.", on: "2024-05-02")
        #expect(value(of: "la seconde moitié de 2023", in: found) == "2023-H2")
    }

    @Test("A conditional avoir with a participle tells a reported past")
    func conditionalPast() throws {
        let found = try dates(
            "Le quotidien révèle jeudi soir que le ministre aurait été informé de l'enquête.", on: "2024-05-03")
        #expect(value(of: "jeudi soir", in: found) == "2024-05-02TEV")
    }

    @Test("A conditional passive still looks ahead")
    func conditionalPassive() throws {
        let found = try dates("Le rapport serait publié en juin, selon le ministère.", on: "2024-03-12")
        #expect(value(of: "juin", in: found) == "2024-06")
    }

    @Test("Future forms of conclure and exclure look ahead")
    func futureEndings() throws {
        let found = try dates("La candidate conclura sa tournée lundi soir à Lille.", on: "2024-05-03")
        #expect(value(of: "lundi soir", in: found) == "2024-05-06TEV")
    }

    @Test("Le lendemain counts from a weekday with dernier")
    func lendemainAfterLastWeekday() throws {
        let found = try dates(
            "Le 3 mars, le club a signé le joueur. Vendredi dernier, il a été blessé. La direction a réagi le lendemain.",
            on: "2024-05-08")
        #expect(value(of: "le lendemain", in: found) == "2024-05-04")
    }

    @Test("Ages with environ or près de are no durations")
    func approximateAges() throws {
        #expect(try dates("Les suspects, âgés d'environ 20 ans, ont été interpellés.", on: "2024-05-03") == [])
        #expect(try dates("Le conducteur, âgé de près de 70 ans, a été blessé.", on: "2024-05-03") == [])
    }

    @Test("Aujourd'hui in an apposition to a name is the present")
    func presentApposition() throws {
        let found = try dates(
            "Son ancien entraîneur, Marc Lavoie, aujourd'hui consultant à la télévision, a réagi.", on: "2024-05-03")
        #expect(value(of: "aujourd'hui", in: found) == "PRESENT_REF")
        let day = try dates("Le ministre a annoncé aujourd'hui un plan pour les hôpitaux.", on: "2024-05-03")
        #expect(value(of: "aujourd'hui", in: day) == "2024-05-03")
    }

    @Test("Present and past references marked by default")
    func references() throws {
        let found = try dates(
            "Autrefois, le port vivait de la pêche ; dorénavant, les touristes le font vivre, et il souffre ces derniers temps.",
            on: "2024-05-03")
        #expect(value(of: "Autrefois", in: found) == "PAST_REF")
        #expect(value(of: "dorénavant", in: found) == "PRESENT_REF")
        #expect(value(of: "ces derniers temps", in: found) == "PAST_REF")
    }
}
