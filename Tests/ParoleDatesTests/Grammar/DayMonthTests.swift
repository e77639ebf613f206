import Testing

/// A day and month without a year: the tense and the calendar choose the year.
@Suite("Day and month without a year")
struct DayMonthTests {
    @Test("Past tense: the latest such day before the reference (reference 2024-06, month only)")
    func pastTense() throws {
        let found = try dates(
            "Antony Blinken a entamé lundi sa huitième visite dans la région depuis le 7 octobre. "
                + "La trêve a été annoncée le 31 mai par Joe Biden.", on: "2024-06")
        #expect(value(of: "le 7 octobre", in: found) == "2023-10-07")
        #expect(value(of: "le 31 mai", in: found) == "2024-05-31")
    }

    @Test("Future tense: the next such day (reference 2024-03-14)")
    func futureTense() throws {
        let found = try dates("Les parties civiles devront être indemnisées avant le 30 juin.", on: "2024-03-14")
        #expect(found == [Found(text: "le 30 juin", kind: "DATE", value: "2024-06-30")])
    }

    @Test("Depuis pins the past even across the new year (reference 2024-12-05)")
    func since() throws {
        let found = try dates("Ils réclament une revalorisation des salaires depuis le 3 janvier.", on: "2024-12-05")
        #expect(found == [Found(text: "le 3 janvier", kind: "DATE", value: "2024-01-03")])
    }

    @Test("Dernier and prochain (reference 2003-02-24)")
    func lastAndNext() throws {
        let found = try dates(
            "Le CFCM a vu le jour le 20 décembre dernier ; les élections auront lieu le 13 avril prochain.",
            on: "2003-02-24")
        #expect(value(of: "le 20 décembre dernier", in: found) == "2002-12-20")
        #expect(value(of: "le 13 avril prochain", in: found) == "2003-04-13")
    }

    @Test("A weekday with a day and month fixes the year, even with no date header")
    func calendarFixesYear() throws {
        let found = try dates(
            "Une source a indiqué le vendredi 26 janvier à l'AFP que les négociations avançaient. "
                + "La Maison Blanche a annoncé vendredi un appel. Une centaine d'otages a été libérée fin novembre.",
            on: nil)
        #expect(value(of: "le vendredi 26 janvier", in: found) == "2024-01-26")
        #expect(value(of: "vendredi", in: found) == "2024-01-26")
        #expect(value(of: "fin novembre", in: found) == "2023-11")
    }

    @Test("Jusqu'au keeps a near deadline ahead even after a past verb (reference 1999-05-21)")
    func deadline() throws {
        let found = try dates("M. Blair a donné jusqu'au 30 juin aux responsables catholiques.", on: "1999-05-21")
        #expect(found == [Found(text: "30 juin", kind: "DATE", value: "1999-06-30")])
    }
}
