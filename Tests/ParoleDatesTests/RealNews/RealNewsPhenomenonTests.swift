import Testing

@testable import ParoleDates

/// Phenomena found by listing the dates errors on real-4, the other real sets, Wikinews
/// and the French TimeBank, one test per phenomenon, with sentences written here.
@Suite("Real-news phenomena, fourth round")
struct RealNewsPhenomenonTests {
    @Test("En pleine nuit: the midst of a part of the day, on the day of its sentence")
    func midstOfNight() throws {
        let found = try dates("Le 12 mars, en pleine nuit, les pompiers ont été appelés au port.", on: "2023-03-20")
        #expect(found.map(\.text) == ["Le 12 mars", "en pleine nuit"])
        #expect(found.map(\.value) == ["2023-03-12", "2023-03-12TNI"])
    }

    @Test("En plein jour is daylight, not a time: only parts of the day take plein")
    func daylight() throws {
        #expect(try dates("Le vol a eu lieu en plein jour devant la banque.", on: "2023-03-20").isEmpty)
    }

    @Test("Dans la journée: within the day the story is at")
    func withinTheDay() throws {
        let found = try dates(
            "Un administrateur provisoire doit être désigné par le préfet dans la journée.", on: "2020-06-29")
        #expect(found.map(\.text) == ["la journée"])
        #expect(found.map(\.value) == ["2020-06-29"])
    }

    @Test("La journée de mardi is not cut: the weekday gives the day")
    func dayOfWeekday() throws {
        let found = try dates("Le verdict est attendu dans la journée de mardi.", on: "2020-06-29")
        #expect(!found.map(\.text).contains("la journée"))
    }

    @Test("Jours-amende are a penalty, not a length of time")
    func dayFines() throws {
        #expect(try dates("Le procureur a requis 90 jours-amende contre la prévenue.", on: "2021-05-04").isEmpty)
        #expect(try dates("Ce sont 120 jours amende qui ont été requis.", on: "2021-05-04").isEmpty)
        // A real length of days is still one.
        #expect(try dates("Le procès a duré 90 jours.", on: "2021-05-04").map(\.value) == ["P90D"])
    }

    @Test("Maintenant opening a sentence before a comma is a connective, not a time (TimeML style)")
    func connective() throws {
        let stage = timemlDateStage
        #expect(
            try dates("Maintenant, l'inondation était vraiment exceptionnelle.", on: "2021-07-16", stage: stage)
                .isEmpty)
        let found = try dates(
            "Mais jusqu'à maintenant, la commune n'a reçu aucune aide.", on: "2021-07-16", stage: stage)
        #expect(found.map(\.text) == ["maintenant"])
        #expect(found.map(\.value) == ["PRESENT_REF"])
    }

    @Test("Aujourd'hui in a quotation with no past or future verb is the speaker's present")
    func quotedPresent() throws {
        let found = try dates(
            "L'ONG précise : « La répression dure aujourd'hui dans tout le pays. »",
            on: "2012-07-03")
        #expect(found.map(\.value) == ["PRESENT_REF"])
    }

    @Test("A quoted aujourd'hui stays a day with a past verb or before a comma")
    func quotedDay() throws {
        let past = try dates("« Il était simplement plus fort aujourd'hui », a reconnu le coureur.", on: "2025-06-08")
        #expect(past.map(\.value) == ["2025-06-08"])
        let framed = try dates("« Mais aujourd'hui, je dois décider », a dit la présidente.", on: "2025-04-11")
        #expect(framed.map(\.value) == ["2025-04-11"])
        // Outside a quotation the reporter's present names the day.
        let reported = try dates("Le ministre se rend aujourd'hui à Lyon.", on: "2025-04-11")
        #expect(reported.map(\.value) == ["2025-04-11"])
    }
}
