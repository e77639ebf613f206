import Testing

/// Newspapers titled with a number and a unit of time are sources, not lengths of time.
@Suite("Outlet titles")
struct OutletTitleTests {
    @Test("A capitalised unit inside a sentence is a title: le journal 24 Heures")
    func capitalisedUnit() throws {
        let found = try dates(
            "Le syndic a confirmé la nouvelle au journal 24 Heures après deux heures de séance.", on: "2025-03-04")
        #expect(found.map(\.text) == ["deux heures"])
    }

    @Test("After a verb of saying, at the end of the clause: précise 20 minutes")
    func afterSpeechVerb() throws {
        let found = try dates(
            "Le pont restera fermé jusqu'à nouvel ordre, précise 20 minutes. Les bus ont eu 20 minutes de retard.",
            on: "2025-03-04")
        #expect(found.map(\.value) == ["PT20M"])
    }

    @Test("After par and a participle, at the end of the clause: interrogé par 24 heures,")
    func afterParticiple() throws {
        let found = try dates(
            "Interrogé par 24 heures, le syndic n'a pas souhaité réagir. Le chantier est suivi par 24 heures sur 24.",
            on: "2025-03-04")
        #expect(!found.map(\.text).contains("24 heures"))
    }

    @Test("Coordinated with a capitalised name: aux lecteurs de 20 minutes et du Matin")
    func coordinatedWithName() throws {
        let found = try dates(
            "Le conseiller a répondu aux lecteurs de 20 minutes et du Matin pendant 20 minutes.",
            on: "2025-03-04")
        #expect(found.map(\.value) == ["PT20M"])
    }
}
