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

/// Times with their day, local times, months joined in one token, weekdays of the story.
@Suite("Real-news times and months")
struct RealNewsTimeTests {
    @Test("A weekday right after a time is the time's day, for an earlier time too")
    func timeThenDay() throws {
        let found = try dates("Les heurts ont duré entre 23 h et 3 h samedi, selon la préfecture.", on: "2024-05-07")
        #expect(found.map(\.text) == ["23 h", "3 h samedi"])
        #expect(value(of: "3 h samedi", in: found) == "2024-05-04T03:00")
        #expect(value(of: "23 h", in: found) == "2024-05-04T23:00")
    }

    @Test("Local times keep their word")
    func localTimes() throws {
        let found = try dates("L'avion s'est posé vers 14 h 10 locales à Bamako.", on: "2024-05-07")
        #expect(found.map(\.text) == ["14 h 10 locales"])
        #expect(found.first?.value == "2024-05-07T14:10")
    }

    @Test("Two months joined by a hyphen are two dates")
    func monthPairs() throws {
        let found = try dates("Les soldes de juillet-août ont déçu les commerçants en 2023.", on: "2023-09-12")
        #expect(found.map(\.text) == ["juillet", "août", "2023"])
        #expect(value(of: "août", in: found) == "2023-08")
    }

    @Test("Without a tense, the weekday the story is at is that day")
    func storyWeekday() throws {
        let found = try dates(
            "La kermesse aura lieu dimanche sur la place. Dimanche soir, un bal clôt la journée.", on: "2024-05-07")
        #expect(value(of: "Dimanche soir", in: found) == "2024-05-12TEV")
    }
}

/// Expressions split into pieces, and idioms that are no dates.
@Suite("Real-news pieces and idioms")
struct RealNewsPieceTests {
    @Test("Des années and a decade make the decade")
    func decadeAfterDes() throws {
        let found = try dates("Le chômage des années 1980 a vidé la vallée.", on: "2024-05-07")
        #expect(found == [Found(text: "des années 1980", kind: "DATE", value: "198X")])
    }

    @Test("Début de and a year make the year's beginning")
    func beginningOfYear() throws {
        let found = try dates("Le site a fermé début de 2019, selon la mairie.", on: "2024-05-07")
        #expect(found.map(\.text) == ["début de 2019"])
        #expect(found.first?.value == "2019")
    }

    @Test("A weekday and minuit are one time")
    func weekdayMidnight() throws {
        let found = try dates("Les bureaux de vote ont fermé mercredi minuit.", on: "2024-05-09")
        #expect(found.map(\.text) == ["mercredi minuit"])
        #expect(found.first?.value == "2024-05-08T00:00")
    }

    @Test("En matinée and en soirée are parts of the story's day")
    func partOfDayAfterEn() throws {
        let found = try dates("Le 6 mai, les pompiers sont intervenus en matinée.", on: "2024-05-09")
        #expect(value(of: "en matinée", in: found) == "2024-05-06TMO")
    }

    @Test("Idioms with hier and fins de mois are no dates")
    func idioms() throws {
        #expect(try dates("Cette rivalité entre les deux clubs ne date pas d'hier.", on: "2024-05-09") == [])
        #expect(try dates("Les fins de mois sont difficiles pour les retraités.", on: "2024-05-09") == [])
    }
}

/// Days counted from today inside a quotation count from the day it was said.
@Suite("Quoted relative days")
struct QuotedDeicticTests {
    @Test("Hier in a quote counts from the reporter's weekday")
    func quotedYesterday() throws {
        let found = try dates(
            "« Hier, nous avons tout perdu », a déclaré vendredi le maire de la commune.", on: "2024-05-07")
        #expect(value(of: "Hier", in: found) == "2024-05-02")
        #expect(value(of: "vendredi", in: found) == "2024-05-03")
    }

    @Test("Hier outside a quote counts from publication")
    func unquotedYesterday() throws {
        let found = try dates("Hier, le maire a rappelé ce qu'il avait dit vendredi.", on: "2024-05-07")
        #expect(value(of: "Hier", in: found) == "2024-05-06")
    }
}
