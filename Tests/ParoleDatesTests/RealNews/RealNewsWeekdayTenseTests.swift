import Testing

@testable import ParoleDates

/// Weekdays read with the tense of their clause on real news: a short aside in brackets, a
/// postponement, and `déjà` before a participle.
@Suite("Real-news weekday tenses")
struct RealNewsWeekdayTenseTests {
    @Test("A time in brackets is no barrier between a weekday and its clause's verb")
    func shortAside() throws {
        let found = try dates(
            "Le quintette jouera son premier match mercredi (19h30) contre Lyon, puis vendredi (20h) face à Nantes.",
            on: "2025-03-10")
        #expect(found.map(\.text) == ["mercredi", "19h30", "vendredi", "20h"])
        #expect(found.map(\.value) == ["2025-03-12", "2025-03-12T19:30", "2025-03-14", "2025-03-14T20:00"])
    }

    @Test("A hearing put off to a weekday is ahead, like one reported or postponed")
    func postponed() throws {
        let found = try dates("L'examen du recours a été différé à vendredi, a annoncé le tribunal.", on: "2025-03-10")
        #expect(found.map(\.value) == ["2025-03-14"])
    }

    @Test("déjà before a participle with no auxiliary tells a past")
    func already() throws {
        let found = try dates(
            "Les collégiens reprendront les cours lundi prochain. Les lycéens, déjà rentrés en classe lundi, portent le masque.",
            on: "2025-03-12")
        #expect(found.map(\.value) == ["2025-03-17", "2025-03-10"])
        // With a verb of its own, the clause keeps that verb's tense.
        #expect(try dates("Les lycéens seront déjà partis lundi.", on: "2025-03-12").map(\.value) == ["2025-03-17"])
    }

    @Test("A participle opening the sentence tells a past for a weekday in its clause")
    func openingParticiple() throws {
        // Monday 10 March: Thursday is 4 days back and 3 ahead.
        let arrested = try dates("Interpellé jeudi soir, le suspect comparaît devant le juge.", on: "2025-03-10")
        #expect(arrested.map(\.value) == ["2025-03-06TEV"])
        // Tuesday 11 March: Friday is 4 days back and 3 ahead; the main clause looks ahead.
        let held = try dates(
            "Placé en garde à vue vendredi matin, l'automobiliste sera jugé en avril.", on: "2025-03-11")
        #expect(held.map(\.value) == ["2025-03-07TMO", "2025-04"])
    }

    @Test("A participle clause closed before the weekday, or one that looks ahead, tells no past")
    func openingParticipleElsewhere() throws {
        let closed = try dates("Contacté, le club confirme la rencontre de jeudi.", on: "2025-03-10")
        #expect(closed.map(\.value) == ["2025-03-13"])
        let planned = try dates("Prévu jeudi, le match se jouera à huis clos.", on: "2025-03-10")
        #expect(planned.map(\.value) == ["2025-03-13"])
    }

    @Test("An opening participle that plans, or whose date pour or an infinitive governs, tells no past")
    func openingParticipleGoverned() throws {
        // Monday 10 March: Thursday is 4 days back and 3 ahead.
        let scheduled = try dates("Agendé jeudi, le débat au Grand Conseil portera sur la fiscalité.", on: "2025-03-10")
        #expect(scheduled.map(\.value) == ["2025-03-13"])
        let planned = try dates("Planifiée jeudi, l'évacuation du camp mobilisera cent gendarmes.", on: "2025-03-10")
        #expect(planned.map(\.value) == ["2025-03-13"])
        let summoned = try dates("Cité à comparaître jeudi, le maire sera jugé pour favoritisme.", on: "2025-03-10")
        #expect(summoned.map(\.value) == ["2025-03-13"])
        let announced = try dates("Annoncé pour jeudi, le rapport fait trembler les élus.", on: "2025-03-10")
        #expect(announced.map(\.value) == ["2025-03-13"])
    }
}
