import Parole
import Testing

/// Years that are someone's age are not temporal expressions (`annotation.md`): after a
/// plural possessive, and in an age group written with its article.
@Suite("Ages are not durations")
struct AgeTests {
    @Test("Years after a plural possessive are an age, unless a de complement follows")
    func possessive() throws {
        #expect(try dates("Elle joue au club de sa ville depuis ses 12 ans.", on: "2024-05-03") == [])
        let career = try dates("Il a quitté la poste après ses 30 ans de service.", on: "2024-05-03")
        #expect(value(of: "30 ans", in: career) == "P30Y")
    }

    @Test("An age group keeps no duration, with les, aux or et plus")
    func ageGroup() throws {
        let group = try dates("Le vaccin sera proposé aux moins de 30 ans.", on: "2024-05-03")
        #expect(group == [])
        #expect(try dates("La troisième dose est ouverte pour les 75 ans et plus.", on: "2024-05-03") == [])
    }

    @Test("Years after a noun for a person are an age: apposition, adverb, place, plural")
    func personNouns() throws {
        #expect(try dates("Le prévenu, 27 ans, a reconnu les faits devant le tribunal.", on: "2024-05-03") == [])
        #expect(try dates("Un éleveur de presque 60 ans a été blessé par un taureau.", on: "2024-05-03") == [])
        let resident = try dates("Un habitant de Villeurbanne de 52 ans a été interpellé mardi.", on: "2024-05-03")
        #expect(resident.map(\.text) == ["mardi"])
        #expect(try dates("Le club aligne des footballeurs de 19 ans cette saison.", on: "2024-05-03") == [])
        // A noun that names no person keeps its duration.
        let term = try dates("Le mandat, 6 ans, commence en janvier.", on: "2024-05-03")
        #expect(value(of: "6 ans", in: term) == "P6Y")
    }

    @Test("Years of work or of a term after a noun for a person are a duration, not an age")
    func spanOfWork() throws {
        let staff = try dates("Les infirmières de 25 ans d'ancienneté toucheront une prime.", on: "2024-05-03")
        #expect(value(of: "25 ans", in: staff) == "P25Y")
        let officer = try dates("Un gendarme de 18 ans de carrière a été muté.", on: "2024-05-03")
        #expect(value(of: "18 ans", in: officer) == "P18Y")
    }
}
