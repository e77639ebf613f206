import Testing

/// The day a time of day with no day of its own takes from the time written just before it.
@Suite("The day of a time from the time before it")
struct TimeDayTests {
    @Test("A time the morning just named holds takes that morning's day (reference 2024-03-14)")
    func namedMorning() throws {
        let found = try dates(
            "Jeudi, le maire a réagi. La police était intervenue mardi matin. Un point presse a eu lieu à 11 h.",
            on: "2024-03-14")
        #expect(found.map(\.value) == ["2024-03-14", "2024-03-12TMO", "2024-03-12T11:00"])
    }

    @Test("The small hours of a named night are the next day's (reference 2024-03-14)")
    func smallHoursOfNight() throws {
        let found = try dates(
            "Dans la nuit de samedi à dimanche, vers 3 h, un incendie a détruit un entrepôt.", on: "2024-03-14")
        #expect(found.last?.value == "2024-03-10T03:00")
    }

    @Test("A range opened in the evening ends the next day (reference 2024-03-14)")
    func rangePastMidnight() throws {
        let found = try dates("Lundi, des heurts ont éclaté entre 23 h et 2 h du matin.", on: "2024-03-14")
        #expect(found.map(\.value) == ["2024-03-11", "2024-03-11T23:00", "2024-03-12T02:00"])
    }

    @Test("A time in a sentence naming a daily recurrence is a time of any day (reference 2024-07-02)")
    func recurringTime() throws {
        let found = try dates("La piscine ouvre tous les jours de 9 h à 19 h depuis le 1er juin.", on: "2024-07-02")
        #expect(found.filter { $0.kind == "TIME" }.map(\.value) == ["XXXX-XX-XXT09:00", "XXXX-XX-XXT19:00"])
    }

    @Test("A future time after a story day gone takes the publication day (reference 2024-03-14)")
    func storyDayAgainstTense() throws {
        let verdict = try dates(
            "Les faits remontent au 2 mars. Le verdict sera rendu à 16 h, a indiqué le tribunal.", on: "2024-03-14")
        #expect(value(of: "16 h", in: verdict) == "2024-03-14T16:00")
        // A time that agrees with the story's day keeps it.
        let hearing = try dates("Le 2 mars, la police a interpellé le suspect vers 6 h.", on: "2024-03-14")
        #expect(value(of: "6 h", in: hearing) == "2024-03-02T06:00")
    }

    @Test("A future time in quoted words keeps the story's day they were said on (reference 2024-03-14)")
    func quotedFutureOnStoryDay() throws {
        let found = try dates(
            "Le 4 mars, la ministre a reçu les éleveurs. « Je vous retrouverai à 17 h avec des réponses », leur a-t-elle promis.",
            on: "2024-03-14")
        #expect(value(of: "17 h", in: found) == "2024-03-04T17:00")
    }
}
